import type { Expr } from '../../forms/expression';
import { evaluate } from './cellExpr';

/**
 * Values for a set of cells: each input a pseudo-random figure (deterministic
 * by seed), each derived cell computed from the others through its formula.
 * Two designs agree on a derived cell when it gets the same value in both for
 * the same inputs, however each writes it (SUM of totals, or total of sums).
 */

export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A figure for an input cell that depends only on its address and the seed: two designs give the same cell the same figure. */
export function inputFigure(address: string, seed: number): number {
  let h = seed >>> 0;
  for (const ch of address) h = Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0;
  return 1 + (seeded(h)() * 997) | 0;
}

export function derivedValues(derived: ReadonlyMap<string, Expr>, seed: number): (address: string) => number {
  const inputs = new Map<string, number>();
  const computed = new Map<string, number>();
  const visiting = new Set<string>();
  const value = (address: string): number => {
    const known = computed.get(address) ?? inputs.get(address);
    if (known !== undefined) return known;
    const expr = derived.get(address);
    if (!expr || visiting.has(address)) {
      const v = inputFigure(address, seed);
      inputs.set(address, v);
      return v;
    }
    visiting.add(address);
    const v = evaluate(expr, value);
    visiting.delete(address);
    computed.set(address, v);
    return v;
  };
  return value;
}

export const sameValue = (a: number, b: number): boolean => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
