import { parseComparison, parseFormula, refsOf, type Ref } from '../../forms/expression';
import type { FormFile } from '../../forms/schema';

/**
 * After a row or column changed role, what pointed at it may no longer make
 * sense: a total adding a row that is now a heading, a ratio over a row that
 * is gone, a rule comparing a column now kept for notes. Each is mended the
 * least surprising way — the reference dropped, or the row or column made an
 * input — and said, so the person sees every consequence of a click. Mutates
 * `form`; returns the notes, in Vietnamese.
 */
export function pruneReferences(form: FormFile, where: (key: string) => string): string[] {
  const notes: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    const rows = new Map(form.rows.map((r) => [r.key, r]));
    const columns = new Map(form.columns.map((c) => [c.key, c]));
    const valueRow = (k: string) => ['data', 'total'].includes(rows.get(k)?.kind ?? '');
    const numericColumn = (k: string) => ['input', 'formula'].includes(columns.get(k)?.kind ?? '');

    form.rows.forEach((row, i) => {
      if (row.kind === 'total') {
        const of = row.of.filter((k) => valueRow(k) && k !== row.key);
        if (of.length === row.of.length) return;
        changed = true;
        if (of.length > 0) form.rows[i] = { ...row, of };
        else {
          form.rows[i] = { ...baseOf(row), kind: 'data', valueKind: 'count' };
          notes.push(`${where(row.key)} không còn hàng nào để cộng: thành hàng nhập số liệu`);
        }
      } else if (row.kind === 'percent' && !refsOf(parseFormula(row.formula)).every((ref) => ref.form === undefined && ref.second === undefined && valueRow(ref.first))) {
        changed = true;
        form.rows[i] = { ...baseOf(row), kind: 'data', valueKind: 'amount' };
        notes.push(`tỷ lệ ở ${where(row.key)} dùng hàng không còn số liệu: thành hàng nhập số liệu`);
      } else if (row.kind === 'data' && row.inputs) {
        const inputs = row.inputs.filter((k) => columns.get(k)?.kind === 'input');
        if (inputs.length === row.inputs.length) return;
        changed = true;
        // No input column left for the row: it takes them all rather than none (the schema has no empty list).
        form.rows[i] = { ...baseOf(row), kind: 'data', valueKind: row.valueKind, ...(inputs.length > 0 ? { inputs } : {}) };
      }
    });

    form.columns.forEach((column, i) => {
      if (column.kind !== 'formula') return;
      const fine = refsOf(parseFormula(column.formula)).every((ref) => ref.form === undefined && ref.second === undefined && ref.first !== column.key && numericColumn(ref.first));
      if (fine) return;
      changed = true;
      form.columns[i] = { key: column.key, header: column.header, ...(column.group !== undefined ? { group: column.group } : {}), kind: 'input' };
      notes.push(`công thức ${where(column.key)} dùng cột không còn số liệu: thành cột nhập`);
    });

    const known = (ref: Ref) => {
      if (ref.form !== undefined) return true;
      if (ref.second !== undefined) return valueRow(ref.first) && numericColumn(ref.second);
      return rows.has(ref.first) ? valueRow(ref.first) : numericColumn(ref.first);
    };
    const kept: FormFile['rules'] = [];
    for (const rule of form.rules) {
      const check = parseComparison(rule.check);
      const rowList = rule.rows?.filter(valueRow);
      const columnList = rule.columns?.filter(numericColumn);
      if (![...refsOf(check.left), ...refsOf(check.right)].every(known) || rowList?.length === 0 || columnList?.length === 0) {
        changed = true;
        notes.push(`bỏ quy tắc "${rule.hint}" (${rule.check}): nó dùng hàng hoặc cột không còn số liệu`);
        continue;
      }
      if (rowList?.length === rule.rows?.length && columnList?.length === rule.columns?.length) kept.push(rule);
      else {
        changed = true;
        const { key, severity, check: source, hint } = rule;
        kept.push({ key, severity, check: source, hint, ...(rowList ? { rows: rowList } : {}), ...(columnList ? { columns: columnList } : {}) });
      }
    }
    form.rules = kept;
  }
  return notes;
}

/** The fields every row has, whatever its kind. */
function baseOf(row: FormFile['rows'][number]) {
  return { key: row.key, stt: row.stt, label: row.label, ...(row.unit !== undefined ? { unit: row.unit } : {}), level: row.level };
}
