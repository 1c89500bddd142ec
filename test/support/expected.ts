import { cellRole } from '../../src/core/cellRoles';
import type { Campaign, FormDef } from '../../src/forms/schema';
import { figure, type Figures } from './fill';

/**
 * What each derived cell must show, computed here by hand from each campaign's
 * spec (NQ25-FORMS.md, and the fixture's own wording for MTTQ), not from the
 * layout's formulas: sums skip blanks and are blank only when everything is;
 * differences and ratios need every operand; a ratio with a zero divisor is
 * blank. `undefined` means the cell shows nothing.
 */

type Value = number | undefined;
type Cell = (column: string) => Value;

const sum = (values: Value[]): Value => (values.every((v) => v === undefined) ? undefined : values.reduce<number>((a, v) => a + (v ?? 0), 0));
const difference = (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : a - b);
const ratio = (a: Value, b: Value): Value => (a === undefined || b === undefined || b === 0 ? undefined : (a / b) * 100);

type Spec = {
  /** Column formulas, by column key. */
  readonly columns: Record<string, (cell: Cell) => Value>;
  /** Ratio columns: a total row recomputes them from its own sums instead of adding its children's ratios. */
  readonly ratioColumns: readonly string[];
  /** Percent rows, by row key: [numerator row, denominator row]. */
  readonly percentRows: Record<string, [string, string]>;
};

const SPECS: Record<string, Spec> = {
  nq25: {
    columns: {
      tong: (cell) => sum(['p1', 'p2', 'huyen', 'xa', 'dang', 'nn', 'llvt', 'dn'].map(cell)),
      tang: (cell) => difference(cell('t2023'), cell('t2013')),
      tl: (cell) => ratio(cell('hv2023'), cell('dt')),
    },
    ratioColumns: ['tl'],
    percentRows: { don_tl: ['don_gq', 'don_tq'], yk_tl: ['yk_gq', 'yk'] },
  },
  mttq_quy: {
    columns: {
      // Mẫu 1: the quarter is its three months; Mẫu 2: what the Front chaired plus what it joined.
      ca_quy: (cell) => sum(['thang1', 'thang2', 'thang3'].map(cell)),
      cong: (cell) => sum(['chu_tri', 'phoi_hop'].map(cell)),
      // Mẫu 3: the year so far as a share of the year's plan.
      so_ke_hoach: (cell) => ratio(cell('luy_ke'), cell('ke_hoach')),
    },
    ratioColumns: ['so_ke_hoach'],
    percentRows: { quy_ty_le_chi: ['quy_da_chi', 'quy_van_dong'] },
  },
};

export function expectedValue(campaign: Campaign, form: FormDef, figures: Figures, row: string, column: string): Value {
  const spec = SPECS[campaign.key];
  if (!spec) throw new Error(`campaign ${campaign.key}: no expected formulas written for it`);
  const role = cellRole(form, row, column);
  if (role.role === 'input') return figure(figures, row, column);
  if (role.role !== 'formula') return undefined;
  const at = (r: string, c: string) => expectedValue(campaign, form, figures, r, c);
  const here = (c: string) => (form.columns.some((x) => x.key === c) ? at(row, c) : undefined);
  const definition = form.rows.find((r) => r.key === row);
  const percent = spec.percentRows[row];
  if (percent) return ratio(at(percent[0], column), at(percent[1], column));
  if (definition?.kind === 'total' && !spec.ratioColumns.includes(column))
    return sum(definition.of.filter((child) => cellRole(form, child, column).role !== 'na').map((child) => at(child, column)));
  const formula = spec.columns[column];
  if (!formula) throw new Error(`${form.key}.${row}.${column}: no expected formula written for this column`);
  return formula(here);
}
