import type { Campaign, FormDef } from '../../forms/schema';
import { fitCellText } from '../cellText';
import { fitsExcel } from '../excelNumber';
import type { SheetIdentity } from '../identity';
import { layoutForm } from '../layout/layoutForm';
import type { SheetPlan } from '../plan/types';
import type { TablePlan } from '../plan/tablePlan';
import { cellKey, totals, type MergeResult } from './merge';
import { encodeOutputMarker } from './outputMarker';
import { unitTypeLabel } from '../../forms/lookup';

/**
 * The summary forms and the per-unit data table they sum. A summary input cell
 * is a COUNTIFS/SUMIFS over the data table's whole columns: filter the table to
 * see which units make a total; correct a unit's row and the total follows.
 */

export const DATA_SHEET = 'TH Dữ liệu';
export const summarySheetName = (form: FormDef) => `TH ${form.sheetName}`;

export const DATA_HEADER = ['Đơn vị', 'Loại đơn vị', 'Biểu', 'Mã hàng', 'STT', 'Nội dung', 'Mã cột', 'Cột', 'Giá trị', 'Tệp nguồn', 'SHA-256 của tệp', 'Thời điểm đọc'];
/** Columns the summary formulas read: form, row key, column key, value. */
const SUMMED = { form: 'C', row: 'D', column: 'G', value: 'I' } as const;

export type Consolidator = { readonly unitName: string; readonly unitType: string };

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const column = (letter: string) => `'${DATA_SHEET}'!$${letter}:$${letter}`;

export function summaryFormula(form: string, row: string, col: string): string {
  const criteria = `${column(SUMMED.form)},${quote(form)},${column(SUMMED.row)},${quote(row)},${column(SUMMED.column)},${quote(col)}`;
  return `=IF(COUNTIFS(${criteria})=0,"",SUMIFS(${column(SUMMED.value)},${criteria}))`;
}

/** Every unit a summary stands for, the lower levels' own units included, so no level counts them twice. */
export function unitsContained(result: MergeResult): string[] {
  return [...new Set(result.included.flatMap((u) => [u.unit, ...(u.contains ?? [])]))];
}

export function summaryPlans(campaign: Campaign, result: MergeResult, by: Consolidator): SheetPlan[] {
  const units = unitsContained(result);
  return result.forms.map((form) => {
    const { sums, notes } = totals(result, form);
    const count = result.included.filter((u) => u.sheets.some((s) => s.form === form)).length;
    const identity: SheetIdentity = {
      campaign: campaign.key,
      form: form.key,
      version: form.version,
      unitType: by.unitType,
      mode: 'summary',
      units,
      ...(result.withErrors.length > 0 ? { withErrors: result.withErrors } : {}),
    };
    return layoutForm({
      campaign,
      form,
      identity,
      sheetName: summarySheetName(form),
      unitName: by.unitName,
      summary: {
        formula: (row, col) => summaryFormula(form.key, row, col),
        // A total Excel cannot hold is left uncached: Excel's own SUMIFS shows #NUM!, and overflow.ts says why.
        result: (row, col) => {
          const sum = sums.get(cellKey(row, col));
          return sum !== undefined && fitsExcel(sum) ? sum : undefined;
        },
        // Notes joined from many units can pass what a cell holds: cut, with a visible "…".
        note: (row, col) => {
          const note = notes.get(cellKey(row, col));
          return note === undefined ? undefined : fitCellText(note);
        },
        caption: `tổng hợp ${count} đơn vị`,
      },
    });
  });
}

export function dataTablePlan(campaign: Campaign, result: MergeResult): TablePlan {
  const rows = result.rows.map((r) => {
    const row = r.form.rows.find((x) => x.key === r.row);
    const col = r.form.columns.find((x) => x.key === r.column);
    // A unit's text comes from a cell and fits one, unless a tool other than Excel wrote it: cut, never refused by Excel.
    const value = typeof r.value === 'string' ? fitCellText(r.value) : r.value;
    return [fitCellText(r.unit), unitTypeLabel(campaign, r.unitType), r.form.key, r.row, row?.stt ?? '', row?.label ?? '', r.column, col?.header ?? '', value, r.source.label, r.source.sha256 ?? '', r.source.readAt];
  });
  return {
    sheetName: DATA_SHEET,
    marker: encodeOutputMarker(campaign.key, 'data'),
    titles: [
      'Số liệu từng đơn vị (các ô tổng hợp cộng từ bảng này)',
      'Lọc theo đơn vị hoặc biểu để xem một tổng gồm những đơn vị nào; sửa một giá trị ở đây thì sheet TH tương ứng tự tính lại.',
    ],
    tableName: 'TH_DuLieu',
    header: DATA_HEADER,
    rows,
    columnWidths: [30, 22, 7, 12, 6, 50, 10, 24, 12, 28, 20, 17],
    numberFormats: ['@', '@', '@', '@', '@', '@', '@', '@', '#,##0.##', '@', '@', '@'],
  };
}
