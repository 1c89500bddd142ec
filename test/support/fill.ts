import { numericInputCells } from '../../src/core/cellRoles';
import type { FormDef } from '../../src/forms/schema';

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** row key → column key → figure; a missing entry is a blank cell. */
export type Figures = Map<string, Map<string, number>>;

export function figure(figures: Figures, row: string, column: string): number | undefined {
  return figures.get(row)?.get(column);
}

/**
 * Figures for every numeric input of a form: some blank, some zero (to hit
 * ratios with a zero divisor), whole numbers for counts and one decimal for amounts.
 */
export function fillForm(form: FormDef, seed: number, blankShare = 0.15): Figures {
  const next = random(seed);
  const figures: Figures = new Map();
  for (const cell of numericInputCells(form)) {
    const roll = next();
    if (roll < blankShare) continue;
    const zero = roll < blankShare + 0.08;
    const value = zero ? 0 : cell.valueKind === 'count' ? Math.floor(next() * 2000) : Math.round(next() * 50000) / 10;
    const row = figures.get(cell.row) ?? new Map<string, number>();
    row.set(cell.column, value);
    figures.set(cell.row, row);
  }
  return figures;
}
