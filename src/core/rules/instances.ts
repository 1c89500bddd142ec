import { refsOf, type Comparison, type Ref } from '../../forms/expression';
import type { FormDef, RuleDef } from '../../forms/schema';
import { cellRole } from '../cellRoles';

/**
 * A form's rules expanded to the concrete comparisons they make: a rule over
 * columns ("nu <= t2023") once per row it holds in, a rule over rows
 * ("qt_luot_cc <= qt_luot") once per column, a rule over cells once. Both the
 * TypeScript engine and the in-sheet formulas work from these instances, so
 * they check the same things.
 */

export type CellKey = { readonly form: string; readonly row: string; readonly column: string };

export type RuleInstance = {
  readonly rule: RuleDef;
  readonly comparison: Comparison;
  /** Where a reference of the rule points in this instance. */
  readonly bind: (ref: Ref) => CellKey;
  /** The cell the issue is reported on: the first cell of the left side. */
  readonly anchor: CellKey;
  /** Every cell the instance reads, in order of appearance. */
  readonly cells: readonly CellKey[];
};

const numeric = (form: FormDef, row: string, column: string) => {
  const role = cellRole(form, row, column).role;
  return role === 'input' || role === 'formula';
};

export function ruleInstances(form: FormDef): RuleInstance[] {
  return form.rules.flatMap((rule) => instancesOf(form, rule));
}

function instancesOf(form: FormDef, rule: RuleDef): RuleInstance[] {
  const comparison = rule.check.tree;
  const refs = [...refsOf(comparison.left), ...refsOf(comparison.right)];
  const isColumn = (key: string) => form.columns.some((c) => c.key === key);
  const bare = refs.filter((r) => r.second === undefined && r.form === undefined);
  const make = (bind: (ref: Ref) => CellKey): RuleInstance | undefined => {
    const cells = refs.map(bind);
    const local = cells.find((c) => c.form === form.key);
    if (!local || cells.some((c) => c.form === form.key && !numeric(form, c.row, c.column))) return undefined;
    return { rule, comparison, bind, anchor: cells[0] ?? local, cells };
  };
  const cellOf = (ref: Ref): CellKey => ({ form: ref.form ?? form.key, row: ref.first, column: ref.second ?? '' });

  if (bare.length > 0 && bare.every((r) => isColumn(r.first))) {
    // A percent row holds ratios: comparing them as a rule over figures compares two percentages, never what the rule means.
    const rows = rule.rows ?? form.rows.filter((r) => r.kind !== 'percent').map((r) => r.key);
    return rows.flatMap((row) => make((ref) => (ref.second === undefined && ref.form === undefined ? { form: form.key, row, column: ref.first } : cellOf(ref))) ?? []);
  }
  if (bare.length > 0) {
    const columns = rule.columns ?? form.columns.filter((c) => c.kind === 'input').map((c) => c.key);
    return columns.flatMap(
      (column) => make((ref) => (ref.second === undefined && ref.form === undefined ? { form: form.key, row: ref.first, column } : cellOf(ref))) ?? [],
    );
  }
  const single = make(cellOf);
  return single ? [single] : [];
}
