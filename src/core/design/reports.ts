import type { BuiltForm } from './buildForm';
import type { DesignTable } from './table';
import type { ColumnReport, ColumnRole, RowReport } from './types';

/** What the designer saw, column by column and row by row, in the sheet's own numbering. */
export function columnReports(t: DesignTable, built: BuiltForm): ColumnReport[] {
  return t.columns.map((c) => {
    const key = built.columnKeys.get(c.column);
    const file = built.form.columns.find((x) => x.key === key);
    let role: ColumnRole;
    if (c.kind === 'value') role = file?.kind === 'formula' ? (file.percent ? 'percent' : 'formula') : 'input';
    else role = c.kind;
    return { column: c.letter, role, header: [...c.header], ...(key !== undefined ? { key } : {}) };
  });
}

export function rowReports(t: DesignTable, built: BuiltForm): RowReport[] {
  const reports: RowReport[] = [];
  for (let r = t.header.top; r <= t.header.bottom; r += 1) reports.push({ row: r + 1, role: 'header', stt: '', label: '', parent: null });
  if (t.indexRow !== undefined) reports.push({ row: t.indexRow + 1, role: 'index', stt: '', label: '', parent: null });
  t.rows.forEach((row, i) => {
    const key = built.rowKeys.get(i);
    const file = built.form.rows.find((x) => x.key === key);
    const resolution = t.rowKind.get(i);
    let role: RowReport['role'] = row.kind === 'item' ? 'data' : row.kind;
    if (file) role = file.kind === 'data' && resolution?.kind === 'data' && resolution.unitRow ? 'unit' : file.kind;
    const parent = row.parent === undefined ? null : t.row(row.parent).row + 1;
    reports.push({ row: row.row + 1, role, stt: row.stt, label: row.label, parent, ...(key !== undefined ? { key } : {}) });
  });
  return reports;
}
