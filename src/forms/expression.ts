/**
 * The small arithmetic language that form definitions use for column formulas,
 * percent rows and rules: `p1 + p2`, `don_gq / don_tq * 100`,
 * `cb_khoi.t2023 >= tc_khoi.t2023`, `B1:qt_luot.p1 <= B3A:dt_nguoi.p1`.
 *
 * A bare name is a row or a column of the form (keys are unique within a form);
 * `row.col` names one cell; `FORM:row.col` names a cell of another form.
 * Parsing knows nothing of forms: names are resolved by the caller.
 */

export type Ref = {
  readonly type: 'ref';
  readonly form?: string;
  readonly first: string;
  readonly second?: string;
};

export type Expr =
  | { readonly type: 'number'; readonly value: number }
  | Ref
  | {
      readonly type: 'binary';
      readonly op: '+' | '-' | '*' | '/';
      readonly left: Expr;
      readonly right: Expr;
    };

export type ComparisonOp = '<=' | '>=' | '=';

export type Comparison = {
  readonly op: ComparisonOp;
  readonly left: Expr;
  readonly right: Expr;
};

export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
  constructor(
    readonly source: string,
    readonly position: number,
    reason: string,
  ) {
    super(`"${source}", vị trí ${position + 1}: ${reason}`);
  }
}

type Token =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'name'; text: string; at: number }
  | { kind: 'symbol'; text: string; at: number };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z][A-Za-z0-9_]*)|(<=|>=|[-+*/().:=]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const rest = source.slice(TOKEN.lastIndex);
    // Where the next token starts, past any spaces: an error points at the character, not the space before it.
    const at = source.length - rest.trimStart().length;
    if (at === source.length) break;
    const match = TOKEN.exec(source);
    if (!match) throw new ExpressionError(source, at, 'ký tự không hợp lệ');
    if (match[1] !== undefined) tokens.push({ kind: 'number', value: Number(match[1]), at });
    else if (match[2] !== undefined) tokens.push({ kind: 'name', text: match[2], at });
    else tokens.push({ kind: 'symbol', text: match[3] ?? '', at });
  }
  return tokens;
}

class Parser {
  private index = 0;
  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
  ) {}

  comparison(): Comparison {
    const left = this.expression();
    const op = this.peekSymbol();
    if (op !== '<=' && op !== '>=' && op !== '=') this.fail('cần một phép so sánh <=, >= hoặc =');
    this.index += 1;
    const right = this.expression();
    this.end();
    return { op, left, right };
  }

  formula(): Expr {
    const expr = this.expression();
    this.end();
    return expr;
  }

  private expression(): Expr {
    let left = this.term();
    for (let op = this.peekSymbol(); op === '+' || op === '-'; op = this.peekSymbol()) {
      this.index += 1;
      left = { type: 'binary', op, left, right: this.term() };
    }
    return left;
  }

  private term(): Expr {
    let left = this.factor();
    for (let op = this.peekSymbol(); op === '*' || op === '/'; op = this.peekSymbol()) {
      this.index += 1;
      left = { type: 'binary', op, left, right: this.factor() };
    }
    return left;
  }

  private factor(): Expr {
    const token = this.tokens[this.index];
    if (!token) return this.fail('biểu thức chưa kết thúc');
    if (token.kind === 'number') {
      this.index += 1;
      return { type: 'number', value: token.value };
    }
    if (token.kind === 'symbol' && token.text === '(') {
      this.index += 1;
      const inner = this.expression();
      this.expectSymbol(')');
      return inner;
    }
    if (token.kind === 'name') return this.reference(token.text);
    return this.fail(`không chờ "${token.text}" ở đây`);
  }

  private reference(firstName: string): Ref {
    this.index += 1;
    let form: string | undefined;
    let first = firstName;
    if (this.peekSymbol() === ':') {
      this.index += 1;
      form = firstName;
      first = this.name();
      this.expectSymbol('.');
      return { type: 'ref', form, first, second: this.name() };
    }
    if (this.peekSymbol() === '.') {
      this.index += 1;
      return { type: 'ref', first, second: this.name() };
    }
    return { type: 'ref', first };
  }

  private name(): string {
    const token = this.tokens[this.index];
    if (token?.kind !== 'name') return this.fail('cần một tên hàng hoặc cột');
    this.index += 1;
    return token.text;
  }

  private peekSymbol(): string | undefined {
    const token = this.tokens[this.index];
    return token?.kind === 'symbol' ? token.text : undefined;
  }

  private expectSymbol(text: string): void {
    if (this.peekSymbol() !== text) this.fail(`cần "${text}"`);
    this.index += 1;
  }

  private end(): void {
    if (this.index < this.tokens.length) this.fail('thừa ký tự ở cuối');
  }

  private fail(reason: string): never {
    const at = this.tokens[this.index]?.at ?? this.source.length;
    throw new ExpressionError(this.source, at, reason);
  }
}

export function parseFormula(source: string): Expr {
  return new Parser(source, tokenize(source)).formula();
}

export function parseComparison(source: string): Comparison {
  return new Parser(source, tokenize(source)).comparison();
}

/** Every reference in an expression, left to right. */
export function refsOf(expr: Expr): Ref[] {
  if (expr.type === 'ref') return [expr];
  if (expr.type === 'binary') return [...refsOf(expr.left), ...refsOf(expr.right)];
  return [];
}
