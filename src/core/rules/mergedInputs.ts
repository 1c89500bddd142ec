import { cellAddress, parseRange } from '../a1';
import { cellRole } from '../cellRoles';
import { formGrid } from '../layout/grid';
import type { FormSheet } from './checkForm';
import { mergedInputsMessage, where } from './messages';
import type { Issue } from './types';

/**
 * Input cells merged together in a unit's copy ("E11:F11"): Excel keeps the
 * top-left cell's value and hides the others, so a figure typed in F11 is
 * gone from the sheet and from every sum. The forms never merge an input or a
 * Ghi chú cell, so any such merge is the user's, and an error at its range.
 */
export function mergedInputIssues(sheet: FormSheet): Issue[] {
  const grid = formGrid(sheet.form);
  const inputs = new Map<string, { row: string; column: string }>();
  for (const row of sheet.form.rows)
    for (const column of sheet.form.columns) {
      const role = cellRole(sheet.form, row.key, column.key).role;
      if (role === 'input' || role === 'text') inputs.set(cellAddress(grid.rowOf.get(row.key) as number, grid.columnOf.get(column.key) as number), { row: row.key, column: column.key });
    }
  return (sheet.merges ?? []).flatMap((range): Issue[] => {
    const { top, left, bottom, right } = parseRange(range);
    const covered: string[] = [];
    for (let r = top; r <= bottom; r += 1) for (let c = left; c <= right; c += 1) covered.push(cellAddress(r, c));
    const first = covered.map((a) => inputs.get(a)).find((cell) => cell !== undefined);
    if (!first || covered.length < 2) return [];
    const [kept = '', ...hidden] = covered;
    return [
      {
        code: 'merged-inputs',
        severity: 'error',
        form: sheet.form.key,
        sheet: sheet.sheet,
        row: first.row,
        column: first.column,
        address: range,
        values: { [range]: sheet.cellAt(first.row, first.column).value },
        message: where(sheet.sheet, range) + mergedInputsMessage(kept, hidden),
      },
    ];
  });
}
