import { columnLetters } from '../a1';
import { LABEL_HEADERS, STT_HEADERS, type TableFrame } from './findTable';
import type { HeaderRows } from './headerRows';
import type { IndexCell } from './indexRow';
import type { SheetView } from './sheetView';
import { clean, fold } from './text';
import type { Finding } from './types';

/**
 * Each column of the table: its header levels (top to leaf) and what it is:
 * STT, label (Nội dung, Chỉ tiêu, Tên đơn vị), ĐVT, Mã số, Ghi chú, a column of
 * figures, a spacer (nothing in it: Word tables pasted into Excel leave them),
 * or part of the column to its left (a label merged across two columns).
 */

export type ColumnKind = 'stt' | 'label' | 'unit' | 'code' | 'note' | 'value' | 'spacer' | 'merged';

export type TableColumn = {
  readonly column: number;
  readonly letter: string;
  kind: ColumnKind;
  readonly header: readonly string[];
  readonly index: IndexCell | undefined;
  /** For a merged column, the column it is part of. */
  into?: number;
};

const norm = (text: string) => fold(text).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
const UNIT_HEADERS = ['dvt', 'd v t', 'don vi tinh', 'dv tinh', 'don vi do'];
const CODE_HEADERS = ['ma so', 'ma', 'ms', 'ma chi tieu', 'ma so chi tieu', 'ma don vi', 'ma dia ban'];

/** Text Word split off the cell above when the table was pasted: "tính" under "Đơn vị", "(6 tháng)" under "Số lượng". */
export const continuesText = (text: string): boolean => /^[(a-zà-ỹđ]/u.test(text.trim());

export function headerLevels(view: SheetView, header: HeaderRows, column: number): string[] {
  const levels: string[] = [];
  let lastMaster = '';
  let lastSingle = false;
  for (let r = header.top; r <= header.bottom; r += 1) {
    const m = view.master(r, column);
    const id = `${m.row},${m.column}`;
    const text = view.text(m.row, m.column);
    if (id === lastMaster || text === '') continue;
    const merge = view.mergeAt(m.row, m.column);
    const single = !merge || merge.left === merge.right;
    if (lastSingle && single && levels.length > 0 && continuesText(text)) levels[levels.length - 1] = `${levels[levels.length - 1]} ${clean(text)}`;
    else levels.push(clean(text));
    lastMaster = id;
    lastSingle = single;
  }
  return levels;
}

/** Whether the header of `column` is the same merged cell(s) as its left neighbour's, all the way down. */
function continuesLeft(view: SheetView, header: HeaderRows, column: number): boolean {
  let any = false;
  for (let r = header.top; r <= header.bottom; r += 1) {
    const m = view.mergeAt(r, column);
    if (m && m.left < column) any = true;
    else if (!view.blank(r, column)) return false;
  }
  return any;
}

type BodyStats = { texts: number; numbers: number; blanks: number; shortTexts: number };

function bodyStats(view: SheetView, column: number, top: number, bottom: number): BodyStats {
  const s: BodyStats = { texts: 0, numbers: 0, blanks: 0, shortTexts: 0 };
  for (let r = top; r <= bottom; r += 1) {
    if (view.formula(r, column) !== undefined || view.number(r, column) !== undefined) s.numbers += 1;
    else {
      const t = view.text(r, column);
      if (t === '' || /^[xX×.…\s-]*$/.test(t)) s.blanks += 1;
      else {
        s.texts += 1;
        if (t.length <= 16) s.shortTexts += 1;
      }
    }
  }
  return s;
}

export function readColumns(
  view: SheetView,
  frame: TableFrame,
  header: HeaderRows,
  body: { top: number; bottom: number },
  index: readonly IndexCell[],
  decisions: Finding[],
): TableColumn[] {
  const columns: TableColumn[] = [];
  for (let c = frame.left; c <= frame.right; c += 1) {
    const levels = headerLevels(view, header, c);
    const letter = columnLetters(c);
    const stats = bodyStats(view, c, body.top, body.bottom);
    const column: TableColumn = { column: c, letter, kind: 'value', header: levels, index: index.find((i) => i.column === c) };
    const previous = columns[columns.length - 1];
    const leaf = norm(levels[levels.length - 1] ?? '');
    const empty = stats.numbers === 0 && stats.texts === 0;
    if (previous && previous.kind !== 'value' && previous.kind !== 'spacer' && continuesLeft(view, header, c)) {
      column.kind = 'merged';
      column.into = previous.into ?? previous.column;
      decisions.push({ at: `cột ${letter}`, reason: `tiêu đề cột ${letter} là phần gộp của cột ${columnLetters(column.into)}: nội dung hai cột được đọc chung` });
    } else if (empty && (levels.length === 0 || (previous !== undefined && continuesLeft(view, header, c)))) {
      column.kind = 'spacer';
      decisions.push({ at: `cột ${letter}`, reason: `cột ${letter} trống cả tiêu đề lẫn nội dung (cột đệm), bỏ qua` });
    } else if (STT_HEADERS.includes(leaf)) column.kind = 'stt';
    else if (UNIT_HEADERS.includes(leaf)) column.kind = 'unit';
    else if (leaf === 'don vi' && stats.texts > 0 && stats.shortTexts >= stats.texts * 0.8 && columns.some((x) => x.kind === 'label')) column.kind = 'unit';
    else if (LABEL_HEADERS.includes(leaf) || /^ten\b/.test(leaf)) column.kind = columns.some((x) => x.kind === 'label') ? 'note' : 'label';
    else if (CODE_HEADERS.includes(leaf)) column.kind = 'code';
    else if (leaf.startsWith('ghi chu')) column.kind = 'note';
    columns.push(column);
  }
  if (!columns.some((c) => c.kind === 'label')) {
    const candidate = columns
      .filter((c) => c.kind === 'value')
      .map((c) => ({ c, stats: bodyStats(view, c.column, body.top, body.bottom) }))
      .find(({ stats }) => stats.texts > stats.numbers);
    if (candidate) {
      candidate.c.kind = 'label';
      decisions.push({ at: `cột ${candidate.c.letter}`, reason: `không có tiêu đề "Nội dung" hay "Chỉ tiêu": cột ${candidate.c.letter} là cột chữ đầu tiên, lấy làm cột nội dung` });
    }
  }
  for (const c of columns) {
    if (c.kind !== 'value') continue;
    const stats = bodyStats(view, c.column, body.top, body.bottom);
    if (stats.texts > 0 && stats.texts > stats.numbers && stats.texts >= 2) {
      c.kind = 'note';
      decisions.push({ at: `cột ${c.letter}`, reason: `cột ${c.letter} (${c.header.join(' / ')}) chứa chữ chứ không phải số: coi là cột ghi chú` });
    }
  }
  return columns;
}

/** The text of a row's label: the label column and the columns merged into it. */
export function labelSpan(columns: readonly TableColumn[]): number[] {
  const label = columns.find((c) => c.kind === 'label');
  if (!label) return [];
  return [label.column, ...columns.filter((c) => c.kind === 'merged' && c.into === label.column).map((c) => c.column)];
}
