import type { Expr } from '../../forms/expression';
import { columnLetters } from '../a1';
import type { SheetView } from './sheetView';

/**
 * The row under the headers that numbers the columns, "(1) (2) … (6)=(4)+(5)"
 * or "A B C 1 2 3=1+2", and the formulas it states. Vietnamese forms write
 * "x" or "×" for times and ":" for divided by. A formula is returned over
 * column letters of the sheet ("F" = "D" + "E").
 */

export type IndexCell = { readonly column: number; readonly token: string; readonly text: string; readonly formula?: Expr; readonly unread?: string };

const CELL = /^\(?\s*([0-9]{1,2}|[A-Za-z])\s*\)?\s*(?:=\s*(.+))?$/;

function cellsOf(view: SheetView, row: number, left: number, right: number): { column: number; text: string }[] {
  const out: { column: number; text: string }[] = [];
  for (let c = left; c <= right; c += 1) {
    if (view.covered(row, c)) continue;
    const text = view.text(row, c);
    if (text !== '') out.push({ column: c, text });
  }
  return out;
}

export function isIndexRow(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = cellsOf(view, row, left, right);
  if (cells.length < 2 || cells.length < (right - left + 1) / 3) return false;
  if (!cells.every((c) => CELL.test(c.text))) return false;
  // Figures 1, 2, 3 in a data row are not an index: an index has a label-free, increasing run.
  const tokens = cells.map((c) => (CELL.exec(c.text) as RegExpExecArray)[1] as string);
  const numbers = tokens.filter((t) => /^\d+$/.test(t)).map(Number);
  return numbers.every((n, i) => i === 0 || n > (numbers[i - 1] as number)) && new Set(tokens).size === tokens.length;
}

export function readIndexRow(view: SheetView, row: number, left: number, right: number): IndexCell[] {
  const cells = cellsOf(view, row, left, right).map((c) => {
    const m = CELL.exec(c.text) as RegExpExecArray;
    return { column: c.column, text: c.text, token: (m[1] as string).toUpperCase(), rhs: m[2] };
  });
  const byToken = new Map(cells.map((c) => [c.token, c.column]));
  return cells.map(({ column, text, token, rhs }) => {
    if (rhs === undefined) return { column, token, text };
    try {
      return { column, token, text, formula: new IndexFormula(rhs, byToken).parse() };
    } catch (error) {
      return { column, token, text, unread: error instanceof Error ? error.message : String(error) };
    }
  });
}

type Tok = { kind: 'col'; token: string } | { kind: 'num'; value: number } | { kind: 'op'; op: string };

class IndexFormula {
  private readonly tokens: Tok[] = [];
  private i = 0;

  constructor(
    source: string,
    private readonly columns: ReadonlyMap<string, number>,
  ) {
    const re = /\s*(?:\(\s*([0-9]{1,2}|[A-Za-z])\s*\)|([0-9]+(?:[.,][0-9]+)?)|([A-WYZa-wyz])(?![A-Za-z])|([-+–−*/:()xX×%]))/y;
    while (re.lastIndex < source.length) {
      if (source.slice(re.lastIndex).trim() === '') break;
      const m = re.exec(source);
      if (!m) throw new Error(`không đọc được "${source}"`);
      if (m[1] !== undefined) this.tokens.push({ kind: 'col', token: m[1].toUpperCase() });
      else if (m[2] !== undefined) {
        const value = Number(m[2].replace(',', '.'));
        const previous = this.tokens[this.tokens.length - 1];
        const afterTimes = previous?.kind === 'op' && ['*', 'x', 'X', '×'].includes(previous.op);
        if (columns.has(m[2]) && !(afterTimes && value >= 100)) this.tokens.push({ kind: 'col', token: m[2] });
        else this.tokens.push({ kind: 'num', value });
      } else if (m[3] !== undefined) this.tokens.push({ kind: 'col', token: m[3].toUpperCase() });
      else if (m[4] !== '%') this.tokens.push({ kind: 'op', op: m[4] as string });
    }
  }

  parse(): Expr {
    const e = this.sum();
    if (this.i < this.tokens.length) throw new Error('thừa ký tự');
    return e;
  }

  private op(...ops: string[]): string | undefined {
    const t = this.tokens[this.i];
    return t?.kind === 'op' && ops.includes(t.op) ? t.op : undefined;
  }

  private sum(): Expr {
    let left = this.product();
    for (let op = this.op('+', '-', '–', '−'); op; op = this.op('+', '-', '–', '−')) {
      this.i += 1;
      left = { type: 'binary', op: op === '+' ? '+' : '-', left, right: this.product() };
    }
    return left;
  }

  private product(): Expr {
    let left = this.factor();
    for (let op = this.op('*', 'x', 'X', '×', '/', ':'); op; op = this.op('*', 'x', 'X', '×', '/', ':')) {
      this.i += 1;
      left = { type: 'binary', op: op === '/' || op === ':' ? '/' : '*', left, right: this.factor() };
    }
    return left;
  }

  private factor(): Expr {
    const t = this.tokens[this.i];
    this.i += 1;
    if (!t) throw new Error('công thức dừng giữa chừng');
    if (t.kind === 'num') return { type: 'number', value: t.value };
    if (t.kind === 'col') {
      const column = this.columns.get(t.token);
      if (column === undefined) throw new Error(`không có cột (${t.token})`);
      return { type: 'ref', first: columnLetters(column) };
    }
    if (t.op === '(') {
      const inner = this.sum();
      if (!this.op(')')) throw new Error('thiếu ")"');
      this.i += 1;
      return inner;
    }
    throw new Error(`không chờ "${t.op}"`);
  }
}
