import type ExcelJS from 'exceljs';
import type { SubmissionEvidence } from '../../core/merge/submission';

/**
 * What a workbook's own properties say about when it was saved (ExcelJS's
 * `modified` and `lastModifiedBy` after `xlsx.load`). A missing or unreadable
 * date is no evidence, and "ExcelJS" as the saver (what ExcelJS writes when no
 * one is named) names no one.
 */
export function savedInWorkbook(properties: Pick<ExcelJS.Workbook, 'modified' | 'lastModifiedBy'> | { readonly modified?: Date; readonly lastModifiedBy?: string }): SubmissionEvidence {
  const ms = properties.modified instanceof Date ? properties.modified.getTime() : Number.NaN;
  const by = properties.lastModifiedBy?.trim();
  return {
    ...(Number.isFinite(ms) ? { savedInFile: ms } : {}),
    ...(by && by !== 'ExcelJS' && by !== 'Unknown' ? { savedBy: by } : {}),
  };
}
