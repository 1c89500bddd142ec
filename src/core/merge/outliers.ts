import { addressOf, formGrid } from '../layout/grid';
import { formatNumber } from '../rules/messages';
import type { DataRow, Outlier } from './types';

/** Enough peers for a median to mean something, and how far out of line a figure must be. */
export const OUTLIER_MIN_PEERS = 5;
export const OUTLIER_FACTOR = 10;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
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
    groups.set(key, [...(groups.get(key) ?? []), row as DataRow & { value: number }]);
  }
  const found: Outlier[] = [];
  for (const group of groups.values()) {
    if (group.length <= OUTLIER_MIN_PEERS) continue;
    for (const row of group) {
      const m = median(group.filter((other) => other !== row).map((other) => other.value));
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
          `trung vị ${formatNumber(m)} của ${group.length - 1} đơn vị cùng loại; có thể gõ nhầm dấu phân cách hàng nghìn.`,
      });
    }
  }
  return found;
}
