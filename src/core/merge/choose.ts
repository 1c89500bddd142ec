import { formatDateTime } from '../dates';
import type { MergeOptions, SourceReport, UnitSubmission } from './types';
import { unitKey } from './unitName';

/**
 * One submission per unit. Two files for a unit: the one the user chose, else
 * the newer, and the report says which and why. A lower level's summary that
 * contains a unit also sent on its own would count that unit twice: the summary
 * is refused, never silently netted out.
 */
export type Chosen = { readonly kept: UnitSubmission[]; /** Unit key → what was decided about its files. */ readonly notes: Map<string, string> };

export function chooseSubmissions(all: readonly UnitSubmission[], reports: readonly SourceReport[], options: MergeOptions): Chosen {
  const notes = new Map<string, string>();
  const reportOf = (s: UnitSubmission) => reports.find((r) => r.source === s.source) as SourceReport;
  const byUnit = new Map<string, UnitSubmission[]>();
  for (const s of all) byUnit.set(s.key, [...(byUnit.get(s.key) ?? []), s]);

  const kept: UnitSubmission[] = [];
  for (const [key, candidates] of byUnit) {
    const chosen = pick(candidates, options.keep?.get(key));
    kept.push(chosen);
    if (candidates.length === 1) continue;
    const list = candidates.map((c) => `${c.source.label} (${c.source.modified === undefined ? 'không rõ ngày' : formatDateTime(c.source.modified)})`).join(', ');
    const why = options.keep?.has(key) ? 'theo lựa chọn' : 'tệp mới hơn';
    notes.set(key, `Có ${candidates.length} tệp; dùng ${chosen.source.label} (${why}).`);
    for (const c of candidates) {
      const report = reportOf(c);
      report.problems.push(`Đơn vị "${c.unit}" có ${candidates.length} tệp: ${list}; dùng ${chosen.source.label} (${why}).`);
      if (c !== chosen && report.units.length === 1) report.state = 'duplicate';
    }
  }
  return { kept: refuseDoubleCounting(kept, reportOf), notes };
}

function pick(candidates: readonly UnitSubmission[], label: string | undefined): UnitSubmission {
  const chosen = label === undefined ? undefined : candidates.find((c) => c.source.label === label);
  // Equal or unknown dates keep the later pick: the file added last is the one the user means.
  return chosen ?? candidates.reduce((best, c) => ((c.source.modified ?? 0) >= (best.source.modified ?? 0) ? c : best));
}

function refuseDoubleCounting(kept: readonly UnitSubmission[], reportOf: (s: UnitSubmission) => SourceReport): UnitSubmission[] {
  const accepted: UnitSubmission[] = [];
  const counted = new Map<string, string>();
  // Units first, then summaries: a unit's own figures win over a summary that repeats them.
  const ordered = [...kept.filter((s) => !s.contains), ...kept.filter((s) => s.contains)];
  for (const s of ordered) {
    const inside = (s.contains ?? []).map((u) => ({ name: u, key: unitKey(u) }));
    const overlap = inside.filter((u) => counted.has(u.key) || u.key === s.key);
    if (overlap.length > 0) {
      const report = reportOf(s);
      report.problems.push(
        `${s.source.label}: bảng tổng hợp của "${s.unit}" đã gồm ${overlap.map((u) => `"${counted.get(u.key) ?? u.name}"`).join(', ')}, ` +
          'đơn vị này cũng đã được chọn riêng; không cộng hai lần nên bỏ bảng tổng hợp này.',
      );
      if (report.units.length === 1) report.state = 'refused';
      continue;
    }
    accepted.push(s);
    counted.set(s.key, s.unit);
    for (const u of inside) counted.set(u.key, u.name);
  }
  return accepted;
}
