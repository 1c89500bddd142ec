import type { Campaign } from '../../forms/schema';
import { unitTypeLabel } from '../../forms/lookup';
import { formatDateTime } from '../dates';
import type { MergeOptions, SourceReport, UnitSubmission } from './types';
import { unitKey } from './unitName';

/**
 * One submission per unit. Two files for a unit: the one the user chose, else
 * the newer (see `pick`), and the report says which and why. A lower level's summary that
 * contains a unit also sent on its own would count that unit twice: the summary
 * is refused, never silently netted out. One name under two unit types (a
 * commune's forms bearing a district's name) is not an older copy: either the
 * name or the forms are wrong, and which one cannot be told, so no file of that
 * name is counted and every one of them says why.
 */
export type Chosen = { readonly kept: UnitSubmission[]; /** Unit key → what was decided about its files. */ readonly notes: Map<string, string> };

export function chooseSubmissions(campaign: Campaign, all: readonly UnitSubmission[], reports: readonly SourceReport[], options: MergeOptions): Chosen {
  const notes = new Map<string, string>();
  const reportOf = (s: UnitSubmission) => reports.find((r) => r.source === s.source) as SourceReport;
  const byUnit = new Map<string, UnitSubmission[]>();
  for (const s of all) byUnit.set(s.key, [...(byUnit.get(s.key) ?? []), s]);

  const kept: UnitSubmission[] = [];
  for (const [key, candidates] of byUnit) {
    if (new Set(candidates.map((c) => c.unitType)).size > 1) {
      refuseTypeConflict(campaign, candidates, reportOf);
      continue;
    }
    const { chosen, why } = pick(candidates, options.keep?.get(key));
    kept.push(chosen);
    if (candidates.length === 1) continue;
    const list = candidates.map((c) => `${c.source.label} (${c.source.modified === undefined ? 'không rõ ngày' : formatDateTime(c.source.modified)})`).join(', ');
    notes.set(key, `Có ${candidates.length} tệp; dùng ${chosen.source.label} (${why}).`);
    for (const c of candidates) {
      const report = reportOf(c);
      report.problems.push(`Đơn vị "${c.unit}" có ${candidates.length} tệp: ${list}; dùng ${chosen.source.label} (${why}).`);
      if (c !== chosen && report.units.length === 1) report.state = 'duplicate';
    }
  }
  return { kept: refuseDoubleCounting(kept, reportOf), notes };
}

function refuseTypeConflict(campaign: Campaign, candidates: readonly UnitSubmission[], reportOf: (s: UnitSubmission) => SourceReport): void {
  const list = candidates.map((c) => `${c.source.label} (${unitTypeLabel(campaign, c.unitType)})`).join(', ');
  const name = (candidates[0] as UnitSubmission).unit;
  for (const c of candidates) {
    const report = reportOf(c);
    report.problems.push(
      `Tên đơn vị "${name}" có ở ${candidates.length} tệp nhưng khác loại đơn vị: ${list}; không rõ là một đơn vị hay hai đơn vị trùng tên nên chưa cộng tệp nào của tên này. ` +
        'Hãy sửa tên đơn vị ở đầu biểu hoặc dùng đúng bộ biểu của loại đơn vị, rồi tổng hợp lại.',
    );
    if (report.units.length === 1) report.state = 'refused';
    else if (report.state === 'merged') report.state = 'partly';
  }
}

/**
 * The user's choice, else the newest file. Where the dates cannot decide (a
 * copy in the open workbook has none, or two files bear the same time) the
 * source added last is kept: it is the one the user means. `why` says which
 * of these decided, so the pane never claims "newer" without knowing.
 */
function pick(candidates: readonly UnitSubmission[], label: string | undefined): { chosen: UnitSubmission; why: string } {
  const chosen = label === undefined ? undefined : candidates.find((c) => c.source.label === label);
  if (chosen) return { chosen, why: 'theo lựa chọn' };
  const last = candidates[candidates.length - 1] as UnitSubmission;
  const dates = candidates.map((c) => c.source.modified);
  if (dates.some((d) => d === undefined)) return { chosen: last, why: 'tệp thêm sau; không rõ ngày của mọi tệp' };
  const newest = Math.max(...(dates as number[]));
  const newestOnes = candidates.filter((c) => c.source.modified === newest);
  if (newestOnes.length > 1) return { chosen: newestOnes[newestOnes.length - 1] as UnitSubmission, why: 'cùng thời điểm lưu, dùng tệp thêm sau' };
  return { chosen: newestOnes[0] as UnitSubmission, why: 'tệp mới hơn' };
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
      const named = (units: readonly { name: string; key: string }[]) => units.map((u) => `"${counted.get(u.key) ?? u.name}"`).join(', ');
      // The other units of the summary go with it: the user must hear that they are missing now, and how to get them back.
      const others = inside.filter((u) => !overlap.includes(u));
      const lost = others.length === 0 ? '' : ` Vì vậy ${others.length} đơn vị khác trong đó chưa được cộng: ${named(others)}; muốn dùng bảng tổng hợp này, hãy bỏ tệp riêng của ${named(overlap)}.`;
      report.problems.push(
        `${s.source.label}: bảng tổng hợp của "${s.unit}" đã gồm ${named(overlap)}, đơn vị này cũng đã được chọn riêng; không cộng hai lần nên bỏ bảng tổng hợp này.${lost}`,
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
