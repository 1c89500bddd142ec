import type { Ref } from '../../forms/expression';
import type { FormDef, RowDef } from '../../forms/schema';
import { cellAddress } from '../a1';
import { cellRole, type CellRole } from '../cellRoles';
import { columnIndexOf, rowIndex, type FormGrid } from './grid';
import { derivedFormula, sumFormula } from './excelFormula';
import { heightFor, linesFor } from './measure';
import type { CellSpec, PlanBuilder } from './planBuilder';
import { COLORS, NUMBER_FORMATS, TEXTS } from './texts';

const ROW_HEIGHT = 18;

/** STT, label, ĐVT and every value cell of every row, each by its role. */
/** A summary's input cells: sums over the units' data, and the units' notes joined. */
export type SummaryCells = {
  readonly formula: (row: string, column: string) => string;
  readonly result: (row: string, column: string) => number | undefined;
  readonly note: (row: string, column: string) => string | undefined;
  /** "tổng hợp 12 đơn vị", shown beside the form number. */
  readonly caption: string;
};

export function writeTableBody(plan: PlanBuilder, grid: FormGrid, widths: readonly number[], summary?: SummaryCells): void {
  const { form } = grid;
  for (const row of form.rows) {
    const at = rowIndex(grid, row.key);
    const heading = row.level === 0;
    plan.set(at, grid.sttColumn, { value: row.stt === '' ? null : row.stt, style: { horizontal: 'center', bold: heading } });
    plan.set(at, grid.labelColumn, {
      value: row.label,
      style: { bold: heading, italic: row.level === 2, wrap: true, indent: row.level },
    });
    if (grid.unitColumn !== undefined)
      plan.set(at, grid.unitColumn, { value: row.unit ?? null, style: { horizontal: 'center', bold: heading } });
    for (const column of form.columns)
      plan.set(at, columnIndexOf(grid, column.key), valueCell(form, grid, row, column.key, cellRole(form, row.key, column.key), summary));
    const labelWidth = widths[grid.labelColumn] ?? 40;
    const lines = linesFor(row.label, labelWidth, { indent: row.level, bold: heading });
    // One-line rows get room to breathe: the default height crowds 12 pt Times New Roman.
    plan.height(at, Math.max(ROW_HEIGHT, heightFor(lines)));
  }
}

function valueCell(form: FormDef, grid: FormGrid, row: RowDef, column: string, role: CellRole, summary?: SummaryCells): CellSpec {
  const bold = row.level === 0;
  if (summary && role.role === 'input') {
    const result = summary.result(row.key, column);
    return {
      formula: summary.formula(row.key, column),
      ...(result !== undefined ? { result } : {}),
      numberFormat: NUMBER_FORMATS[role.valueKind],
      style: { horizontal: 'right', fill: COLORS.summary },
    };
  }
  if (summary && role.role === 'text')
    return { value: summary.note(row.key, column) ?? null, numberFormat: NUMBER_FORMATS.text, style: { wrap: true, fill: COLORS.summary } };
  switch (role.role) {
    case 'input':
      return {
        numberFormat: NUMBER_FORMATS[role.valueKind],
        style: { horizontal: 'right', fill: COLORS.input },
        locked: false,
      };
    case 'text':
      return { numberFormat: NUMBER_FORMATS.text, style: { wrap: true, fill: COLORS.input }, locked: false };
    case 'na':
      return { value: TEXTS.na, style: { horizontal: 'center' } };
    case 'blank':
      return {};
    case 'formula':
      return {
        formula: formulaOf(form, grid, row, column, role.source),
        numberFormat: NUMBER_FORMATS[role.valueKind],
        style: { horizontal: 'right', bold },
      };
  }
}

function formulaOf(form: FormDef, grid: FormGrid, row: RowDef, column: string, source: 'column' | 'total' | 'row'): string {
  const at = columnIndexOf(grid, column);
  if (source === 'total' && row.kind === 'total') {
    const children = row.of.filter((child) => cellRole(form, child, column).role !== 'na');
    return sumFormula(children.map((child) => cellAddress(rowIndex(grid, child), at)));
  }
  if (source === 'row' && row.kind === 'percent') {
    // A percent row's names are rows: each is read in this cell's own column.
    const resolve = (ref: Ref) => cellAddress(rowIndex(grid, ref.first), ref.second ? columnIndexOf(grid, ref.second) : at);
    return derivedFormula(row.formula.tree, resolve);
  }
  const definition = form.columns.find((c) => c.key === column);
  if (definition?.kind !== 'formula') throw new Error(`Biểu ${form.key}: cột ${column} không có công thức`);
  const here = rowIndex(grid, row.key);
  const resolve = (ref: Ref) => cellAddress(ref.second ? rowIndex(grid, ref.first) : here, columnIndexOf(grid, ref.second ?? ref.first));
  return derivedFormula(definition.formula.tree, resolve);
}
