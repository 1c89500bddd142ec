import { rangeAddress } from '../a1';
import { cellRole, type NumericKind } from '../cellRoles';
import type { NumericValidation } from '../plan/types';
import { rectanglesByKey } from '../plan/rectangles';
import type { FormGrid } from './grid';
import { TEXTS } from './texts';

/** One data-validation rule per rectangle of same-kind input cells, so Excel holds few, large rules. */
export function numericValidations(grid: FormGrid): NumericValidation[] {
  const { form } = grid;
  const kindAt = (row: number, column: number): NumericKind | undefined => {
    const r = form.rows[row];
    const c = form.columns[column];
    const role = r && c ? cellRole(form, r.key, c.key) : undefined;
    return role?.role === 'input' ? role.valueKind : undefined;
  };
  const firstColumn = grid.columnOf.get(form.columns[0]?.key ?? '') ?? 0;
  const out: NumericValidation[] = [];
  for (const [kind, ranges] of rectanglesByKey(kindAt, form.rows.length, form.columns.length))
    for (const r of ranges)
      out.push({
        range: rangeAddress(grid.firstDataRow + r.top, firstColumn + r.left, grid.firstDataRow + r.bottom, firstColumn + r.right),
        kind: kind === 'count' ? 'whole' : 'decimal',
        min: 0,
        prompt: TEXTS.validation[kind].prompt,
        error: TEXTS.validation[kind].error,
      });
  return out;
}
