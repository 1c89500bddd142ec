import type { Found, PickReason } from './problems';
import type { MergeOptions, UnitSubmission } from './types';
import { unitKey } from './unitName';
import { severalFilesNote } from './wording';

/**
 * One submission per unit. Two files for a unit: the one the user chose, else
 * the newer (see `pick`), and the report says which and why. A lower level's summary that
 * contains a unit also sent on its own would count that unit twice: the summary
 * is refused, never silently netted out. One name under two unit types (a
 * commune's forms bearing a district's name) is not an older copy: either the
 * name or the forms are wrong, and which one cannot be told, so no file of that
 * name is counted and every one of them says why.
 */
export type Chosen = {
  readonly kept: UnitSubmission[];
  /** Unit key → what was decided about its files, for the status sheet. */
  readonly notes: Map<string, string>;
  readonly found: readonly Found[];
};

export function chooseSubmissions(all: readonly UnitSubmission[], options: MergeOptions): Chosen {
  const notes = new Map<string, string>();
  const found: Found[] = [];
  const byUnit = new Map<string, UnitSubmission[]>();
  for (const s of all) byUnit.set(s.key, [...(byUnit.get(s.key) ?? []), s]);

  const kept: UnitSubmission[] = [];
  for (const [key, candidates] of byUnit) {
    if (new Set(candidates.map((c) => c.unitType)).size > 1) {
      const files = candidates.map((c) => ({ label: c.source.label, unitType: c.unitType }));
      const unit = (candidates[0] as UnitSubmission).unit;
      for (const c of candidates) found.push({ source: c.source, problem: { code: 'type-conflict', file: c.source.label, unit, files } });
      continue;
    }
    const { chosen, why } = pick(candidates, options.keep?.get(key));
    kept.push(chosen);
    if (candidates.length === 1) continue;
    const files = candidates.map((c) => ({ label: c.source.label, modified: c.source.modified }));
    const several = (c: UnitSubmission) =>
      ({ code: 'several-files', file: c.source.label, unit: c.unit, files, chosen: chosen.source.label, why, setAside: c !== chosen }) as const;
    notes.set(key, severalFilesNote(several(chosen)));
    for (const c of candidates) found.push({ source: c.source, problem: several(c) });
  }
  const counted = refuseDoubleCounting(kept);
  return { kept: counted.accepted, notes, found: [...found, ...counted.found] };
}

/**
 * The user's choice, else the newest file. Where the dates cannot decide (a
 * copy in the open workbook has none, or two files bear the same time) the
 * source added last is kept: it is the one the user means. `why` says which
 * of these decided, so the pane never claims "newer" without knowing.
 */
function pick(candidates: readonly UnitSubmission[], label: string | undefined): { chosen: UnitSubmission; why: PickReason } {
  const chosen = label === undefined ? undefined : candidates.find((c) => c.source.label === label);
  if (chosen) return { chosen, why: 'chosen' };
  const last = candidates[candidates.length - 1] as UnitSubmission;
  const dates = candidates.map((c) => c.source.modified);
  if (dates.some((d) => d === undefined)) return { chosen: last, why: 'undated' };
  const newest = Math.max(...(dates as number[]));
  const newestOnes = candidates.filter((c) => c.source.modified === newest);
  if (newestOnes.length > 1) return { chosen: newestOnes[newestOnes.length - 1] as UnitSubmission, why: 'same-time' };
  return { chosen: newestOnes[0] as UnitSubmission, why: 'newer' };
}

function refuseDoubleCounting(kept: readonly UnitSubmission[]): { accepted: UnitSubmission[]; found: Found[] } {
  const accepted: UnitSubmission[] = [];
  const found: Found[] = [];
  const counted = new Map<string, string>();
  // Units first, then summaries: a unit's own figures win over a summary that repeats them.
  const ordered = [...kept.filter((s) => !s.contains), ...kept.filter((s) => s.contains)];
  for (const s of ordered) {
    const inside = (s.contains ?? []).map((u) => ({ name: u, key: unitKey(u) }));
    const overlap = inside.filter((u) => counted.has(u.key) || u.key === s.key);
    if (overlap.length > 0) {
      const others = inside.filter((u) => !overlap.includes(u)).map((u) => u.name);
      const named = overlap.map((u) => counted.get(u.key) ?? u.name);
      found.push({ source: s.source, problem: { code: 'counted-twice', file: s.source.label, unit: s.unit, overlap: named, others } });
      continue;
    }
    accepted.push(s);
    counted.set(s.key, s.unit);
    for (const u of inside) counted.set(u.key, u.name);
  }
  return { accepted, found };
}
