import type { Expr } from '../../forms/expression';
import { cellAddress, columnIndex } from '../a1';

/**
 * A formula found in the sheet, reduced to the arithmetic it computes over
 * cells: "=IF(COUNT(D12,E12)=0,"",N(D12)+N(E12))" is D12 + E12, "=SUM(D11:D15)"
 * is D11 + … + D15, "=IF(E10=0,"",F10/E10*100)" is F10 / E10 * 100. The guards
 * a careful form puts around a value (IF(…,"",x), IFERROR, N, ROUND) are looked
 * through; anything else (lookups, text, other sheets) is named as unknown.
 * References are cell addresses ("D12") in the tree's `first`.
 */

export type SheetReading = { readonly expr: Expr } | { readonly unknown: string };

type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'other'; what: string }
  | { t: 'ref'; row: number; col: number; sheet?: string }
  | { t: 'range'; top: number; left: number; bottom: number; right: number; sheet?: string }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'neg'; e: Node }
  | { t: 'pct'; e: Node };

type Token = { k: 'num' | 'str' | 'ref' | 'fn' | 'op' | 'name' | 'err'; v: string; sheet?: string };

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()|([A-Za-z_][A-Za-z0-9_.]*)|(#[A-Z0-9/!?]+)|(<=|>=|<>|[-+*/^&=<>%(),;:]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (source.slice(TOKEN.lastIndex).trim() === '') break;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`ký tự không đọc được ở vị trí ${TOKEN.lastIndex + 1}`);
    if (m[1] !== undefined) tokens.push({ k: 'str', v: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ k: 'ref', v: m[3].replace(/\$/g, '').toUpperCase(), ...(m[2] ? { sheet: m[2].slice(0, -1) } : {}) });
    else if (m[4] !== undefined) tokens.push({ k: 'num', v: m[4] });
    else if (m[5] !== undefined) tokens.push({ k: 'fn', v: m[5].toUpperCase().replace(/^_XLFN\./, '') });
    else if (m[6] !== undefined) tokens.push({ k: 'name', v: m[6] });
    else if (m[7] !== undefined) tokens.push({ k: 'err', v: m[7] });
    else tokens.push({ k: 'op', v: m[8] as string });
  }
  return tokens;
}

const refOf = (text: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(text) as RegExpExecArray;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
};

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.i < this.tokens.length) throw new Error(`thừa "${this.tokens[this.i]?.v}"`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(...ops: string[]): string | undefined {
    const t = this.peek();
    return t?.k === 'op' && ops.includes(t.v) ? t.v : undefined;
  }

  /** Excel binary operators bind left to right, each level tighter than the one before: comparison, &, + and -, * and /, ^. */
  private leftToRight(ops: readonly string[], next: () => Node): Node {
    let l = next();
    for (let op = this.isOp(...ops); op; op = this.isOp(...ops)) {
      this.i += 1;
      l = { t: 'bin', op, l, r: next() };
    }
    return l;
  }

  private comparison(): Node {
    return this.leftToRight(['=', '<>', '<', '>', '<=', '>='], () => this.concat());
  }

  private concat(): Node {
    return this.leftToRight(['&'], () => this.additive());
  }

  private additive(): Node {
    return this.leftToRight(['+', '-'], () => this.term());
  }

  private term(): Node {
    return this.leftToRight(['*', '/'], () => this.power());
  }

  private power(): Node {
    return this.leftToRight(['^'], () => this.unary());
  }

  private unary(): Node {
    if (this.isOp('-')) {
      this.i += 1;
      return { t: 'neg', e: this.unary() };
    }
    if (this.isOp('+')) {
      this.i += 1;
      return this.unary();
    }
    let e = this.primary();
    while (this.isOp('%')) {
      this.i += 1;
      e = { t: 'pct', e };
    }
    return e;
  }

  private primary(): Node {
    const t = this.peek();
    if (!t) throw new Error('công thức chưa kết thúc');
    this.i += 1;
    if (t.k === 'num') return { t: 'num', v: Number(t.v) };
    if (t.k === 'str') return { t: 'str', v: t.v };
    if (t.k === 'err') return { t: 'other', what: t.v };
    if (t.k === 'name') return { t: 'other', what: /^(TRUE|FALSE)$/i.test(t.v) ? t.v.toUpperCase() : `tên "${t.v}"` };
    if (t.k === 'ref') {
      const start = refOf(t.v);
      const sheet = t.sheet !== undefined ? { sheet: t.sheet } : {};
      if (this.isOp(':') && this.tokens[this.i + 1]?.k === 'ref') {
        const end = refOf((this.tokens[this.i + 1] as Token).v);
        this.i += 2;
        return {
          t: 'range',
          top: Math.min(start.row, end.row),
          left: Math.min(start.col, end.col),
          bottom: Math.max(start.row, end.row),
          right: Math.max(start.col, end.col),
          ...sheet,
        };
      }
      return { t: 'ref', ...start, ...sheet };
    }
    if (t.k === 'fn') {
      if (!this.isOp('(')) throw new Error(`thiếu "(" sau ${t.v}`);
      this.i += 1;
      const args: Node[] = [];
      if (this.isOp(')')) {
        this.i += 1;
        return { t: 'call', name: t.v, args };
      }
      for (;;) {
        args.push(this.isOp(',', ';') ? { t: 'str', v: '' } : this.comparison());
        if (this.isOp(',', ';')) {
          this.i += 1;
          continue;
        }
        if (this.isOp(')')) {
          this.i += 1;
          return { t: 'call', name: t.v, args };
        }
        throw new Error(`thiếu ")" sau các đối số của ${t.v}`);
      }
    }
    if (t.k === 'op' && t.v === '(') {
      const inner = this.comparison();
      if (!this.isOp(')')) throw new Error('thiếu ")"');
      this.i += 1;
      return inner;
    }
    throw new Error(`không chờ "${t.v}" ở đây`);
  }
}

const ref = (row: number, col: number): Expr => ({ type: 'ref', first: cellAddress(row, col) });
const binary = (op: '+' | '-' | '*' | '/', left: Expr, right: Expr): Expr => ({ type: 'binary', op, left, right });

/** Functions that return their first argument's value for a figure. */
const TRANSPARENT = new Set(['N', 'VALUE', 'ROUND', 'ROUNDUP', 'ROUNDDOWN', 'IFERROR', 'FIXED']);

class Unknown extends Error {}

function sumOf(terms: Expr[]): Expr {
  if (terms.length === 0) return { type: 'number', value: 0 };
  return terms.slice(1).reduce((sum, t) => binary('+', sum, t), terms[0] as Expr);
}

function cellsOf(node: Node): Expr[] {
  if (node.t === 'range') {
    if (node.sheet !== undefined) throw new Unknown(`lấy số từ sheet "${node.sheet}"`);
    const out: Expr[] = [];
    for (let r = node.top; r <= node.bottom; r += 1) for (let c = node.left; c <= node.right; c += 1) out.push(ref(r, c));
    return out;
  }
  return [reduce(node)];
}

const isEmptyText = (node: Node | undefined) => node === undefined || (node.t === 'str' && node.v === '');

function reduce(node: Node): Expr {
  switch (node.t) {
    case 'num':
      return { type: 'number', value: node.v };
    case 'ref':
      if (node.sheet !== undefined) throw new Unknown(`lấy số từ sheet "${node.sheet}"`);
      return ref(node.row, node.col);
    case 'neg':
      return binary('-', { type: 'number', value: 0 }, reduce(node.e));
    case 'pct':
      return binary('/', reduce(node.e), { type: 'number', value: 100 });
    case 'bin':
      if (node.op === '+' || node.op === '-' || node.op === '*' || node.op === '/') return binary(node.op, reduce(node.l), reduce(node.r));
      throw new Unknown(`phép "${node.op}"`);
    case 'call': {
      if (node.name === 'SUM') return sumOf(node.args.flatMap(cellsOf));
      if (node.name === 'IF') {
        const [, yes, no] = node.args;
        if (isEmptyText(yes) && no) return reduce(no);
        if (isEmptyText(no) && yes) return reduce(yes);
        if (yes && no && yes.t === 'num' && yes.v === 0) return reduce(no);
        if (yes && no && no.t === 'num' && no.v === 0) return reduce(yes);
        throw new Unknown('hàm IF chọn giữa hai giá trị');
      }
      if (TRANSPARENT.has(node.name) && node.args[0]) return reduce(node.args[0]);
      throw new Unknown(`hàm ${node.name}`);
    }
    case 'range':
      throw new Unknown('một vùng ô đứng ngoài hàm SUM');
    case 'str':
      throw new Unknown('chữ');
    case 'other':
      throw new Unknown(node.what);
  }
}

/** The arithmetic a formula of the sheet computes, or why it cannot be read as such. */
export function readSheetFormula(formula: string): SheetReading {
  try {
    const node = new Parser(tokenize(formula.replace(/^=/, ''))).parse();
    return { expr: reduce(node) };
  } catch (error) {
    if (error instanceof Unknown) return { unknown: `công thức dùng ${error.message}` };
    return { unknown: `không đọc được công thức (${error instanceof Error ? error.message : String(error)})` };
  }
}
