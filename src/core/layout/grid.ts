import type { FormDef } from '../../forms/schema';
import { cellAddress } from '../a1';

/**
 * Where each part of a form sits on its sheet. Layout writes there, the rule
 * engine names cells from it and the reader finds inputs through it, so the
 * three cannot drift apart. All positions are 0-based.
 */
export type FormGrid = {
  readonly form: FormDef;
  /** Sheet column of STT, Nội dung and ĐVT (undefined when the form has none). */
  readonly sttColumn: number;
  readonly labelColumn: number;
  readonly unitColumn: number | undefined;
  /** Sheet column of each value column (form.columns), by key. */
  readonly columnOf: ReadonlyMap<string, number>;
  /** The "Kiểm tra" column right of the table, where the sheet lists its own broken rules. */
  readonly checkColumn: number;
  readonly columnCount: number;
  /** Whether the column headers take two rows (a group above its columns). */
  readonly headerRows: 1 | 2;
  readonly headerTop: number;
  /** The "(1) (2) (3)…" row under the headers. */
  readonly numberRow: number;
  /** Sheet row of each form row, by key. */
  readonly rowOf: ReadonlyMap<string, number>;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
};

/**
 * Rows above the table: marker, two header lines, title, subtitle, period, and
 * a gap above the table whose Kiểm tra column cell ends the status line (checkColumn.ts).
 */
export const HEADER_BLOCK = { marker: 0, unitLine: 1, unitName: 2, title: 3, subtitle: 4, period: 5, status: 6 } as const;
/** Where a unit types its name ("A3"): what the merge files its figures under. */
export const UNIT_NAME_ADDRESS = cellAddress(HEADER_BLOCK.unitName, 0);
const TABLE_TOP = 7;

const grids = new WeakMap<FormDef, FormGrid>();

export function formGrid(form: FormDef): FormGrid {
  const known = grids.get(form);
  if (known) return known;
  const unitColumn = form.unitColumn ? 2 : undefined;
  const firstValueColumn = form.unitColumn ? 3 : 2;
  const columnOf = new Map(form.columns.map((c, i) => [c.key, firstValueColumn + i]));
  const headerRows = form.columns.some((c) => c.group !== undefined) ? 2 : 1;
  const numberRow = TABLE_TOP + headerRows;
  const firstDataRow = numberRow + 1;
  const rowOf = new Map(form.rows.map((r, i) => [r.key, firstDataRow + i]));
  const grid: FormGrid = {
    form,
    sttColumn: 0,
    labelColumn: 1,
    unitColumn,
    columnOf,
    checkColumn: firstValueColumn + form.columns.length,
    columnCount: firstValueColumn + form.columns.length + 1,
    headerRows,
    headerTop: TABLE_TOP,
    numberRow,
    rowOf,
    firstDataRow,
    lastDataRow: firstDataRow + form.rows.length - 1,
  };
  grids.set(form, grid);
  return grid;
}

export function rowIndex(grid: FormGrid, row: string): number {
  const index = grid.rowOf.get(row);
  if (index === undefined) throw new RangeError(`Biểu ${grid.form.key} không có hàng "${row}"`);
  return index;
}

export function columnIndexOf(grid: FormGrid, column: string): number {
  const index = grid.columnOf.get(column);
  if (index === undefined) throw new RangeError(`Biểu ${grid.form.key} không có cột "${column}"`);
  return index;
}

/** "E14" for a row and column key of the form. */
export function addressOf(grid: FormGrid, row: string, column: string): string {
  return cellAddress(rowIndex(grid, row), columnIndexOf(grid, column));
}
