import { isRatioHeader } from './ratios';
import type { DesignTable } from './table';

/**
 * What the figures of a filled-in table say: a table received with last
 * period's figures shows which rows and columns are sums of others (a total
 * typed by hand adds up), and which ratios they are.
 */

export type Verdict = 'adds-up' | 'does-not' | 'no-figures';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether row `total` is the sum of rows `parts` in every value column where it shows a figure. */
export function rowsAddUp(t: DesignTable, total: number, parts: readonly number[]): Verdict {
  let compared = 0;
  // A ratio column's figures do not add up down a table: its total is recomputed.
  for (const c of t.values.filter((v) => !isRatioHeader(v.header) && !(t.columnKind.get(v.column)?.kind === 'formula' && (t.columnKind.get(v.column) as { percent: boolean }).percent))) {
    const whole = t.figure(total, c.column);
    const figures = parts.map((p) => t.figure(p, c.column));
    if (whole === undefined || figures.every((f) => f === undefined)) continue;
    const sum = figures.reduce<number>((s, f) => s + (f ?? 0), 0);
    if (!close(whole, sum)) return 'does-not';
    compared += 1;
  }
  return compared > 0 ? 'adds-up' : 'no-figures';
}

/** Whether column `total` is the sum of columns `parts` in every row of `rows` where it shows a figure. */
export function columnsAddUp(t: DesignTable, total: number, parts: readonly number[], rows: readonly number[]): Verdict {
  let compared = 0;
  for (const i of rows) {
    const whole = t.figure(i, total);
    const figures = parts.map((p) => t.figure(i, p));
    if (whole === undefined || figures.every((f) => f === undefined)) continue;
    const sum = figures.reduce<number>((s, f) => s + (f ?? 0), 0);
    if (!close(whole, sum)) return 'does-not';
    compared += 1;
  }
  return compared > 0 ? 'adds-up' : 'no-figures';
}

/** A ratio's figure as printed: one or two decimals, or a whole percent. */
const ratioMatches = (shown: number, exact: number) => Math.abs(shown - exact) <= Math.max(0.051, Math.abs(exact) * 0.005);

/** The (numerator, denominator) pairs among `candidates` such that `figure(x) = figure(n) / figure(d) × scale` wherever all three show figures. */
export function ratioPairs(
  figure: (x: number) => number | undefined,
  target: number,
  candidates: readonly number[],
  scale: number,
): { numerator: number; denominator: number }[] {
  const out: { numerator: number; denominator: number }[] = [];
  const shown = figure(target);
  if (shown === undefined) return out;
  for (const n of candidates)
    for (const d of candidates) {
      if (n === d) continue;
      const a = figure(n);
      const b = figure(d);
      if (a === undefined || b === undefined || b === 0) continue;
      if (ratioMatches(shown, (a / b) * scale)) out.push({ numerator: n, denominator: d });
    }
  return out;
}
