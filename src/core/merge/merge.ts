import type { Campaign, FormDef } from '../../forms/schema';
import { checkSheets } from '../rules/checkForm';
import { chooseSubmissions } from './choose';
import { collectSubmissions } from './collect';
import { cleanSum, unitFigures } from './figures';
import { findOutliers, OUTLIER_FACTOR } from './outliers';
import type { DataRow, MergeOptions, Outlier, SourceRead, SourceReport, UnitReport, UnitSubmission } from './types';
import { formsByKeys } from '../../forms/lookup';
import { problemsOf, sourceState, type Found } from './problems';
import { checkStamps } from './stampCheck';
import { approvalOf } from './approvals';
import { changedNote, problemText } from './wording';

export type MergeResult = {
  readonly reports: readonly SourceReport[];
  readonly units: readonly UnitReport[];
  /** The units whose figures are in the summary. */
  readonly included: readonly UnitSubmission[];
  /** Every figure and note of the included units, in unit then form order. */
  readonly rows: readonly DataRow[];
  readonly outliers: readonly Outlier[];
  /** Forms at least one included unit sent, in catalog order. */
  readonly forms: readonly FormDef[];
  /** Units counted although they had errors, those inside included summaries too: the summary says so to the level above (SheetIdentity.withErrors). */
  readonly withErrors: readonly string[];
};

export const cellKey = (row: string, column: string) => `${row}\u0000${column}`;

/**
 * Reads, deduplicates and validates every source, and gathers the included
 * units' figures. Nothing here sums into a cell of the summary: the summary's
 * cells are formulas over `rows` (see totals()), so a corrected unit row
 * corrects the total.
 */
export function mergeSources(campaign: Campaign, reads: readonly SourceRead[], options: MergeOptions): MergeResult {
  const collected = collectSubmissions(campaign, reads);
  const chosen = chooseSubmissions(collected.submissions, options);
  const stamps = checkStamps(collected.submissions);
  const found: Found[] = [...collected.found, ...chosen.found, ...stamps.found];
  const units: UnitReport[] = [];
  const included: UnitSubmission[] = [];
  const withErrors: string[] = [];
  for (const unit of chosen.kept) {
    const issues = checkSheets(unit.sheets);
    const errorIssues = issues.filter((i) => i.severity === 'error');
    // A summary that counted units with errors carries them: its sums are not checked figures.
    const carried = unit.withErrors ?? [];
    const errors = errorIssues.length + carried.length;
    const approval = approvalOf(options.approvals, unit.unit);
    const approved = !options.onlyApproved || approval.state === 'approved';
    const errorsCount = errors === 0 || options.includeUnitsWithErrors;
    const counts = approved && errorsCount;
    const formErrors = Object.fromEntries(unit.sheets.map((s) => [s.form.key, errorIssues.filter((i) => i.form === s.form.key).length]));
    const duplicate = chosen.notes.get(unit.key);
    const summed = issues.filter((i) => i.code === 'rule' && unit.sheets.some((s) => s.summary && s.sheet === i.sheet));
    const summaryNote =
      summed.length === 0
        ? []
        : [`Bảng tổng hợp: ${summed.length} quy tắc không khớp trên số tổng (${summed[0]?.sheet} ô ${summed[0]?.address}${summed.length > 1 ? '…' : ''}) do có đơn vị chỉ báo một vế; chỉ là cảnh báo.`];
    units.push({
      unit: unit.unit,
      unitType: unit.unitType,
      source: unit.source.label,
      sourceInfo: unit.source,
      forms: unit.sheets.map((s) => s.form.key),
      formErrors,
      errors,
      warnings: issues.length - errorIssues.length,
      included: counts,
      ...(counts ? {} : { leftOutFor: approved ? 'errors' : 'not-approved' }),
      summaryOf: unit.contains,
      notes: [...(duplicate ? [duplicate] : []), ...summaryNote, ...changedNote(stamps.byUnit.get(unit))],
    });
    const file = unit.source.label;
    if (carried.length > 0) found.push({ source: unit.source, problem: { code: 'carried-errors', file, unit: unit.unit, units: carried, counted: errorsCount } });
    if (!approved) found.push({ source: unit.source, problem: { code: 'not-approved', file, unit: unit.unit, state: approval.state, reason: approval.reason } });
    if (counts) {
      included.push(unit);
      if (errorIssues.length > 0) withErrors.push(unit.unit);
      withErrors.push(...carried);
    } else if (!errorsCount && errorIssues.length > 0) found.push({ source: unit.source, problem: { code: 'unit-errors', file, unit: unit.unit, errors: errorIssues.length } });
  }
  const reports = collected.sources.map((s): SourceReport => {
    const problems = problemsOf(found, s.source);
    const submission = stamps.bySource.get(s.source);
    return { ...s, state: sourceState(problems, s.units.length), found: problems, problems: problems.map((p) => problemText(campaign, p)), ...(submission ? { submission } : {}) };
  });
  const rows = included.flatMap(unitFigures);
  const outliers = findOutliers(rows);
  for (const outlier of outliers) units.find((u) => u.unit === outlier.unit)?.notes.push(`${outlier.sheet} ô ${outlier.address} gấp hơn ${OUTLIER_FACTOR} lần mức thường thấy.`);
  const sent = new Set(included.flatMap((u) => u.sheets.map((s) => s.form.key)));
  return { reports, units, included, rows, outliers, forms: formsByKeys(campaign, sent), withErrors: [...new Set(withErrors)] };
}

/** Each input cell's sum over the included units (blank when no unit reported it), and the joined notes. */
export function totals(result: MergeResult, form: FormDef): { sums: Map<string, number>; notes: Map<string, string> } {
  const figures = new Map<string, number[]>();
  const notes = new Map<string, string[]>();
  for (const row of result.rows) {
    if (row.form !== form) continue;
    const key = cellKey(row.row, row.column);
    if (typeof row.value === 'number') figures.set(key, [...(figures.get(key) ?? []), row.value]);
    else notes.set(key, [...(notes.get(key) ?? []), `${row.unit}: ${row.value}`]);
  }
  return {
    sums: new Map([...figures].map(([key, values]) => [key, cleanSum(values)])),
    notes: new Map([...notes].map(([key, parts]) => [key, parts.join('; ')])),
  };
}
