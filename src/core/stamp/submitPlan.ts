import type { Campaign } from '../../forms/schema';
import { cellAddress } from '../a1';
import { MARKER_ROW } from '../identity';
import { formGrid } from '../layout/grid';
import { readFormSheet } from '../readSheet';
import { checkSheets, type FormSheet } from '../rules/checkForm';
import type { Issue, RefusedSheet } from '../rules/types';
import type { SheetValues } from '../sheetValues';
import { stampOf } from './figures';
import { encodeStamp, stampColumn, stampInRow, type SheetStamp } from './stamp';

/** A sheet as a host read it: its window of values and formulas from A1 (readWindow). */
export type ReadSheet = { readonly name: string; readonly values: SheetValues; readonly formulas?: SheetValues };

/** The form sheets of a workbook, each with the stamp its marker row carries, and the sheets that carry a marker but cannot be read. */
export type StampedForms = { readonly forms: (FormSheet & { readonly stamp: SheetStamp | undefined })[]; readonly refused: RefusedSheet[] };

export function stampedForms(campaign: Campaign, sheets: readonly ReadSheet[]): StampedForms {
  const forms: StampedForms['forms'] = [];
  const refused: RefusedSheet[] = [];
  for (const { name, values, formulas } of sheets) {
    const reading = readFormSheet(campaign, name, values, formulas);
    if (reading.kind === 'refused') refused.push({ sheet: name, reason: reading.reason });
    if (reading.kind === 'form') forms.push({ ...reading.sheet, stamp: stampInRow(values[MARKER_ROW] ?? []) });
  }
  return { forms, refused };
}

/** One stamp to write: the sheet, the marker-row cell, its text. */
export type StampWrite = { readonly sheet: string; readonly address: string; readonly text: string };

export type SubmitPlan = {
  /** The check, as `tongket check` and the Kiểm tra tab make it: any error (or sheet refused) blocks the submission. */
  readonly issues: readonly Issue[];
  readonly refused: readonly RefusedSheet[];
  /** Whether anything blocks: an error, a sheet refused, no form at all, or a marker row with no room for the stamp. */
  readonly blocked: boolean;
  /** Form sheets whose marker row has no cell left for a stamp (the campaign's pieces fill it). */
  readonly full: readonly string[];
  readonly writes: readonly StampWrite[];
  /** How many form sheets were read: none blocks too. */
  readonly formSheets: number;
};

/**
 * "Nộp biểu" as a plan: the workbook's check and, when nothing blocks, the
 * stamp of every form sheet and the cell it goes in. Both hosts (the pane's
 * Office.js and `tongket submit`'s ExcelJS) read, call this, and write.
 */
export function submitPlan(campaign: Campaign, sheets: readonly ReadSheet[], by: string, at: Date): SubmitPlan {
  const { forms, refused } = stampedForms(campaign, sheets);
  const issues = checkSheets(forms);
  const full: string[] = [];
  const writes: StampWrite[] = [];
  for (const form of forms) {
    const row = sheets.find((s) => s.name === form.sheet)?.values[MARKER_ROW] ?? [];
    const column = stampColumn(row, formGrid(form.form).columnCount);
    if (column === undefined) full.push(form.sheet);
    else writes.push({ sheet: form.sheet, address: cellAddress(MARKER_ROW, column), text: encodeStamp(stampOf(campaign, form, by, at)) });
  }
  const blocked = forms.length === 0 || refused.length > 0 || full.length > 0 || issues.some((i) => i.severity === 'error');
  return { issues, refused, blocked, full, writes: blocked ? [] : writes, formSheets: forms.length };
}
