import type { GridRange } from '../../core/a1';

/**
 * The workbook the in-memory Excel holds: plain data that tests assert on and
 * the preview draws. Only the API proxies and the simulated user change it.
 */

export type CellValue = string | number | boolean | null;
export type CellFont = { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
/** A cell's own edges: Excel's inside borders of a range land on these too. */
export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
export type CellBorder = { style?: string; weight?: string; color?: string };
export type ValidationPrompt = { showPrompt?: boolean; title?: string; message?: string };
export type ValidationAlert = { showAlert?: boolean; style?: string; title?: string; message?: string };
export type CellValidation = {
  rule?: Excel.DataValidationRule;
  prompt?: ValidationPrompt;
  errorAlert?: ValidationAlert;
  /** Excel's default: a blank entry passes the rule. */
  ignoreBlanks: boolean;
};

export type CellModel = {
  /** The constant, or a formula's cached result: "" because the fake never calculates (tests may set it). */
  value: CellValue;
  formula: string | undefined;
  numberFormat: string;
  /** Excel locks every cell until told otherwise; it matters once the sheet is protected. */
  locked: boolean;
  font: CellFont;
  fill: string | undefined;
  horizontalAlignment: string | undefined;
  verticalAlignment: string | undefined;
  wrapText: boolean;
  indentLevel: number;
  autoIndent: boolean;
  borders: Partial<Record<BorderEdge, CellBorder>>;
  validation: CellValidation | undefined;
};

export type ConditionalFormatModel = {
  type: 'Custom';
  /** Unqualified address, e.g. "D11:E40". */
  range: string;
  formula: string;
  fill: string | undefined;
  fontColor: string | undefined;
  bold: boolean | undefined;
};

/** A defined name; `formula` is its reference or constant as Excel shows it ("='Biểu 1'!$D$11"). */
export type NameModel = { name: string; formula: string; comment: string; visible: boolean };

export type TableModel = { id: string; name: string; address: string; hasHeaders: boolean };

export type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | void;
export type SelectionHandler = (args: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown> | void;

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export type SheetModel = {
  id: string;
  name: string;
  visibility: SheetVisibility;
  /** Keyed "row,column" (0-based); only cells something was written to. */
  cells: Map<string, CellModel>;
  /** Unqualified addresses of merged areas, e.g. "A1:F1". */
  merges: string[];
  /** Points, by 0-based column / row. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  frozenRows: number;
  frozenColumns: number;
  protection: { protected: boolean; options: Excel.WorksheetProtectionOptions; password?: string };
  /** Sheet-scoped names. */
  names: NameModel[];
  conditionalFormats: ConditionalFormatModel[];
  /** Print setup as set through Worksheet.pageLayout (ExcelApi 1.9): orientation, paperSize, zoom, printTitleRows, printArea ("A2:H40"). */
  pageLayout: Record<string, unknown>;
  tables: TableModel[];
  changeHandlers: ChangeHandler[];
  selectionHandlers: SelectionHandler[];
};

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    frozenRows: 0,
    frozenColumns: 0,
    protection: { protected: false, options: {} },
    names: [],
    conditionalFormats: [],
    pageLayout: {},
    tables: [],
    changeHandlers: [],
    selectionHandlers: [],
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
    autoIndent: false,
    borders: {},
    validation: undefined,
  };
}

const key = (row: number, column: number) => `${row},${column}`;

/** The cell, created on first write. */
export function cellAt(sheet: SheetModel, row: number, column: number): CellModel {
  let cell = sheet.cells.get(key(row, column));
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key(row, column), cell);
  }
  return cell;
}

/** The cell if anything was ever written to it; reading never creates cells. */
export function peekCell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(key(row, column));
}

export function forEachCell(range: GridRange, visit: (row: number, column: number) => void): void {
  for (let r = range.top; r <= range.bottom; r += 1) for (let c = range.left; c <= range.right; c += 1) visit(r, c);
}

export function cellPosition(k: string): { row: number; column: number } {
  const [row = 0, column = 0] = k.split(',').map(Number);
  return { row, column };
}

const isFilled = (cell: CellModel) => cell.formula !== undefined || (cell.value !== null && cell.value !== '');

/**
 * Worksheet.getUsedRange: the extent of cells with a value or formula, or with
 * any format too unless `valuesOnly`; undefined for an empty sheet.
 */
export function usedRange(sheet: SheetModel, valuesOnly: boolean): GridRange | undefined {
  let range: GridRange | undefined;
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly && !isFilled(cell)) continue;
    const { row, column } = cellPosition(k);
    range = range
      ? { top: Math.min(range.top, row), left: Math.min(range.left, column), bottom: Math.max(range.bottom, row), right: Math.max(range.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return range;
}
