import { parseRange, type GridRange } from '../../core/a1';

/** The workbook the in-memory Excel holds: plain data, read by tests and by the preview. */

export type CellFont = { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
export type ValidationPrompt = { showPrompt?: boolean; title?: string; message?: string };
export type ValidationAlert = { showAlert?: boolean; style?: string; title?: string; message?: string };
export type CellValidation = { rule?: unknown; prompt?: ValidationPrompt; errorAlert?: ValidationAlert };

export type CellModel = {
  value: string | number | boolean | null;
  formula: string | undefined;
  numberFormat: string;
  locked: boolean;
  font: CellFont;
  fill: string | undefined;
  horizontalAlignment: string | undefined;
  verticalAlignment: string | undefined;
  wrapText: boolean;
  indentLevel: number;
  borders: Record<string, { style?: string; weight?: string; color?: string }>;
  validation: CellValidation | undefined;
};

export type ConditionalFormatModel = { range: string; formula: string; fill: string | undefined; fontColor: string | undefined };

export type SheetModel = {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, CellModel>;
  merges: string[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  frozenRows: number;
  protection: { protected: boolean; options: Record<string, unknown> };
  conditionalFormats: ConditionalFormatModel[];
  pageLayout: Record<string, unknown>;
  tables: { name: string; address: string }[];
  changeHandlers: ((args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | void)[];
};

let nextId = 1;

export function newSheet(name: string): SheetModel {
  return {
    id: `{sheet-${nextId++}}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    frozenRows: 0,
    protection: { protected: false, options: {} },
    conditionalFormats: [],
    pageLayout: {},
    tables: [],
    changeHandlers: [],
  };
}

export function emptyCell(): CellModel {
  return {
    value: null,
    formula: undefined,
    numberFormat: 'General',
    locked: true,
    font: {},
    fill: undefined,
    horizontalAlignment: undefined,
    verticalAlignment: undefined,
    wrapText: false,
    indentLevel: 0,
    borders: {},
    validation: undefined,
  };
}

const key = (row: number, column: number) => `${row},${column}`;

export function cellAt(sheet: SheetModel, row: number, column: number): CellModel {
  let cell = sheet.cells.get(key(row, column));
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key(row, column), cell);
  }
  return cell;
}

export function peekCell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(key(row, column));
}

export function forEachCell(range: GridRange, visit: (row: number, column: number) => void): void {
  for (let r = range.top; r <= range.bottom; r += 1) for (let c = range.left; c <= range.right; c += 1) visit(r, c);
}

export function toRange(address: string): GridRange {
  return parseRange(address);
}

/** The extent of the cells holding a value or formula, or undefined for an empty sheet. */
export function usedRange(sheet: SheetModel, valuesOnly: boolean): GridRange | undefined {
  let range: GridRange | undefined;
  for (const [k, cell] of sheet.cells) {
    const filled = cell.value !== null && cell.value !== '' ? true : cell.formula !== undefined;
    if (valuesOnly && !filled) continue;
    const [row, column] = k.split(',').map(Number) as [number, number];
    range = range
      ? { top: Math.min(range.top, row), left: Math.min(range.left, column), bottom: Math.max(range.bottom, row), right: Math.max(range.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return range;
}
