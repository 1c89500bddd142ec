import type { Campaign, FormDef } from '../forms/schema';
import { cellAddress, columnLetters, rangeAddress } from './a1';
import { columnWidths } from './layout/columns';
import { PlanBuilder } from './layout/planBuilder';
import { writeTableHeader } from './layout/tableHeader';
import { decodeIdentity, MARKER_ROW, type SheetIdentity } from './identity';
import { formGrid, UNIT_NAME_ADDRESS } from './layout/grid';
import type { FormSheet } from './rules/checkForm';
import { markerText, unitNameCell, unitNameOf, valueAt, type SheetValues } from './sheetValues';
import { formByKey, unitTypeByKey } from '../forms/lookup';
import { MARKER_PREFIX } from './identity';
import { unitNameTooLong } from './unitNameLimit';
import { isOddValue } from './oddValue';
import { unitNameNotText, type NotTextKind } from './rules/messages';
import { isErrorValue } from './rules/parseInput';

/**
 * Recognises a form sheet from what a host read of it (values and formulas
 * from A1), checks that its layout is still the form's, and hands it to the
 * rule engine. Nothing is guessed: an unknown version or an edited layout is
 * refused with the first cell that differs.
 */

export type SheetReading =
  | { readonly kind: 'form'; readonly identity: SheetIdentity; readonly sheet: FormSheet & { readonly unitName: string } }
  | { readonly kind: 'not-a-form' }
  /** `identity` is undefined for a sheet whose marker is missing or broken (markerProblem). */
  | { readonly kind: 'refused'; readonly identity?: SheetIdentity; readonly reason: string };

/** The top-left block every form fits in: hosts read this much of each sheet in one request. */
export function readWindow(campaign: Campaign): string {
  const grids = campaign.forms.map(formGrid);
  return rangeAddress(0, 0, Math.max(...grids.map((g) => g.lastDataRow)), Math.max(...grids.map((g) => g.columnCount - 1)));
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value)).normalize('NFC').trim();

/** The column headers and the "(1) (2) …" row as the layout writes them (rows headerTop…numberRow, columns left of Kiểm tra). */
const headerTexts = new WeakMap<FormDef, readonly (readonly string[])[]>();

function expectedHeaders(form: FormDef): readonly (readonly string[])[] {
  const known = headerTexts.get(form);
  if (known) return known;
  const grid = formGrid(form);
  const plan = new PlanBuilder(grid.numberRow + 1, grid.columnCount);
  writeTableHeader(plan, grid, columnWidths(grid));
  const rows = plan.cells.slice(grid.headerTop, grid.numberRow + 1).map((row) => row.slice(0, grid.checkColumn).map((cell) => text(cell.value)));
  headerTexts.set(form, rows);
  return rows;
}

/**
 * The first cell whose column header, column number "(1) (2) …", STT or label
 * is not the form's, or undefined when the layout is intact. Headers come
 * first, column by column: a column inserted or deleted shifts every figure
 * right of it, and the sheet is refused naming the first column that moved.
 */
export function layoutDifference(form: FormDef, values: SheetValues): string | undefined {
  const grid = formGrid(form);
  const headers = expectedHeaders(form);
  for (let column = 0; column < grid.checkColumn; column += 1)
    for (const [i, row] of headers.entries()) {
      const expected = row[column] ?? '';
      const r = grid.headerTop + i;
      const found = text(valueAt(values, r, column));
      if (found !== expected)
        return (
          `cột ${columnLetters(column)} của bảng không đúng biểu: ô ${cellAddress(r, column)} ghi "${found}", biểu ${form.key} phiên bản ${form.version} ghi "${expected}"; ` +
          'có thể đã chèn thêm hoặc xóa bớt cột, nên số liệu các cột bị lệch'
        );
    }
  for (const row of form.rows) {
    const r = grid.rowOf.get(row.key) as number;
    for (const [column, expected] of [
      [grid.sttColumn, row.stt],
      [grid.labelColumn, row.label],
    ] as const) {
      const found = text(valueAt(values, r, column));
      if (found !== expected) return `ô ${cellAddress(r, column)} ghi "${found}", biểu ${form.key} phiên bản ${form.version} ghi "${expected}"`;
    }
  }
  return undefined;
}

const REINSERT = 'hãy chèn lại biểu (nút "Chèn biểu" hoặc tongket templates) rồi chép số liệu sang biểu mới';

/** What is wrong with a marker that does not decode, field by field. */
function fieldProblem(text: string): string {
  let data: unknown;
  try {
    data = JSON.parse(text.slice(MARKER_PREFIX.length));
  } catch {
    return 'không đọc được (hỏng)';
  }
  if (typeof data !== 'object' || data === null) return 'không đọc được (hỏng)';
  const d = data as Record<string, unknown>;
  const missing = ['campaign', 'form', 'unitType'].filter((k) => typeof d[k] !== 'string');
  if (missing.length > 0) return `thiếu hoặc sai trường ${missing.map((k) => `"${k}"`).join(', ')}`;
  if (!Number.isInteger(d.version)) return `ghi phiên bản ${JSON.stringify(d.version ?? null)}, không phải số nguyên`;
  if (d.mode !== 'blank' && d.mode !== 'summary') return `ghi chế độ ${JSON.stringify(d.mode ?? null)}, phải là "blank" hoặc "summary"`;
  return 'ghi danh sách đơn vị sai dạng';
}

/**
 * Why a sheet without a readable marker is not simply skipped, or undefined
 * when it is no form: a marker that is broken, or a sheet laid out as one of
 * the campaign's forms (same column headers and rows) whose marker was
 * emptied or overwritten. Either is named, never guessed nor dropped.
 */
function markerProblem(campaign: Campaign, sheetName: string, values: SheetValues): string | undefined {
  const marker = markerText(values);
  const shown = marker === null || marker === undefined || marker === '' ? 'trống' : `ghi "${String(marker).slice(0, 80)}${String(marker).length > 80 ? '…' : ''}"`;
  if (typeof marker === 'string' && marker.startsWith(MARKER_PREFIX))
    return `sheet "${sheetName}" có dấu nhận biết của biểu (ô A1, hàng ẩn 1) bị sửa: ${fieldProblem(marker)}; ${REINSERT}`;
  const form = campaign.forms.find((f) => layoutDifference(f, values) === undefined);
  if (!form) return undefined;
  return (
    `sheet "${sheetName}" trông như Biểu ${form.key} (${form.title}) nhưng mất dấu nhận biết của biểu (ô A1, hàng ẩn 1 ${shown}), ` +
    `nên không biết là biểu của đơn vị nào, phiên bản nào; ${REINSERT}`
  );
}

/**
 * What the unit name cell holds when it is no text, or undefined for text and
 * blank. Excel keeps a name typed as digits as the number 12, "1/7/2024" as a
 * date; another program may write TRUE or #REF! there. Any of them filed as a
 * unit's name would make a unit nobody is.
 */
function notText(value: unknown): NotTextKind | undefined {
  if (isOddValue(value)) return value.odd === 'date' ? 'date' : 'stored';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (isErrorValue(value)) return 'error';
  return value === null || value === undefined || typeof value === 'string' ? undefined : 'stored';
}

export function readFormSheet(campaign: Campaign, sheetName: string, values: SheetValues, formulas?: SheetValues, merges?: readonly string[]): SheetReading {
  const identity = decodeIdentity(markerText(values), values[MARKER_ROW]);
  if (!identity) {
    const problem = markerProblem(campaign, sheetName, values);
    return problem ? { kind: 'refused', reason: problem } : { kind: 'not-a-form' };
  }
  if (!unitTypeByKey(campaign, identity.unitType) && identity.campaign === campaign.key)
    return {
      kind: 'refused',
      identity,
      reason: `sheet "${sheetName}" mang dấu nhận biết (ô A1, hàng ẩn 1) ghi loại đơn vị "${identity.unitType}", bộ biểu ${campaign.key} không có loại đơn vị này; ${REINSERT}`,
    };
  // A summary names its units; a "summary" without them is a unit's sheet marked wrongly, whose figures could be counted twice or taken for sums.
  if (identity.mode === 'summary' && identity.units === undefined && identity.listCells === undefined)
    return {
      kind: 'refused',
      identity,
      reason: `sheet "${sheetName}" mang dấu nhận biết (ô A1, hàng ẩn 1) ghi là bảng tổng hợp ("summary") nhưng không có danh sách đơn vị, nên không biết là biểu của đơn vị hay bảng tổng hợp; ${REINSERT}`,
    };
  // Unknown lists are not empty ones: a summary whose units cannot be read could be counted twice.
  if (identity.listCells !== undefined)
    return {
      kind: 'refused',
      identity,
      reason: `sheet "${sheetName}" là bảng tổng hợp nhưng danh sách đơn vị của nó (hàng ẩn 1, ô ${identity.listCells}) bị thiếu hoặc hỏng, nên không biết nó gồm những đơn vị nào; hãy xin lại tệp tổng hợp`,
    };
  if (identity.campaign !== campaign.key)
    return {
      kind: 'refused',
      identity,
      reason: `sheet "${sheetName}" thuộc bộ biểu "${identity.campaign}", không phải bộ biểu "${campaign.key}" đang dùng; mở đúng bộ biểu (nút "Mở bộ biểu…" hoặc --campaign) để đọc`,
    };
  const form = formByKey(campaign, identity.form);
  if (!form) return { kind: 'refused', identity, reason: `sheet "${sheetName}": bộ biểu ${campaign.key} không có biểu ${identity.form}` };
  if (form.version !== identity.version)
    return {
      kind: 'refused',
      identity,
      reason: `sheet "${sheetName}" là biểu ${form.key} phiên bản ${identity.version}; bộ biểu đang dùng có phiên bản ${form.version}, không đọc lẫn hai phiên bản`,
    };
  const difference = layoutDifference(form, values);
  if (difference) return { kind: 'refused', identity, reason: `sheet "${sheetName}" đã bị sửa bố cục: ${difference}` };
  // Refused, not checked: the merge files a sheet under its unit's name, and must never file it under a number or an error.
  const name = unitNameCell(values);
  const kind = notText(name);
  if (kind) return { kind: 'refused', identity, reason: `sheet "${sheetName}": ${unitNameNotText(`ô ${UNIT_NAME_ADDRESS}`, kind, isOddValue(name) ? name.shown : name)}` };
  // A name past the limit would reach the summary, its marker and the data table: refused here, where the user can shorten it.
  const longName = unitNameTooLong(unitNameOf(values), `ô ${UNIT_NAME_ADDRESS}`);
  if (longName) return { kind: 'refused', identity, reason: `sheet "${sheetName}": ${longName}` };
  const grid = formGrid(form);
  const cellAt = (row: string, column: string) => {
    const r = grid.rowOf.get(row) as number;
    const c = grid.columnOf.get(column) as number;
    const formula = valueAt(formulas ?? [], r, c);
    return { value: valueAt(values, r, c) ?? null, formula: typeof formula === 'string' && formula.startsWith('=') ? formula : undefined };
  };
  // A summary's inputs are its sums' formulas and its rules compare sums (FormSheet.summary): every reader, pane or CLI, gets it.
  const summary = identity.mode === 'summary' ? { summary: true } : {};
  return { kind: 'form', identity, sheet: { form, sheet: sheetName, cellAt, unitName: unitNameOf(values), ...summary, ...(merges ? { merges } : {}) } };
}
