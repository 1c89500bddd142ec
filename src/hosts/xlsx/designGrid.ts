import type ExcelJS from 'exceljs';
import { parseRange, type GridRange } from '../../core/a1';
import type { CellBorders, DesignCell, DesignGrid } from '../../core/design/types';

/**
 * A sheet (or a range of it) of an .xlsx as the form designer reads it: each
 * cell's value or formula (shared formulas translated to the cell), merges,
 * bold, italic, indent, solid fills, number formats and borders. Positions
 * stay the sheet's, so what the designer reports names the original cells.
 */

/** More than any official table needs; a sheet with formatting to row 1,048,576 is not read to its end. */
const MAX_ROWS = 3000;
const MAX_COLUMNS = 120;

function valueOf(value: ExcelJS.CellValue): DesignCell['value'] {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return valueOf((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  return null;
}

const hex = (argb: string | undefined) => (argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined);

function bordersOf(border: Partial<ExcelJS.Borders> | undefined): CellBorders | undefined {
  if (!border) return undefined;
  const drawn = (b: Partial<ExcelJS.Border> | undefined) => b?.style !== undefined;
  const out = { top: drawn(border.top), right: drawn(border.right), bottom: drawn(border.bottom), left: drawn(border.left) };
  return out.top || out.right || out.bottom || out.left ? out : undefined;
}

function cellOf(cell: ExcelJS.Cell): DesignCell | undefined {
  // A merge's covered cell answers with its master's value in ExcelJS; Excel keeps it empty.
  const covered = cell.isMerged && cell.master.address !== cell.address;
  const formula = !covered && cell.type === 6 /* ValueType.Formula */ ? cell.formula : undefined;
  const value = covered ? null : valueOf(cell.value);
  const font = cell.font;
  const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? hex(cell.fill.fgColor?.argb) : undefined;
  const borders = bordersOf(cell.border);
  const indent = cell.alignment?.indent;
  const numberFormat = cell.numFmt;
  if (value === null && formula === undefined && !fill && !borders && !font?.bold) return borders ? { value: null, borders } : undefined;
  return {
    value,
    ...(formula ? { formula: `=${formula}` } : {}),
    ...(font?.bold ? { bold: true } : {}),
    ...(font?.italic ? { italic: true } : {}),
    ...(indent ? { indent } : {}),
    ...(fill ? { fill } : {}),
    ...(numberFormat && numberFormat !== 'General' ? { numberFormat } : {}),
    ...(borders ? { borders } : {}),
  };
}

/** The sheet's used part, or `range` ("A8:H40") within it. */
export function readDesignGrid(sheet: ExcelJS.Worksheet, range?: string): DesignGrid {
  const used: GridRange = { top: 0, left: 0, bottom: Math.min(Math.max(sheet.rowCount, 1), MAX_ROWS) - 1, right: Math.min(Math.max(sheet.columnCount, 1), MAX_COLUMNS) - 1 };
  const bounds = range === undefined ? used : parseRange(range);
  const cells: (DesignCell | undefined)[][] = [];
  for (let r = bounds.top; r <= Math.min(bounds.bottom, used.bottom + 1); r += 1) {
    const row = sheet.getRow(r + 1);
    const out: (DesignCell | undefined)[] = [];
    for (let c = bounds.left; c <= Math.min(bounds.right, used.right + 1); c += 1) out[c] = cellOf(row.getCell(c + 1));
    cells[r] = out;
  }
  const merges = sheet.model.merges.map((m) => parseRange(m));
  return { sheet: sheet.name, bounds, cells, merges };
}
