import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { checkSheets, type FormSheet } from '../../src/core/rules/checkForm';
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

/**
 * Figures for a whole set of forms that break no error rule: random figures,
 * then every input cell of a broken rule blanked (a blank operand never breaks
 * a rule) until none is left. What a careful unit sends.
 */
export function fillValid(forms: readonly FormDef[], seed: number): Map<string, Figures> {
  const filled = new Map(forms.map((form, i) => [form.key, fillForm(form, seed * 31 + i, 0.1)]));
  for (let round = 0; round < 20; round += 1) {
    const sheets: FormSheet[] = forms.map((form) => ({
      form,
      sheet: form.sheetName,
      cellAt: (row, column) => ({ value: figure(filled.get(form.key) as Figures, row, column) ?? null }),
    }));
    const broken = checkSheets(sheets).filter((issue) => issue.severity === 'error');
    if (broken.length === 0) return filled;
    for (const issue of broken) {
      const form = forms.find((f) => f.key === issue.form) as FormDef;
      const grid = formGrid(form);
      const addresses = Object.keys(issue.values).map((at) => at.replace(/^.*!/, ''));
      const inputs = numericInputCells(form).filter((cell) => addresses.includes(addressOf(grid, cell.row, cell.column)));
      // A rule broken on a total row (a child with one operand blank): blank those columns in every row.
      const columns = addresses.map((at) => at.replace(/\d+$/, ''));
      const targets = inputs.length > 0 ? inputs : numericInputCells(form).filter((cell) => columns.includes(addressOf(grid, cell.row, cell.column).replace(/\d+$/, '')));
      for (const cell of targets) filled.get(form.key)?.get(cell.row)?.delete(cell.column);
    }
  }
  throw new Error(`fillValid: seed ${seed} still breaks rules after 20 rounds`);
}
