import { cellRole } from '../cellRoles';
import { parseInput } from '../rules/parseInput';
import type { DataRow, UnitSubmission } from './types';

/**
 * What a unit's sheets contribute: every input cell holding a number the
 * spreadsheet also sees as a number, and every Ghi chú. Text in a number cell
 * ("1.234", "12 người") contributes nothing: the check has flagged it, and a
 * guess is never summed.
 */
export function unitFigures(unit: UnitSubmission): DataRow[] {
  const rows: DataRow[] = [];
  for (const sheet of unit.sheets) {
    const { form } = sheet;
    for (const row of form.rows)
      for (const column of form.columns) {
        const role = cellRole(form, row.key, column.key);
        const raw = role.role === 'input' || role.role === 'text' ? sheet.cellAt(row.key, column.key) : undefined;
        if (!raw) continue;
        const base = { unit: unit.unit, unitType: unit.unitType, form, row: row.key, column: column.key, source: unit.source };
        if (role.role === 'text') {
          const note = raw.value === null || raw.value === undefined ? '' : String(raw.value).trim();
          if (note !== '') rows.push({ ...base, value: note });
          continue;
        }
        if (role.role !== 'input') continue;
        const { number } = parseInput({ value: raw.value }, role.valueKind);
        if (number !== undefined && Number.isFinite(number)) rows.push({ ...base, value: number });
      }
  }
  return rows;
}

/**
 * Float sums of one-decimal amounts drift (0.1 + 0.2); the stored total is the
 * decimal one. A sum past 1.8E+299 is left as it is: scaled, it would become
 * Infinity, and rounding to 9 decimals means nothing that large anyway.
 */
export function cleanSum(values: readonly number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  const scaled = sum * 1e9;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e9 : sum;
}
