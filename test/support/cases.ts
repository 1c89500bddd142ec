import type ExcelJS from 'exceljs';
import { numericInputCells } from '../../src/core/cellRoles';
import { ruleInstances } from '../../src/core/rules/instances';
import type { FormDef } from '../../src/forms/schema';
import { fillForm, random } from './fill';

/** What a person may leave in an input cell: figures, and everything that is not quite one. */
const TROUBLE: readonly ExcelJS.CellValue[] = [
  '1.234',
  '1,234',
  '12 người',
  ' 12 ',
  'abc',
  -5,
  12.5,
  3.14,
  { formula: '1+1' } as ExcelJS.CellFormulaValue,
  { error: '#REF!' } as ExcelJS.CellErrorValue,
  true,
  '   ',
  0,
];

export type InputCase = Map<string, ExcelJS.CellValue>;
const keyOf = (row: string, column: string) => `${row}.${column}`;

/**
 * A mix of inputs for one form: random figures with blanks, rules pushed to
 * equality (the boundary), and cells holding text, negatives, fractions,
 * formulas and error values. Deterministic by seed.
 */
export function inputCase(form: FormDef, seed: number): InputCase {
  const next = random(seed);
  const values: InputCase = new Map();
  for (const [row, columns] of fillForm(form, seed, next() * 0.7)) for (const [column, v] of columns) values.set(keyOf(row, column), v);
  const inputs = numericInputCells(form);
  const local = ruleInstances(form).filter((i) => i.cells.length === 2 && i.cells.every((c) => inputs.some((x) => x.row === c.row && x.column === c.column)));
  if (local.length > 0 && next() < 0.4) {
    const instance = local[Math.floor(next() * local.length)];
    const [a, b] = instance?.cells ?? [];
    if (a && b) values.set(keyOf(a.row, a.column), values.get(keyOf(b.row, b.column)) ?? 7);
  }
  if (next() < 0.5) {
    const troubles = 1 + Math.floor(next() * 3);
    for (let i = 0; i < troubles; i += 1) {
      const cell = inputs[Math.floor(next() * inputs.length)];
      if (cell) values.set(keyOf(cell.row, cell.column), TROUBLE[Math.floor(next() * TROUBLE.length)] ?? null);
    }
  }
  return values;
}

export function caseValue(values: InputCase, row: string, column: string): ExcelJS.CellValue | undefined {
  return values.get(keyOf(row, column));
}
