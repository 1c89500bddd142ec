import { type Comparison, type Expr, refsOf } from './expression';
import type { Parsed } from './schema';

/**
 * Checks that every formula, total and rule of a form names rows and columns the
 * form has. Runs inside the zod schema, so a broken definition is refused on
 * load with the path of the offending field.
 */

type Issue = { message: string; path: (string | number)[] };
type Context = { addIssue(issue: { code: 'custom'; message: string; path: (string | number)[] }): void };

/** The form as parsed; an expression that did not parse is already reported, and skipped here. */
type Shape = {
  columns: readonly { key: string; kind: string; formula?: Parsed<Expr> | undefined }[];
  rows: readonly {
    key: string;
    kind: string;
    inputs?: readonly string[] | undefined;
    of?: readonly string[] | undefined;
    formula?: Parsed<Expr> | undefined;
  }[];
  rules: readonly { check?: Parsed<Comparison> | undefined; rows?: readonly string[] | undefined; columns?: readonly string[] | undefined }[];
};

export function checkReferences(form: Shape, ctx: Context): void {
  for (const issue of findReferenceIssues(form)) ctx.addIssue({ code: 'custom', ...issue });
}

function findReferenceIssues(form: Shape): Issue[] {
  const issues: Issue[] = [];
  const columns = new Map(form.columns.map((c) => [c.key, c]));
  const rows = new Map(form.rows.map((r) => [r.key, r]));
  const numericColumn = (k: string) => columns.has(k) && columns.get(k)?.kind !== 'note';
  const valueRow = (k: string) => ['data', 'total'].includes(rows.get(k)?.kind ?? '');

  const seen = new Set<string>();
  [...form.columns.map((c, i) => ['columns', i, c.key] as const), ...form.rows.map((r, i) => ['rows', i, r.key] as const)].forEach(
    ([field, i, k]) => {
      if (seen.has(k)) issues.push({ message: `khóa "${k}" bị trùng (hàng và cột phải có khóa riêng)`, path: [field, i, 'key'] });
      seen.add(k);
    },
  );

  form.columns.forEach((column, i) => {
    if (column.formula?.tree === undefined) return;
    for (const ref of refsOf(column.formula.tree)) {
      if (ref.form !== undefined || ref.second !== undefined || !numericColumn(ref.first) || ref.first === column.key)
        issues.push({ message: `công thức cột chỉ được dùng tên các cột số khác, không dùng "${ref.first}"`, path: ['columns', i, 'formula'] });
    }
  });

  form.rows.forEach((row, i) => {
    for (const k of row.inputs ?? [])
      if (columns.get(k)?.kind !== 'input') issues.push({ message: `"${k}" không phải cột nhập liệu`, path: ['rows', i, 'inputs'] });
    for (const k of row.of ?? [])
      if (!valueRow(k) || k === row.key) issues.push({ message: `hàng tổng cộng không thể gồm "${k}"`, path: ['rows', i, 'of'] });
    if (row.formula?.tree === undefined) return;
    for (const ref of refsOf(row.formula.tree))
      if (ref.form !== undefined || ref.second !== undefined || !valueRow(ref.first))
        issues.push({ message: `công thức hàng chỉ được dùng tên các hàng số liệu, không dùng "${ref.first}"`, path: ['rows', i, 'formula'] });
  });

  form.rules.forEach((rule, i) => {
    const path = ['rules', i];
    for (const k of rule.rows ?? []) if (!valueRow(k)) issues.push({ message: `không có hàng số liệu "${k}"`, path: [...path, 'rows'] });
    for (const k of rule.columns ?? []) if (!numericColumn(k)) issues.push({ message: `không có cột số "${k}"`, path: [...path, 'columns'] });
    const comparison = rule.check?.tree;
    if (!comparison) return;
    const local = [...refsOf(comparison.left), ...refsOf(comparison.right)].filter((ref) => ref.form === undefined);
    for (const ref of local) {
      const known = ref.second === undefined ? rows.has(ref.first) || columns.has(ref.first) : valueRow(ref.first) && numericColumn(ref.second);
      if (!known) issues.push({ message: `không có hàng hoặc cột "${[ref.first, ref.second].filter(Boolean).join('.')}"`, path: [...path, 'check'] });
    }
    const bare = local.filter((ref) => ref.second === undefined);
    const bareRows = bare.filter((ref) => rows.has(ref.first)).length;
    const bareColumns = bare.filter((ref) => columns.has(ref.first)).length;
    if (bareRows > 0 && bareColumns > 0)
      issues.push({ message: 'một quy tắc không được trộn tên hàng và tên cột đứng riêng', path: [...path, 'check'] });
  });
  return issues;
}
