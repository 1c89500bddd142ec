import type { Expr } from '../../forms/expression';
import { refsOf } from '../../forms/expression';

/**
 * Arithmetic over named things (cell addresses while reading a sheet, row or
 * column keys in the form): what a formula sums, whether it is a ratio, its
 * value, and its text in the campaign file's syntax.
 */

export type Linear = { readonly terms: ReadonlyMap<string, number>; readonly constant: number };

/** The expression as Σ coefficient × name + constant, or undefined when it multiplies or divides names together. */
export function linear(expr: Expr): Linear | undefined {
  if (expr.type === 'number') return { terms: new Map(), constant: expr.value };
  if (expr.type === 'ref') return { terms: new Map([[expr.first, 1]]), constant: 0 };
  const l = linear(expr.left);
  const r = linear(expr.right);
  if (!l || !r) return undefined;
  const scale = (a: Linear, k: number): Linear => ({ terms: new Map([...a.terms].map(([n, c]) => [n, c * k])), constant: a.constant * k });
  if (expr.op === '+' || expr.op === '-') {
    const sign = expr.op === '+' ? 1 : -1;
    const terms = new Map(l.terms);
    for (const [n, c] of r.terms) terms.set(n, (terms.get(n) ?? 0) + sign * c);
    for (const [n, c] of terms) if (Math.abs(c) < 1e-12) terms.delete(n);
    return { terms, constant: l.constant + sign * r.constant };
  }
  if (expr.op === '*') {
    if (r.terms.size === 0) return scale(l, r.constant);
    if (l.terms.size === 0) return scale(r, l.constant);
    return undefined;
  }
  if (r.terms.size === 0 && r.constant !== 0) return scale(l, 1 / r.constant);
  return undefined;
}

/** A plain sum of distinct names (every coefficient 1, no constant): what a total is. */
export function sumTerms(expr: Expr): string[] | undefined {
  const l = linear(expr);
  if (!l || Math.abs(l.constant) > 1e-12 || l.terms.size === 0) return undefined;
  for (const c of l.terms.values()) if (Math.abs(c - 1) > 1e-12) return undefined;
  return [...l.terms.keys()];
}

export type Ratio = { readonly numerator: Expr; readonly denominator: Expr; readonly scale: number };

/** numerator / denominator × scale ("F10 / E10 * 100", "F10 * 100 / E10"), or undefined. */
export function ratio(expr: Expr): Ratio | undefined {
  if (expr.type !== 'binary') return undefined;
  if (expr.op === '/' && expr.right.type !== 'number') {
    const inner = ratioScale(expr.left);
    return { numerator: inner.expr, denominator: expr.right, scale: inner.scale };
  }
  if (expr.op === '*' && expr.right.type === 'number') {
    const r = ratio(expr.left);
    return r ? { ...r, scale: r.scale * expr.right.value } : undefined;
  }
  if (expr.op === '*' && expr.left.type === 'number') {
    const r = ratio(expr.right);
    return r ? { ...r, scale: r.scale * expr.left.value } : undefined;
  }
  return undefined;
}

function ratioScale(expr: Expr): { expr: Expr; scale: number } {
  if (expr.type === 'binary' && expr.op === '*' && expr.right.type === 'number') return { expr: expr.left, scale: expr.right.value };
  if (expr.type === 'binary' && expr.op === '*' && expr.left.type === 'number') return { expr: expr.right, scale: expr.left.value };
  return { expr, scale: 1 };
}

/** The value, with every name read through `value`; NaN where a divisor is 0. */
export function evaluate(expr: Expr, value: (name: string) => number): number {
  if (expr.type === 'number') return expr.value;
  if (expr.type === 'ref') return value(expr.first);
  const l = evaluate(expr.left, value);
  const r = evaluate(expr.right, value);
  switch (expr.op) {
    case '+':
      return l + r;
    case '-':
      return l - r;
    case '*':
      return l * r;
    case '/':
      return r === 0 ? Number.NaN : l / r;
  }
}

export function mapRefs(expr: Expr, rename: (name: string) => string): Expr {
  if (expr.type === 'number') return expr;
  if (expr.type === 'ref') return { type: 'ref', first: rename(expr.first) };
  return { ...expr, left: mapRefs(expr.left, rename), right: mapRefs(expr.right, rename) };
}

export const namesOf = (expr: Expr): string[] => [...new Set(refsOf(expr).map((r) => r.first))];

const precedence = (expr: Expr) => (expr.type !== 'binary' ? 3 : expr.op === '+' || expr.op === '-' ? 1 : 2);

/** The campaign file's syntax: "p1 + p2", "hv2023 / dt * 100", "a - (b + c)". */
export function printExpr(expr: Expr, spaced = true): string {
  if (expr.type === 'number') return String(expr.value);
  if (expr.type === 'ref') return expr.first;
  let left = printExpr(expr.left, spaced);
  let right = printExpr(expr.right, spaced);
  if (precedence(expr.left) < precedence(expr)) left = `(${left})`;
  if (precedence(expr.right) < precedence(expr) || (precedence(expr.right) === precedence(expr) && (expr.op === '-' || expr.op === '/'))) right = `(${right})`;
  return spaced ? `${left} ${expr.op} ${right}` : `${left}${expr.op}${right}`;
}

/** Σ names, left to right. */
export function sumExpr(names: readonly string[]): Expr {
  const refs: Expr[] = names.map((first) => ({ type: 'ref', first }));
  return refs.slice(1).reduce<Expr>((sum, r) => ({ type: 'binary', op: '+', left: sum, right: r }), refs[0] ?? { type: 'number', value: 0 });
}
