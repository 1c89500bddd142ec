import { parseFormula, type Expr, type Ref } from '../../forms/expression';
import type { FormDef } from '../../forms/schema';
import { cellRole } from '../cellRoles';

/**
 * The value a derived cell shows, computed the way its sheet formula does, so a
 * rule may name a total or a ratio: sums skip blanks and are blank only when
 * all their cells are; other formulas need every operand; a zero divisor gives
 * blank. `inputAt` gives the figure of an input cell (undefined when blank or not a number).
 */
export function cellValue(form: FormDef, row: string, column: string, inputAt: (row: string, column: string) => number | undefined): number | undefined {
  const role = cellRole(form, row, column);
  if (role.role === 'input') return inputAt(row, column);
  if (role.role !== 'formula') return undefined;
  const at = (r: string, c: string) => cellValue(form, r, c, inputAt);
  const definition = form.rows.find((r) => r.key === row);
  if (role.source === 'total' && definition?.kind === 'total') {
    const children = definition.of.filter((child) => cellRole(form, child, column).role !== 'na').map((child) => at(child, column));
    return children.every((v) => v === undefined) ? undefined : children.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  }
  if (role.source === 'row' && definition?.kind === 'percent')
    return evaluate(parseFormula(definition.formula), (ref) => at(ref.first, ref.second ?? column));
  const formula = form.columns.find((c) => c.key === column);
  if (formula?.kind !== 'formula') return undefined;
  return evaluate(parseFormula(formula.formula), (ref) => (ref.second ? at(ref.first, ref.second) : at(row, ref.first)));
}

function isPureSum(expr: Expr): boolean {
  return expr.type === 'ref' || (expr.type === 'binary' && expr.op === '+' && isPureSum(expr.left) && isPureSum(expr.right));
}

/** Evaluates an expression with the blank rules of derived cells. */
export function evaluate(expr: Expr, valueOf: (ref: Ref) => number | undefined): number | undefined {
  const blankAsZero = isPureSum(expr);
  let anyValue = false;
  const walk = (e: Expr): number | undefined => {
    if (e.type === 'number') return e.value;
    if (e.type === 'ref') {
      const v = valueOf(e);
      if (v !== undefined) anyValue = true;
      return v === undefined && blankAsZero ? 0 : v;
    }
    const l = walk(e.left);
    const r = walk(e.right);
    if (l === undefined || r === undefined) return undefined;
    if (e.op === '+') return l + r;
    if (e.op === '-') return l - r;
    if (e.op === '*') return l * r;
    return r === 0 ? undefined : l / r;
  };
  const result = walk(expr);
  return blankAsZero && !anyValue ? undefined : result;
}
