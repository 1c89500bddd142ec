import { refsOf } from '../forms/expression';
import type { ColumnDef, FormDef, RowDef } from '../forms/schema';

/**
 * What each cell of a form's table is: where the user types a figure, where the
 * sheet computes one, and where nothing applies. Layout, validation, reading and
 * merging all ask this one place, so they cannot disagree about a cell.
 */

export type NumericKind = 'count' | 'amount';

export type CellRole =
  | { readonly role: 'input'; readonly valueKind: NumericKind }
  /** Free text the user may type (Ghi chú). */
  | { readonly role: 'text' }
  /** Computed: by the column's formula, as the sum of a total row's children, or by a percent row's formula. */
  | { readonly role: 'formula'; readonly valueKind: NumericKind | 'percent'; readonly source: 'column' | 'total' | 'row' }
  /** Does not apply to this row: shows "x". */
  | { readonly role: 'na' }
  /** A section heading's cells: empty. */
  | { readonly role: 'blank' };

export type CellRef = { readonly row: string; readonly column: string };
export type InputCell = CellRef & { readonly valueKind: NumericKind };

type RoleTable = ReadonlyMap<string, ReadonlyMap<string, CellRole>>;

const NA: CellRole = { role: 'na' };
const tables = new WeakMap<FormDef, RoleTable>();

export function cellRole(form: FormDef, row: string, column: string): CellRole {
  const role = roleTable(form).get(row)?.get(column);
  if (!role) throw new RangeError(`Biểu ${form.key} không có ô ${row}.${column}`);
  return role;
}

/** The numeric cells a unit fills in, in row-then-column order. */
export function numericInputCells(form: FormDef): InputCell[] {
  const cells: InputCell[] = [];
  for (const [row, columns] of roleTable(form))
    for (const [column, role] of columns) if (role.role === 'input') cells.push({ row, column, valueKind: role.valueKind });
  return cells;
}

function roleTable(form: FormDef): RoleTable {
  let table = tables.get(form);
  if (!table) {
    table = buildRoleTable(form);
    tables.set(form, table);
  }
  return table;
}

function columnOperands(column: ColumnDef): string[] {
  return column.kind === 'formula' ? refsOf(column.formula.tree).map((ref) => ref.first) : [];
}

function buildRoleTable(form: FormDef): RoleTable {
  const table = new Map<string, Map<string, CellRole>>();
  const rowsByKey = new Map(form.rows.map((row) => [row.key, row]));

  const roleOf = (row: RowDef, column: ColumnDef): CellRole => {
    const known = table.get(row.key)?.get(column.key);
    if (known) return known;
    const role = computeRole(row, column);
    const columns = table.get(row.key) ?? new Map<string, CellRole>();
    columns.set(column.key, role);
    table.set(row.key, columns);
    return role;
  };

  const byKey = (k: string) => form.columns.find((c) => c.key === k) as ColumnDef;

  const fromColumnFormula = (row: RowDef, column: ColumnDef, fallback: NumericKind): CellRole => {
    const operands = columnOperands(column).map((k) => roleOf(row, byKey(k)));
    if (operands.some((r) => r.role === 'na' || r.role === 'blank')) return NA;
    return { role: 'formula', valueKind: column.kind === 'formula' && column.percent ? 'percent' : fallback, source: 'column' };
  };

  const computeRole = (row: RowDef, column: ColumnDef): CellRole => {
    if (row.kind === 'section') return { role: 'blank' };
    if (column.kind === 'note') return { role: 'text' };
    if (row.kind === 'data') {
      if (column.kind === 'input')
        return !row.inputs || row.inputs.includes(column.key) ? { role: 'input', valueKind: row.valueKind } : NA;
      return fromColumnFormula(row, column, row.valueKind);
    }
    // A ratio of ratios means nothing: where a percent row crosses a percent column, the cell is n/a.
    if (row.kind === 'percent' && column.kind === 'formula' && column.percent) return NA;
    if (row.kind === 'percent') {
      const operands = refsOf(row.formula.tree).map((ref) => roleOf(rowsByKey.get(ref.first) as RowDef, column));
      return operands.some((r) => r.role === 'na') ? NA : { role: 'formula', valueKind: 'percent', source: 'row' };
    }
    // A total row sums its children in every summable column; a ratio is recomputed from the totals.
    if (column.kind === 'formula' && column.percent) return fromColumnFormula(row, column, 'count');
    const children = row.of.map((k) => roleOf(rowsByKey.get(k) as RowDef, column)).filter((r) => r.role !== 'na');
    if (children.length === 0) return NA;
    const amount = children.some((r) => 'valueKind' in r && r.valueKind === 'amount');
    return { role: 'formula', valueKind: amount ? 'amount' : 'count', source: 'total' };
  };

  for (const row of form.rows) for (const column of form.columns) roleOf(row, column);
  // Re-insert in definition order: recursion may have filled rows out of order.
  return new Map(form.rows.map((row) => [row.key, new Map(form.columns.map((c) => [c.key, roleOf(row, c)]))]));
}
