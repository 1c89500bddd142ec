import { cellRole } from '../../src/core/cellRoles';
import type { FormDef } from '../../src/forms/schema';
import { figure, type Figures } from './fill';

/**
 * What each derived cell must show, computed here from NQ25-FORMS.md by hand,
 * not from the layout's formulas: sums skip blanks and are blank only when
 * everything is; differences and ratios need every operand; a ratio with a zero
 * divisor is blank. `undefined` means the cell shows nothing.
 */

type Value = number | undefined;

const sum = (values: Value[]): Value => (values.every((v) => v === undefined) ? undefined : values.reduce<number>((a, v) => a + (v ?? 0), 0));
const difference = (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : a - b);
const ratio = (a: Value, b: Value): Value => (a === undefined || b === undefined || b === 0 ? undefined : (a / b) * 100);

/** Column formulas of the spec, by column key. */
const COLUMN_FORMULAS: Record<string, (cell: (column: string) => Value) => Value> = {
  tong: (cell) => sum(['p1', 'p2', 'huyen', 'xa', 'dang', 'nn', 'llvt', 'dn'].map(cell)),
  tang: (cell) => difference(cell('t2023'), cell('t2013')),
  tl: (cell) => ratio(cell('hv2023'), cell('dt')),
};

/** Percent rows of the spec, by row key: [numerator row, denominator row]. */
const PERCENT_ROWS: Record<string, [string, string]> = { don_tl: ['don_gq', 'don_tq'], yk_tl: ['yk_gq', 'yk'] };

export function expectedValue(form: FormDef, figures: Figures, row: string, column: string): Value {
  const role = cellRole(form, row, column);
  if (role.role === 'input') return figure(figures, row, column);
  if (role.role !== 'formula') return undefined;
  const here = (c: string) => (form.columns.some((x) => x.key === c) ? expectedValue(form, figures, row, c) : undefined);
  const definition = form.rows.find((r) => r.key === row);
  const percent = PERCENT_ROWS[row];
  if (percent) return ratio(expectedValue(form, figures, percent[0], column), expectedValue(form, figures, percent[1], column));
  if (definition?.kind === 'total' && column !== 'tl')
    return sum(definition.of.filter((child) => cellRole(form, child, column).role !== 'na').map((child) => expectedValue(form, figures, child, column)));
  const formula = COLUMN_FORMULAS[column];
  if (!formula) throw new Error(`${form.key}.${row}.${column}: no expected formula written for this column`);
  return formula(here);
}
