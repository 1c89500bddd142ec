import type { GridRange } from '../../core/a1';
import { cellCount } from './address';
import { cellPosition, forEachCell, peekCell, type CellModel, type SheetModel } from './model';

/**
 * Where a range proxy points, worked out at sync time: the sheet may be
 * created, renamed or deleted by earlier operations of the same batch.
 * `undefined` is a null object; a path to nothing throws ItemNotFound instead.
 */
export type Target = { readonly sheet: SheetModel; readonly range: GridRange };
export type Locate = () => Target | undefined;

/**
 * One value for a multi-cell range, as Office.js answers for formats: the
 * shared value, or null when cells differ. Walks the stored cells, not the
 * grid, so a whole column costs what it holds.
 */
export function uniform(sheet: SheetModel, range: GridRange, read: (cell: CellModel | undefined) => unknown): unknown {
  const seen = new Map<string, unknown>();
  const note = (value: unknown) => seen.set(JSON.stringify(value) ?? 'undefined', value);
  if (cellCount(range) > sheet.cells.size) {
    let stored = 0;
    for (const [key, cell] of sheet.cells) {
      const { row, column } = cellPosition(key);
      if (row < range.top || row > range.bottom || column < range.left || column > range.right) continue;
      stored += 1;
      note(read(cell));
    }
    if (stored < cellCount(range)) note(read(undefined));
  } else {
    forEachCell(range, (row, column) => note(read(peekCell(sheet, row, column))));
  }
  return seen.size === 1 ? [...seen.values()][0] : null;
}

/** A 2-D snapshot of the range, row by row. */
export function grid<T>(sheet: SheetModel, range: GridRange, read: (cell: CellModel | undefined) => T): T[][] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, r) =>
    Array.from({ length: range.right - range.left + 1 }, (_, c) => read(peekCell(sheet, range.top + r, range.left + c))),
  );
}
