import { defineForm } from '../../forms/defineForm';
import { rangeAddress, type GridRange } from '../a1';
import { resolveColumnBreakdowns, resolveRowBreakdowns } from './breakdowns';
import { buildForm } from './buildForm';
import { resolveColumnFormulas } from './columnFormulas';
import { readColumns } from './columns';
import { findTableFrames, type TableFrame } from './findTable';
import { headerRows } from './headerRows';
import { isIndexRow, readIndexRow } from './indexRow';
import { resolveNotApplicable, resolveRemainingRows } from './notApplicable';
import { resolveRatioColumns, resolveRatioRows } from './ratios';
import { reconcile, tryDefine } from './reconcile';
import { columnReports, rowReports } from './reports';
import { resolveRows } from './rowStructure';
import { readRows } from './rows';
import { SheetView } from './sheetView';
import { DesignTable } from './table';
import { readTitleBlock } from './titleBlock';
import { resolveTotalColumns } from './totalColumns';
import type { DesignGrid, FormProposal } from './types';
import { resolveUnitList } from './unitList';
import { resolveWordingRules } from './wordingRules';

/**
 * The form designer: from a sheet (or the range the user selected) as it was
 * received, the forms its tables make, each with the reason for every decision
 * and the list of what it is unsure of. Pure: the hosts read the grid.
 */

export type DesignOptions = {
  /** The form key to give (one table), else "B" + the number written over the table. */
  readonly key?: string | undefined;
  /** The number to use when the sheet writes none ("1", "2"…). */
  readonly fallbackNumber?: string;
};

export function proposeForms(grid: DesignGrid, options: DesignOptions = {}): FormProposal[] {
  const view = new SheetView(grid);
  return findTableFrames(view).flatMap((frame, n) => {
    const proposal = proposeTable(view, frame, { ...options, fallbackNumber: n === 0 ? (options.fallbackNumber ?? '1') : `${options.fallbackNumber ?? '1'}${String.fromCharCode(65 + n)}` });
    return proposal ? [proposal] : [];
  });
}

function proposeTable(view: SheetView, frame: TableFrame, options: DesignOptions): FormProposal | undefined {
  const header = headerRows(view, frame, (row) => isIndexRow(view, row, frame.left, frame.right));
  const indexRow = isIndexRow(view, header.bottom + 1, frame.left, frame.right) ? header.bottom + 1 : undefined;
  const bodyTop = (indexRow ?? header.bottom) + 1;
  if (bodyTop > frame.bottom) return undefined;
  const index = indexRow === undefined ? [] : readIndexRow(view, indexRow, frame.left, frame.right);
  const decisions: { at: string; reason: string }[] = [];
  const columns = readColumns(view, frame, header, { top: bodyTop, bottom: frame.bottom }, index, decisions);
  if (!columns.some((c) => c.kind === 'value')) return undefined;
  const rows = readRows(view, columns, bodyTop, frame.bottom);
  if (!rows.some((r) => r.kind === 'item')) return undefined;
  const titles = readTitleBlock(view, frame);
  const t = new DesignTable(view, frame, header, indexRow, columns, rows, titles.unitNote);
  t.decisions.push(...decisions);
  const range: GridRange = frame;
  t.decide('bảng', `bảng ở ${rangeAddress(range.top, range.left, range.bottom, range.right)}: tiêu đề cột ${header.top === header.bottom ? `hàng ${header.top + 1}` : `hàng ${header.top + 1}–${header.bottom + 1}`}${indexRow !== undefined ? `, dòng số thứ tự cột hàng ${indexRow + 1}` : ''}, số liệu từ hàng ${bodyTop + 1}`);

  resolveColumnFormulas(t);
  resolveRows(t);
  resolveRatioRows(t);
  resolveRemainingRows(t);
  resolveRatioColumns(t);
  resolveTotalColumns(t);
  resolveNotApplicable(t);
  resolveUnitList(t);
  resolveRowBreakdowns(t);
  resolveColumnBreakdowns(t);
  resolveWordingRules(t);

  const built = buildForm(t, titles, { key: options.key, sheetName: view.grid.sheet, fallbackNumber: options.fallbackNumber ?? '1' });
  const placement = {
    rows: new Map([...built.rowKeys].map(([i, key]) => [key, t.row(i).row])),
    columns: new Map([...built.columnKeys].map(([c, key]) => [key, c])),
  };
  const form = tryDefine(t, built.form);
  if (form) reconcile(t, form, placement);
  return {
    sheet: view.grid.sheet,
    range: rangeAddress(range.top, range.left, range.bottom, range.right),
    form: built.form,
    placement,
    columns: columnReports(t, built),
    rows: rowReports(t, built),
    decisions: t.decisions,
    uncertain: t.uncertain,
    texts: titles.texts,
  };
}

/** The proposal's form as the core uses it (expressions parsed), or undefined when it does not validate (a doubt says why). */
export function definedForm(proposal: FormProposal): ReturnType<typeof defineForm> | undefined {
  try {
    return defineForm(proposal.form);
  } catch {
    return undefined;
  }
}
