import { submissionCheck, type SubmissionCheck } from '../stamp/check';
import type { Found } from './problems';
import type { SourceInfo, UnitSubmission } from './types';

/**
 * The merge's submission step: each unit's sheets against their submission
 * stamps (src/core/stamp/). A unit that never submitted through the add-in or
 * `tongket submit` has no stamp and nothing to compare (src/core/stamp/check.ts).
 */

export type { SubmissionCheck };

export type StampChecks = { readonly bySource: ReadonlyMap<SourceInfo, SubmissionCheck>; readonly byUnit: ReadonlyMap<UnitSubmission, SubmissionCheck>; readonly found: readonly Found[] };

export function checkStamps(submissions: readonly UnitSubmission[]): StampChecks {
  const bySource = new Map<SourceInfo, SubmissionCheck>();
  const byUnit = new Map<UnitSubmission, SubmissionCheck>();
  const found: Found[] = [];
  for (const unit of submissions) {
    const check = submissionCheck(unit.sheets);
    if (!check) continue;
    byUnit.set(unit, check);
    const before = bySource.get(unit.source);
    // Several units in one source (sheets copied into one workbook): the latest stamp names it, every change is listed.
    bySource.set(unit.source, before === undefined ? check : { ...(before.at > check.at ? before : check), changed: [...before.changed, ...check.changed] });
    if (check.changed.length > 0)
      found.push({ source: unit.source, problem: { code: 'changed-after-submission', file: unit.source.label, unit: unit.unit, changes: check.changed } });
  }
  return { bySource, byUnit, found };
}
