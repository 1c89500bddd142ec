import { columnIndex, rangeAddress, type GridRange } from '../../core/a1';
import type { CellBorders, DesignCell, DesignGrid } from '../../core/design/types';
import type { DesignRead } from '../../ports/workbookPort';
import { dateOfSerial, isDateFormat } from '../../core/dateFormat';

/**
 * The table the user points at, read through Office.js into the grid the form
 * designer takes — the same grid `src/hosts/xlsx/designGrid.ts` makes of a
 * file, so the pane and `tongket author` propose the same form for the same
 * table. Two syncs whatever the table's size: (1) the active sheet, the
 * selection and the used range; (2) values, formulas and number formats,
 * every cell's format through `getCellProperties` (ExcelApi 1.9) and the
 * merged areas through `getMergedAreasOrNullObject` (ExcelApi 1.13). Where
 * Excel is older, the part it cannot give is left out and named in `missing`.
 * Nothing is written.
 */

/** Which of the newer APIs this Excel has. */
export type DesignReadApi = { readonly cellProperties: boolean; readonly mergedAreas: boolean };

/** Said to the user in Vietnamese: nothing to read, or too much. */
export class DesignReadError extends Error {
  override readonly name = 'DesignReadError';
}

/**
 * At most this many cells are read at once. Every cell's properties come back
 * as an object of about 200–300 bytes: 10,000 cells stay well under the 5 MB
 * an Office.js response may hold, and an official table is far smaller.
 */
export const MAX_DESIGN_CELLS = 10_000;

/** Excel's grid fills these rows and columns below and right of a table whose formatting runs on: read a few, not to row 1,048,576. */
const MARGIN = 3;

const PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { font: { bold: true, italic: true }, fill: { color: true }, indentLevel: true, borders: { style: true } },
};

type Extent = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
const extent = (r: Extent): GridRange => ({ top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 });
const cells = (r: GridRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const EXTENT = 'rowIndex, columnIndex, rowCount, columnCount';

function intersection(a: GridRange, b: GridRange): GridRange | undefined {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

type Located = { sheet: Excel.Worksheet; used: Excel.Range; usedValues: Excel.Range; selection: Excel.Range | undefined };

/** The first sync: the active sheet, its used range (with formats, and values only) and, if asked, the selection. */
async function locate(context: Excel.RequestContext, withSelection: boolean): Promise<Located> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load('id, name');
  const used = sheet.getUsedRangeOrNullObject(false).load(EXTENT);
  const usedValues = sheet.getUsedRangeOrNullObject(true).load(EXTENT);
  const selection = withSelection ? context.workbook.getSelectedRange().load(EXTENT) : undefined;
  await context.sync();
  return { sheet, used, usedValues, selection };
}

export async function readDesignGrid(context: Excel.RequestContext, api: DesignReadApi): Promise<DesignRead> {
  let located: Located;
  try {
    located = await locate(context, true);
  } catch {
    // Excel refuses getSelectedRange while several blocks are selected: the whole sheet is read instead, one sync more.
    located = await locate(context, false);
  }
  const { sheet, used, usedValues, selection } = located;
  if (used.isNullObject || usedValues.isNullObject) throw new DesignReadError(`Sheet "${sheet.name}" trống: mở sheet có bảng của cấp trên rồi bấm lại.`);

  const chosen = selection && selection.rowCount >= 2 && selection.columnCount >= 2 ? intersection(extent(selection), extent(used)) : undefined;
  const from = chosen ? 'selection' : 'sheet';
  // From A1, as the .xlsx reader reads a sheet: the title block above a table counts as much as the table.
  const whole = (r: GridRange): GridRange => ({ top: 0, left: 0, bottom: r.bottom, right: r.right });
  let bounds = chosen ?? whole(extent(used));
  if (!chosen && cells(bounds) > MAX_DESIGN_CELLS) {
    // Formatting that runs down whole columns makes the used range huge; the figures end far sooner.
    const filled = extent(usedValues);
    bounds = { top: 0, left: 0, bottom: filled.bottom + MARGIN, right: filled.right + MARGIN };
  }
  if (cells(bounds) > MAX_DESIGN_CELLS)
    throw new DesignReadError(
      `${from === 'selection' ? 'Vùng đang chọn' : `Sheet "${sheet.name}"`} có ${cells(bounds).toLocaleString('vi-VN')} ô, quá nhiều để đọc một lần ` +
        `(tối đa ${MAX_DESIGN_CELLS.toLocaleString('vi-VN')}): chọn đúng vùng bảng (cả tên biểu và tiêu đề cột) rồi bấm lại.`,
    );

  // By id: the user may click another sheet while the first sync is under way.
  const range = context.workbook.worksheets
    .getItem(sheet.id)
    .getRange(rangeAddress(bounds.top, bounds.left, bounds.bottom, bounds.right))
    .load('values, formulas, numberFormat');
  const properties = api.cellProperties ? range.getCellProperties(PROPERTIES) : undefined;
  const merged = api.mergedAreas ? range.getMergedAreasOrNullObject().load('address') : undefined;
  await context.sync();

  const missing = [
    ...(api.cellProperties ? [] : ['định dạng từng ô (chữ đậm, nghiêng, lùi dòng, tô nền, kẻ khung): cần Excel hỗ trợ ExcelApi 1.9']),
    ...(api.mergedAreas ? [] : ['các ô gộp (tiêu đề cột nhiều tầng): cần Excel hỗ trợ ExcelApi 1.13 (Microsoft 365, Excel 2024)']),
  ];
  const grid: DesignGrid = {
    sheet: sheet.name,
    bounds,
    cells: gridCells(bounds, range.values, range.formulas, range.numberFormat, properties?.value),
    merges: merged && !merged.isNullObject ? areasOf(merged.address) : [],
  };
  return { grid, from, missing };
}

function gridCells(
  bounds: GridRange,
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
  properties: readonly (readonly Excel.CellProperties[])[] | undefined,
): (DesignCell | undefined)[][] {
  const out: (DesignCell | undefined)[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r += 1) {
    const row: (DesignCell | undefined)[] = [];
    for (let c = bounds.left; c <= bounds.right; c += 1) {
      const i = r - bounds.top;
      const j = c - bounds.left;
      row[c] = cellOf(values[i]?.[j], formulas[i]?.[j], formats[i]?.[j], properties?.[i]?.[j]);
    }
    out[r] = row;
  }
  return out;
}

function valueOf(value: unknown, numberFormat: string): DesignCell['value'] {
  if (value === '' || value === null || value === undefined) return null;
  // As the .xlsx reader writes a date: "2024-09-30".
  if (typeof value === 'number') return isDateFormat(numberFormat) ? dateOfSerial(value).toISOString().slice(0, 10) : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

function bordersOf(borders: Excel.CellBorderCollection | undefined): CellBorders | undefined {
  if (!borders) return undefined;
  const drawn = (b: Excel.CellBorder | undefined) => b?.style !== undefined && b.style !== 'None';
  const out = { top: drawn(borders.top), right: drawn(borders.right), bottom: drawn(borders.bottom), left: drawn(borders.left) };
  return out.top || out.right || out.bottom || out.left ? out : undefined;
}

/**
 * One cell, kept or dropped exactly as the .xlsx reader keeps or drops it, so
 * both hosts hand the designer the same grid. Office.js reports no fill as
 * white (office-js issues #4900, #6218): a white fill counts as none.
 */
function cellOf(rawValue: unknown, rawFormula: unknown, rawFormat: unknown, properties: Excel.CellProperties | undefined): DesignCell | undefined {
  const numberFormat = typeof rawFormat === 'string' ? rawFormat : 'General';
  const value = valueOf(rawValue, numberFormat);
  // `formulas` answers a constant for a constant: only text starting with "=" that differs from the value is a formula.
  const formula = typeof rawFormula === 'string' && rawFormula.startsWith('=') && rawFormula !== rawValue ? rawFormula : undefined;
  const format = properties?.format;
  const bold = format?.font?.bold === true;
  const italic = format?.font?.italic === true;
  const color = format?.fill?.color?.toUpperCase();
  const fill = color && color !== '#FFFFFF' ? color : undefined;
  const borders = bordersOf(format?.borders);
  const indent = format?.indentLevel ?? 0;
  if (value === null && formula === undefined && !fill && !borders && !bold) return undefined;
  return {
    value,
    ...(formula ? { formula } : {}),
    ...(bold ? { bold: true } : {}),
    ...(italic ? { italic: true } : {}),
    ...(indent > 0 ? { indent } : {}),
    ...(fill ? { fill } : {}),
    ...(numberFormat !== 'General' ? { numberFormat } : {}),
    ...(borders ? { borders } : {}),
  };
}

/** "'Biểu 1'!A1:C1, 'Biểu 1'!F1:I1" → the areas; a sheet name may hold commas, inside its quotes. */
export function areasOf(address: string): GridRange[] {
  const out: GridRange[] = [];
  for (const match of address.matchAll(/!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g)) {
    const [, c1, r1, c2, r2] = match;
    const left = columnIndex(c1 as string);
    const top = Number(r1) - 1;
    out.push({ top, left, bottom: r2 === undefined ? top : Number(r2) - 1, right: c2 === undefined ? left : columnIndex(c2) });
  }
  return out;
}
