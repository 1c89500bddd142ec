import type { MergePreview } from '../../core/merge/consolidate';
import type { SourceReport, SourceState, UnitReport } from '../../core/merge/types';
import { unitKey } from '../../core/merge/unitName';
import type { Campaign } from '../../forms/schema';
import { formsByKeys, unitTypeByKey, unitTypeLabel } from '../../forms/lookup';

/** What the "Tổng hợp" tab shows of a consolidation, worked out apart from React. */

export type BadgeColor = 'success' | 'warning' | 'danger' | 'severe' | 'informative' | 'subtle';

export const SOURCE_STATE: Readonly<Record<SourceState, { readonly label: string; readonly color: BadgeColor }>> = {
  merged: { label: 'Đã nhận', color: 'success' },
  partly: { label: 'Một phần', color: 'warning' },
  refused: { label: 'Bị từ chối', color: 'danger' },
  unreadable: { label: 'Không đọc được', color: 'danger' },
  duplicate: { label: 'Trùng', color: 'informative' },
  excluded: { label: 'Chưa cộng (có lỗi)', color: 'severe' },
};

/**
 * A unit named in a source; `report` is missing when the unit was refused or
 * another source's copy of it was kept, and then `setAside` says it was the
 * latter: the user may keep this copy instead.
 */
export type SourceUnit = { readonly name: string; readonly report: UnitReport | undefined; readonly setAside: boolean };
export type SourceRow = { readonly report: SourceReport; readonly units: readonly SourceUnit[] };

/** Each source with the units read from it. Sources are matched by object, not label: two picked files may share a name. */
export function sourceRows(consolidation: MergePreview): SourceRow[] {
  const { reports, units } = consolidation.result;
  return reports.map((report) => ({
    report,
    units: report.units.map((name) => {
      const key = unitKey(name);
      const kept = units.find((u) => unitKey(u.unit) === key);
      const here = kept?.sourceInfo === report.source ? kept : undefined;
      return { name, report: here, setAside: kept !== undefined && here === undefined };
    }),
  }));
}

/** ["B1", "B3A"] → "Biểu 1, 3A": the words before the first sheet name's number are said once, short enough for a narrow pane. */
export function formList(campaign: Campaign, keys: readonly string[]): string {
  const names = formsByKeys(campaign, keys).map((f) => f.sheetName);
  const lead = /^\D*/.exec(names[0] ?? '')?.[0] ?? '';
  return names.map((name, i) => (i > 0 && lead !== '' && name.startsWith(lead) ? name.slice(lead.length) : name)).join(', ');
}

const count = (n: number, word: string) => `${n} ${word}`;

/** "Huyện ủy Văn Lâm · Huyện ủy, thành ủy, thị ủy · Biểu 1, 2 · không có lỗi": a unit of a source, as the source list and the open workbooks show it. */
export function unitLine(campaign: Campaign, unit: SourceUnit, sourceForms: readonly string[]): string {
  const report = unit.report;
  if (!report) return `${unit.name} · ${formList(campaign, sourceForms)}`;
  const checks = report.errors > 0 ? count(report.errors, 'lỗi') : 'không có lỗi';
  const warned = report.warnings > 0 ? `, ${count(report.warnings, 'cảnh báo')}` : '';
  return `${unit.name} · ${unitTypeLabel(campaign, report.unitType)} · ${formList(campaign, report.forms)} · ${checks}${warned}`;
}

/** Roster units that sent something, out of the roster. */
export function rosterCount(consolidation: MergePreview): { readonly received: number; readonly total: number } {
  const sent = new Set(consolidation.result.units.map((u) => unitKey(u.unit)));
  return { received: consolidation.roster.filter((e) => sent.has(unitKey(e.unit))).length, total: consolidation.roster.length };
}

/** The consolidating unit's default name: its type's label without the note in brackets ("Ban Dân vận Tỉnh ủy"), as the command line does. */
export const defaultConsolidatorName = (campaign: Campaign, unitType: string) => {
  const type = unitTypeByKey(campaign, unitType);
  return type?.consolidates ? type.label.replace(/\s*\(.*\)$/, '') : '';
};
