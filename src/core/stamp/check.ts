import type { FormSheet } from '../rules/checkForm';
import { changedFigures, sheetFigures, type ChangedCell } from './figures';
import type { SheetStamp } from './stamp';

/** What a unit's submission stamps say of its sheets now: who submitted, when (ISO), and which figures differ. */
export type SubmissionCheck = { readonly by: string; readonly at: string; readonly changed: readonly ChangedCell[] };

/**
 * One unit's sheets against their stamps, as the province's merge and the
 * unit's own pane both see them; undefined when no sheet was submitted. A sheet
 * without a stamp beside stamped ones was added after submitting: each of its
 * figures counts as changed.
 */
export function submissionCheck(sheets: readonly (FormSheet & { readonly stamp?: SheetStamp | undefined })[]): SubmissionCheck | undefined {
  const stamps = sheets.flatMap((s) => (s.stamp ? [s.stamp] : []));
  const latest = stamps.reduce<SheetStamp | undefined>((a, b) => (a === undefined || b.at > a.at ? b : a), undefined);
  if (!latest) return undefined;
  const changed = sheets.flatMap((s) => (s.stamp ? changedFigures(s, s.stamp) : sheetFigures(s).map(([cell, now]) => ({ sheet: s.sheet, cell, submitted: null, now }))));
  return { by: latest.by, at: latest.at, changed };
}
