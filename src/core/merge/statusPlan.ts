import type { Campaign } from '../../forms/schema';
import { formatIsoDate } from '../dates';
import type { TableCell, TablePlan } from '../plan/tablePlan';
import type { MergeResult } from './merge';
import { encodeOutputMarker } from './outputMarker';
import { BASIS_LABEL, submittedAt, timeliness, TIMELINESS_LABEL } from './submission';
import { ROSTER_HEADER } from './roster';
import type { RosterEntry, UnitReport } from './types';
import { unitKey } from './unitName';
import { APPROVAL_HEADER, approvalCells, approvalOf, type Approvals } from './approvals';
import { unitTypeByKey, unitTypeLabel } from '../../forms/lookup';

/** The roster × forms matrix: who sent what, valid or not, on time or not, and who is missing. */

export const STATUS_SHEET = 'TH Tình hình';
export const ROSTER_SHEET = 'TH Danh sách';

export const FORM_STATE = { notRequired: 'Không phải nộp', missing: 'Thiếu', valid: 'Hợp lệ', errors: (n: number) => `${n} lỗi` } as const;

export type Missing = { readonly unit: string; readonly unitType: string; readonly forms: readonly string[] };

/** Forms a unit type must send; optional ones count when sent and are never missing. */
const required = (campaign: Campaign, unitType: string) => new Set(unitTypeByKey(campaign, unitType)?.forms ?? []);

/** Roster units that sent nothing, and the required forms missing from those that sent some. */
export function missingFromRoster(campaign: Campaign, roster: readonly RosterEntry[], units: readonly UnitReport[]): Missing[] {
  return roster.flatMap((entry) => {
    const sent = units.find((u) => unitKey(u.unit) === unitKey(entry.unit));
    const forms = [...required(campaign, entry.unitType)].filter((f) => !sent?.forms.includes(f));
    return forms.length > 0 || !sent ? [{ unit: entry.unit, unitType: entry.unitType, forms }] : [];
  });
}

const COUNTED = { yes: 'Có', errors: 'Không (có lỗi)', 'not-approved': 'Không (chưa duyệt)' } as const;

export function statusPlan(campaign: Campaign, result: MergeResult, roster: readonly RosterEntry[], mergedAt: string, approvals?: Approvals): TablePlan {
  const typeOf = (key: string) => unitTypeByKey(campaign, key);
  const inRoster = new Set(roster.map((e) => unitKey(e.unit)));
  const extra = result.units.filter((u) => !inRoster.has(unitKey(u.unit))).map((u) => ({ unit: u.unit, unitType: u.unitType }));
  const rows = [...roster, ...extra].map((entry): TableCell[] => {
    const sent = result.units.find((u) => unitKey(u.unit) === unitKey(entry.unit));
    const type = typeOf(entry.unitType);
    const owed = required(campaign, entry.unitType);
    // When the unit sent it, from what the file or the clerk says; never the file's date on this disk (submission.ts).
    const evidence = sent?.sourceInfo.submission;
    const submitted = submittedAt(evidence);
    const forms = campaign.forms.map((f) => {
      if (sent?.forms.includes(f.key)) return (sent.formErrors[f.key] ?? 0) === 0 ? FORM_STATE.valid : FORM_STATE.errors(sent.formErrors[f.key] ?? 0);
      return owed.has(f.key) ? FORM_STATE.missing : FORM_STATE.notRequired;
    });
    const notes = [...(inRoster.has(unitKey(entry.unit)) ? [] : ['Không có trong danh sách.']), ...(sent?.notes ?? [])];
    return [
      entry.unit,
      type?.label ?? entry.unitType,
      type ? formatIsoDate(type.deadline) : '',
      sent?.source ?? 'Chưa nhận',
      submitted?.when ?? '',
      sent ? TIMELINESS_LABEL[timeliness(evidence, type?.deadline)] : '',
      submitted ? BASIS_LABEL[submitted.basis] + (submitted.by ? ` (${submitted.by})` : '') : '',
      ...forms,
      !sent ? '' : COUNTED[sent.included ? 'yes' : (sent.leftOutFor ?? 'errors')],
      // Kept in the roster (approvals.ts); shown here beside what the merge made of the unit.
      ...approvalCells(approvalOf(approvals, entry.unit)).slice(0, 2),
      notes.join(' '),
    ];
  });
  const received = roster.filter((e) => result.units.some((u) => unitKey(u.unit) === unitKey(e.unit))).length;
  const rate = roster.length === 0 ? 0 : Math.round((received / roster.length) * 100);
  const incomplete = missingFromRoster(campaign, roster, result.units).length;
  return {
    sheetName: STATUS_SHEET,
    marker: encodeOutputMarker(campaign.key, 'status'),
    titles: [
      `Tình hình nộp biểu: đã nhận ${received}/${roster.length} đơn vị (${rate}%); ${incomplete} đơn vị còn thiếu biểu`,
      `Tổng hợp lúc ${mergedAt}; ${result.included.length} đơn vị được cộng vào các sheet TH.`,
    ],
    tableName: 'TH_TinhHinh',
    header: ['Đơn vị', 'Loại đơn vị', 'Hạn nộp', 'Tệp', 'Ngày nộp', 'Đúng hạn', 'Căn cứ ngày nộp', ...campaign.forms.map((f) => f.sheetName), 'Cộng vào tổng hợp', ...APPROVAL_HEADER.slice(0, 2), 'Ghi chú'],
    rows,
    columnWidths: [30, 26, 11, 26, 16, 10, 24, ...campaign.forms.map(() => 10), 12, 11, 30, 40],
    numberFormats: [...Array.from({ length: 7 + campaign.forms.length + 4 }, () => '@')],
  };
}

/** The roster a first merge writes, with the decision columns the clerk and the pane fill in afterwards. */
export function rosterPlan(campaign: Campaign, roster: readonly RosterEntry[], approvals?: Approvals): TablePlan {
  return {
    sheetName: ROSTER_SHEET,
    marker: encodeOutputMarker(campaign.key, 'roster'),
    titles: [
      'Danh sách đơn vị phải nộp biểu',
      `Thêm, sửa, xóa đơn vị rồi bấm Tổng hợp lại. Loại đơn vị ghi theo tên hoặc khóa: ${campaign.unitTypes.map((t) => t.key).join(', ')}.`,
    ],
    tableName: 'TH_DanhSach',
    header: [...ROSTER_HEADER, ...APPROVAL_HEADER],
    rows: roster.map((e) => [e.unit, unitTypeLabel(campaign, e.unitType), ...approvalCells(approvalOf(approvals, e.unit))]),
    columnWidths: [40, 50, 11, 30, 16],
    numberFormats: ['@', '@', '@', '@', '@'],
  };
}
