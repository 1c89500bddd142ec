import type { ColumnRole, Finding, FormProposal, RowRole } from '../../core/design/types';
import type { FormFile } from '../../forms/schema';
import { columnChoiceOf, rowChoiceOf, type ColumnChoice, type DesignEdit, type Designed, type RowChoice } from './edits';

/**
 * The proposal as the designer tab shows it: what it is unsure of first,
 * then every column and every row of the table with the role it has in the
 * designed form, its formula in the sheet's own words ("= cột F + cột H"),
 * the reasons the designer gave, and the rules with theirs.
 */

export type OutlineDoubt = Finding & {
  /** The row or column the doubt is about has been given a role by hand since. */
  readonly settled: boolean;
};

export type OutlineColumn = {
  readonly column: string;
  readonly header: string;
  /** What the designer read it as, in words. */
  readonly read: string;
  /** The role it has in the designed form; undefined for a column that is not a figure column (STT, Nội dung, ĐVT…). */
  readonly choice: ColumnChoice | undefined;
  readonly choices: readonly ColumnChoice[];
  readonly formula: string | undefined;
  readonly reasons: readonly string[];
  readonly doubts: readonly string[];
  readonly edited: boolean;
};

export type OutlineRow = {
  readonly row: number;
  readonly stt: string;
  readonly label: string;
  readonly read: string;
  /** Undefined for the table's header rows. */
  readonly choice: RowChoice | undefined;
  readonly choices: readonly RowChoice[];
  readonly formula: string | undefined;
  readonly reasons: readonly string[];
  readonly doubts: readonly string[];
  readonly edited: boolean;
};

export type OutlineRule = { readonly key: string; readonly hint: string; readonly severity: 'error' | 'warning'; readonly check: string; readonly reasons: readonly string[] };

export type Outline = {
  readonly doubts: readonly OutlineDoubt[];
  /** Decisions about the table as a whole ("bảng", "số biểu"…). */
  readonly general: readonly Finding[];
  readonly columns: readonly OutlineColumn[];
  readonly rows: readonly OutlineRow[];
  readonly rules: readonly OutlineRule[];
};

export const ROW_CHOICES: Readonly<Record<RowChoice, string>> = {
  input: 'Nhập số liệu',
  total: 'Tổng các hàng con',
  section: 'Mục (không có số)',
  percent: 'Tỷ lệ (công thức đề xuất)',
  ignore: 'Bỏ qua',
};

export const COLUMN_CHOICES: Readonly<Record<ColumnChoice, string>> = {
  input: 'Cột nhập số liệu',
  total: 'Tổng các cột nhập bên phải',
  formula: 'Công thức đề xuất',
  note: 'Ghi chú (chữ)',
  ignore: 'Bỏ qua',
};

const ROW_READ: Readonly<Record<RowRole, string>> = {
  header: 'tiêu đề cột',
  index: 'dòng số thứ tự cột',
  section: 'mục',
  data: 'hàng nhập số liệu',
  unit: 'hàng của một đơn vị',
  total: 'hàng tổng',
  percent: 'hàng tỷ lệ',
  marker: 'dòng chữ "Trong đó"',
  spacer: 'dòng trống',
  placeholder: 'dòng để trống cho đơn vị thêm',
};

const COLUMN_READ: Readonly<Record<ColumnRole, string>> = {
  stt: 'STT',
  label: 'nội dung',
  unit: 'đơn vị tính',
  code: 'mã số',
  note: 'ghi chú',
  input: 'cột nhập số liệu',
  formula: 'cột công thức',
  percent: 'cột tỷ lệ (%)',
  spacer: 'cột trống',
  merged: 'gộp với cột bên trái',
};

const ROW_OPTIONS: readonly RowChoice[] = ['input', 'total', 'section', 'ignore'];
const COLUMN_OPTIONS: readonly ColumnChoice[] = ['input', 'total', 'note', 'ignore'];

/** "lop_5t <= lop_mg" → "hàng 13 ≤ hàng 12": an expression over keys in the sheet's own words. */
export function inSheetWords(source: string, words: (key: string) => string | undefined): string {
  return source
    .replace(/\b([a-z][a-z0-9_]*)(?:\.([a-z][a-z0-9_]*))?\b/g, (whole, first: string, second: string | undefined) => {
      const a = words(first);
      if (a === undefined) return whole;
      const b = second === undefined ? undefined : words(second);
      return second === undefined ? a : `${a}, ${b ?? second}`;
    })
    .replace(/<=/g, '≤')
    .replace(/>=/g, '≥')
    .replace(/\*/g, '×');
}

const about = (findings: readonly Finding[], at: string) => findings.filter((f) => f.at === at).map((f) => f.reason);

export function buildOutline(proposal: FormProposal, designed: Designed, edits: readonly DesignEdit[]): Outline {
  const form: FormFile = designed.form;
  const letterOf = new Map([...designed.columnKeys].map(([letter, key]) => [key, letter]));
  const words = (key: string) => {
    const row = designed.placement.rows.get(key);
    if (row !== undefined) return `hàng ${row + 1}`;
    const letter = letterOf.get(key);
    return letter === undefined ? undefined : `cột ${letter}`;
  };
  const editedRows = new Set(edits.flatMap((e) => (e.kind === 'row' ? [e.row] : [])));
  const editedColumns = new Set(edits.flatMap((e) => (e.kind === 'column' ? [e.column] : [])));
  const settled = (at: string) => {
    const row = /^hàng (\d+)$/.exec(at);
    if (row) return editedRows.has(Number(row[1]));
    const column = /^cột ([A-Z]+)$/.exec(at);
    return column ? editedColumns.has(column[1] as string) : false;
  };

  const columns = proposal.columns.map((c): OutlineColumn => {
    const key = designed.columnKeys.get(c.column);
    const original = proposal.form.columns.find((x) => x.key === key);
    const def = form.columns.find((x) => x.key === key);
    return {
      column: c.column,
      header: c.header.join(' › '),
      read: COLUMN_READ[c.role],
      choice: original ? columnChoiceOf(form, proposal.form, key) : undefined,
      choices: original ? [...COLUMN_OPTIONS.slice(0, 2), ...(original.kind === 'formula' ? (['formula'] as const) : []), ...COLUMN_OPTIONS.slice(2)] : [],
      formula: def?.kind === 'formula' ? `= ${inSheetWords(def.formula, words)}` : undefined,
      reasons: about(proposal.decisions, `cột ${c.column}`),
      doubts: about(proposal.uncertain, `cột ${c.column}`),
      edited: editedColumns.has(c.column),
    };
  });

  const rows = proposal.rows.map((r): OutlineRow => {
    const editable = r.role !== 'header' && r.role !== 'index';
    const key = designed.rowKeys.get(r.row);
    const original = proposal.form.rows.find((x) => x.key === key);
    const def = form.rows.find((x) => x.key === key);
    let formula: string | undefined;
    if (def?.kind === 'total') formula = `= ${def.of.map((k) => words(k) ?? k).join(' + ')}`;
    else if (def?.kind === 'percent') formula = `= ${inSheetWords(def.formula, words)}`;
    return {
      row: r.row,
      stt: r.stt,
      label: r.label,
      read: ROW_READ[r.role],
      choice: editable ? rowChoiceOf(form, key) : undefined,
      choices: editable ? [...ROW_OPTIONS.slice(0, 3), ...(original?.kind === 'percent' ? (['percent'] as const) : []), ...ROW_OPTIONS.slice(3)] : [],
      formula,
      reasons: about(proposal.decisions, `hàng ${r.row}`),
      doubts: about(proposal.uncertain, `hàng ${r.row}`),
      edited: editedRows.has(r.row),
    };
  });

  // A rule's reasons are the decisions about the rows or columns it compares that say "quy tắc".
  const rules = form.rules.map((rule): OutlineRule => {
    const places = [...new Set((rule.check.match(/[a-z][a-z0-9_]*/g) ?? []).map(words).filter((w): w is string => w !== undefined))];
    const reasons = proposal.decisions.filter((d) => places.includes(d.at) && /^quy tắc/.test(d.reason)).map((d) => d.reason);
    return { key: rule.key, hint: rule.hint, severity: rule.severity, check: inSheetWords(rule.check, words), reasons };
  });

  const general = proposal.decisions.filter((d) => !/^(hàng|cột) /.test(d.at));
  const doubts = proposal.uncertain.map((u) => ({ ...u, settled: settled(u.at) }));
  return { doubts, general, columns, rows, rules };
}
