import type { Expr, Ref } from '../../forms/expression';
import type { FormDef } from '../../forms/schema';
import { cellAddress } from '../a1';
import { cellRole, type NumericKind } from '../cellRoles';
import { compactList } from '../layout/excelFormula';
import { ruleInstances } from '../rules/instances';
import { printExpr } from './cellExpr';
import type { Placement } from './types';

/**
 * A form's cells where its rows and columns sit in the sheet it was designed
 * from: which cells a unit types, which the form computes and how (over that
 * sheet's addresses), which checks it makes. The designer's report and the
 * tests that compare a design with the table speak in these.
 */

export type PlacedInput = { readonly address: string; readonly row: string; readonly column: string; readonly valueKind: NumericKind };
export type PlacedDerived = { readonly address: string; readonly row: string; readonly column: string; readonly expr: Expr; readonly formula: string };
export type PlacedRule = { readonly rule: string; readonly severity: 'error' | 'warning'; readonly check: string; readonly left: Expr; readonly op: string; readonly right: Expr; readonly row: string };

function at(placement: Placement, row: string, column: string): string {
  const r = placement.rows.get(row);
  const c = placement.columns.get(column);
  if (r === undefined || c === undefined) throw new RangeError(`không biết vị trí của ô ${row}.${column}`);
  return cellAddress(r, c);
}

const mapRef = (expr: Expr, resolve: (ref: Ref) => string): Expr => {
  if (expr.type === 'number') return expr;
  if (expr.type === 'ref') return { type: 'ref', first: resolve(expr) };
  return { ...expr, left: mapRef(expr.left, resolve), right: mapRef(expr.right, resolve) };
};

export function placedCells(form: FormDef, placement: Placement): { inputs: PlacedInput[]; derived: PlacedDerived[]; notApplicable: string[] } {
  const inputs: PlacedInput[] = [];
  const derived: PlacedDerived[] = [];
  const notApplicable: string[] = [];
  for (const row of form.rows)
    for (const column of form.columns) {
      const role = cellRole(form, row.key, column.key);
      const address = at(placement, row.key, column.key);
      if (role.role === 'input') inputs.push({ address, row: row.key, column: column.key, valueKind: role.valueKind });
      if (role.role === 'na') notApplicable.push(address);
      if (role.role !== 'formula') continue;
      if (role.source === 'total' && row.kind === 'total') {
        const cells = row.of.filter((child) => cellRole(form, child, column.key).role !== 'na').map((child) => at(placement, child, column.key));
        const expr = cells.slice(1).reduce<Expr>((sum, a) => ({ type: 'binary', op: '+', left: sum, right: { type: 'ref', first: a } }), { type: 'ref', first: cells[0] as string });
        derived.push({ address, row: row.key, column: column.key, expr, formula: `SUM(${compactList(cells)})` });
      } else if (role.source === 'row' && row.kind === 'percent') {
        const expr = mapRef(row.formula.tree, (ref) => at(placement, ref.first, ref.second ?? column.key));
        derived.push({ address, row: row.key, column: column.key, expr, formula: printExpr(expr, false) });
      } else if (column.kind === 'formula') {
        const expr = mapRef(column.formula.tree, (ref) => (ref.second ? at(placement, ref.first, ref.second) : at(placement, row.key, ref.first)));
        derived.push({ address, row: row.key, column: column.key, expr, formula: printExpr(expr, false) });
      }
    }
  return { inputs, derived, notApplicable };
}

/** Every check the form makes, in the sheet's addresses ("D19<=D18"). Checks on other forms' cells are left out. */
export function placedRules(form: FormDef, placement: Placement): PlacedRule[] {
  return ruleInstances(form)
    .filter((instance) => instance.cells.every((c) => c.form === form.key))
    .map((instance) => {
      const resolve = (ref: Ref) => {
        const cell = instance.bind(ref);
        return at(placement, cell.row, cell.column);
      };
      const left = mapRef(instance.comparison.left, resolve);
      const right = mapRef(instance.comparison.right, resolve);
      return {
        rule: instance.rule.key,
        severity: instance.rule.severity,
        check: `${printExpr(left, false)}${instance.comparison.op}${printExpr(right, false)}`,
        left,
        op: instance.comparison.op,
        right,
        row: instance.anchor.row,
      };
    });
}
