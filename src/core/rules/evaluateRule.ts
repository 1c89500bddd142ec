import type { ComparisonOp, Expr, Ref } from '../../forms/expression';
import { evaluate } from './derived';
import type { CellKey, RuleInstance } from './instances';

/** Equality of figures that went through sums of decimals. */
export const TOLERANCE = 1e-9;

export function violates(op: ComparisonOp, left: number, right: number): boolean {
  if (op === '<=') return left - right > TOLERANCE;
  if (op === '>=') return right - left > TOLERANCE;
  return Math.abs(left - right) > TOLERANCE;
}

export type RuleOutcome =
  | { readonly kind: 'skipped' }
  | { readonly kind: 'ok' | 'broken'; readonly left: number; readonly right: number };

/** A rule with any blank operand is skipped: blank means "not reported", not zero. */
export function evaluateInstance(instance: RuleInstance, valueOf: (cell: CellKey) => number | undefined): RuleOutcome {
  // The sheet's COUNT() sees neither blanks nor error values: such an instance is skipped there, and here.
  if (instance.cells.some((cell) => !Number.isFinite(valueOf(cell)))) return { kind: 'skipped' };
  const side = (expr: Expr) => evaluate(expr, (ref: Ref) => valueOf(instance.bind(ref)));
  const left = side(instance.comparison.left);
  const right = side(instance.comparison.right);
  if (left === undefined || right === undefined || !Number.isFinite(left) || !Number.isFinite(right)) return { kind: 'skipped' };
  return { kind: violates(instance.comparison.op, left, right) ? 'broken' : 'ok', left, right };
}
