import type { Expr, Ref } from '../../forms/expression';
import type { FormDef } from '../../forms/schema';
import { cellRole } from '../cellRoles';

/**
 * The value a derived cell shows, computed exactly as its sheet formula does
 * (src/core/layout/excelFormula.ts), so a rule may name a total or a ratio and
 * still agree with the sheet. `undefined` is a blank cell, NaN an error value.
 * - a sum is blank when none of its cells holds a number, an error when one is;
 * - any other formula is blank unless every operand is a number, and blank
 *   when a divisor is 0 or blank, but an error when a divisor is an error.
 * `inputAt` gives an input cell's figure in the same terms.
 */
export type Figure = number | undefined;

export function cellValue(form: FormDef, row: string, column: string, inputAt: (row: string, column: string) => Figure): Figure {
  const role = cellRole(form, row, column);
  if (role.role === 'input') return inputAt(row, column);
  if (role.role !== 'formula') return undefined;
  const at = (r: string, c: string) => cellValue(form, r, c, inputAt);
  const definition = form.rows.find((r) => r.key === row);
  if (role.source === 'total' && definition?.kind === 'total')
    return sum(definition.of.filter((child) => cellRole(form, child, column).role !== 'na').map((child) => at(child, column)));
  if (role.source === 'row' && definition?.kind === 'percent')
    return evaluate(definition.formula.tree, (ref) => at(ref.first, ref.second ?? column));
  const formula = form.columns.find((c) => c.key === column);
  if (formula?.kind !== 'formula') return undefined;
  return evaluate(formula.formula.tree, (ref) => (ref.second ? at(ref.first, ref.second) : at(row, ref.first)));
}

function sum(values: readonly Figure[]): Figure {
  if (!values.some((v) => v !== undefined && !Number.isNaN(v))) return undefined;
  return values.reduce<number>((total, v) => total + (v ?? 0), 0);
}

function isPureSum(expr: Expr): boolean {
  return expr.type === 'ref' || (expr.type === 'binary' && expr.op === '+' && isPureSum(expr.left) && isPureSum(expr.right));
}

function refs(expr: Expr): Ref[] {
  return expr.type === 'ref' ? [expr] : expr.type === 'binary' ? [...refs(expr.left), ...refs(expr.right)] : [];
}

function divisors(expr: Expr): Expr[] {
  if (expr.type !== 'binary') return [];
  return [...divisors(expr.left), ...(expr.op === '/' ? [expr.right] : []), ...divisors(expr.right)];
}

function arithmetic(expr: Expr, valueOf: (ref: Ref) => Figure): number {
  if (expr.type === 'number') return expr.value;
  if (expr.type === 'ref') return valueOf(expr) ?? 0;
  const l = arithmetic(expr.left, valueOf);
  const r = arithmetic(expr.right, valueOf);
  if (expr.op === '+') return l + r;
  if (expr.op === '-') return l - r;
  if (expr.op === '*') return l * r;
  return l / r;
}

/** Evaluates a derived cell's expression with the blank and error rules above. */
export function evaluate(expr: Expr, valueOf: (ref: Ref) => Figure): Figure {
  const values = refs(expr).map(valueOf);
  if (isPureSum(expr)) return sum(values);
  const guards = divisors(expr).map((d) => arithmetic(d, valueOf));
  if (guards.some((g) => Number.isNaN(g))) return NaN;
  const numbers = values.filter((v) => v !== undefined && !Number.isNaN(v)).length;
  if (numbers < values.length || guards.some((g) => g === 0)) return undefined;
  return arithmetic(expr, valueOf);
}
