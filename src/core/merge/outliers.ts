import { addressOf, formGrid } from '../layout/grid';
import { formatNumber } from '../rules/messages';
import type { DataRow, Outlier } from './types';

/** Enough peers for a median to mean something, and how far out of line a figure must be. */
export const OUTLIER_MIN_PEERS = 5;
export const OUTLIER_FACTOR = 10;

/** The median of `sorted` leaving out its element at `skip`: each unit's peers' median from one sort of the whole group. */
function medianWithout(sorted: readonly number[], skip: number): number {
  const at = (k: number) => sorted[k < skip ? k : k + 1] as number;
  const count = sorted.length - 1;
  const mid = Math.floor(count / 2);
  return count % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * A figure more than ten times the median of the same cell in the other units
 * of its type, when there are at least five: the mark of "1.234" read as 1234
 * or a figure typed in the wrong unit. A warning, never a refusal.
 */
export function findOutliers(rows: readonly DataRow[]): Outlier[] {
  const groups = new Map<string, (DataRow & { value: number })[]>();
  for (const row of rows) {
    if (typeof row.value !== 'number') continue;
    const key = [row.form.key, row.row, row.column, row.unitType].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(row as DataRow & { value: number });
    else groups.set(key, [row as DataRow & { value: number }]);
  }
  const found: Outlier[] = [];
  for (const group of groups.values()) {
    if (group.length <= OUTLIER_MIN_PEERS) continue;
    // Sorted once per cell: 200 units would otherwise sort their 199 peers 200 times for every cell.
    const ranked = group.map((row, index) => ({ row, index })).sort((a, b) => a.row.value - b.row.value);
    const sorted = ranked.map((r) => r.row.value);
    const rank: number[] = [];
    ranked.forEach((r, position) => (rank[r.index] = position));
    for (const [index, row] of group.entries()) {
      const m = medianWithout(sorted, rank[index] as number);
      if (m <= 0 || row.value <= OUTLIER_FACTOR * m) continue;
      const address = addressOf(formGrid(row.form), row.row, row.column);
      found.push({
        unit: row.unit,
        form: row.form.key,
        sheet: row.form.sheetName,
        address,
        value: row.value,
        median: m,
        message:
          `${row.source.label}, ${row.form.sheetName} ô ${address} của "${row.unit}": ${formatNumber(row.value)} gấp hơn ${OUTLIER_FACTOR} lần ` +
          `mức thường thấy ở ${group.length - 1} đơn vị cùng loại (${formatNumber(m)}); có thể gõ nhầm dấu phân cách hàng nghìn.`,
      });
    }
  }
  return found;
}
