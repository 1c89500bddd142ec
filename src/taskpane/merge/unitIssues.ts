import { collectSubmissions } from '../../core/merge/collect';
import type { SourceRead } from '../../core/merge/types';
import { unitKey } from '../../core/merge/unitName';
import { checkSheets } from '../../core/rules/checkForm';
import type { Issue } from '../../core/rules/types';
import type { Campaign } from '../../forms/schema';

/**
 * What one unit got wrong in one source, cell by cell: the same engine and the
 * same words as `tongket check` and the merge's counts. Worked out only when
 * the clerk opens a unit's list, so a merge of many files reads no slower.
 */
export function unitIssues(campaign: Campaign, read: SourceRead, unit: string): Issue[] {
  const key = unitKey(unit);
  const sheets = collectSubmissions(campaign, [read]).submissions.filter((s) => s.key === key).flatMap((s) => s.sheets);
  // Errors first, as the Kiểm tra tab and the command line list them.
  return checkSheets(sheets).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** "LỖI " or "CẢNH BÁO ", as `tongket check` starts its lines. */
export const severityWord = (issue: Issue) => (issue.severity === 'error' ? 'LỖI' : 'CẢNH BÁO');

/**
 * The message a clerk sends back to a unit: which file, how many problems,
 * one line per cell (form, cell, what is wrong), and what to do.
 */
export function issueLetter(unit: string, file: string, issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return [
    `Kính gửi ${unit},`,
    `Tệp ${file} có ${errors} lỗi, ${warnings} cảnh báo:`,
    ...issues.map((issue) => `- ${severityWord(issue)}: ${issue.message}`),
    errors > 0 ? 'Đề nghị đơn vị sửa các ô có lỗi rồi gửi lại tệp.' : 'Đề nghị đơn vị xem lại các ô được cảnh báo.',
  ].join('\n');
}
