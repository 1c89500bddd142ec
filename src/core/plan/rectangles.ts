import type { GridRange } from '../a1';

/**
 * Covers the cells that share a key with few rectangles: runs along each row,
 * then identical runs stacked down consecutive rows. Hosts format one rectangle
 * per call instead of one cell, which keeps Office.js requests small.
 */
export function rectanglesByKey<K>(keyAt: (row: number, column: number) => K | undefined, rows: number, columns: number): Map<K, GridRange[]> {
  const open = new Map<K, GridRange[]>();
  for (let row = 0; row < rows; row += 1) {
    let column = 0;
    while (column < columns) {
      const key = keyAt(row, column);
      if (key === undefined) {
        column += 1;
        continue;
      }
      let right = column;
      while (right + 1 < columns && keyAt(row, right + 1) === key) right += 1;
      const list = open.get(key) ?? [];
      const index = list.findIndex((r) => r.bottom === row - 1 && r.left === column && r.right === right);
      const above = list[index];
      if (above) list[index] = { ...above, bottom: row };
      else list.push({ top: row, bottom: row, left: column, right });
      open.set(key, list);
      column = right + 1;
    }
  }
  return open;
}
