import type { Expr, Ref } from '../../forms/expression';

/**
 * Turns the catalog's arithmetic into Excel formulas that behave like the spec
 * asks of derived cells: blank when their inputs are blank, never #DIV/0!.
 * A pure sum is blank only when every operand is blank (sums skip blanks); any
 * other formula needs all its operands, and a ratio is blank when its divisor is
 * 0 or blank.
 */

export type ResolveRef = (ref: Ref) => string;

function precedence(expr: Expr): number {
  if (expr.type !== 'binary') return 3;
  return expr.op === '+' || expr.op === '-' ? 1 : 2;
}

function render(expr: Expr, resolve: ResolveRef, wrapBlank: boolean): string {
  if (expr.type === 'number') return String(expr.value);
  if (expr.type === 'ref') return wrapBlank ? `N(${resolve(expr)})` : resolve(expr);
  const left = render(expr.left, resolve, wrapBlank);
  let right = render(expr.right, resolve, wrapBlank);
  const leftText = precedence(expr.left) < precedence(expr) ? `(${left})` : left;
  // a-(b+c), a/(b*c): the right operand needs brackets at equal precedence too.
  if (precedence(expr.right) < precedence(expr) || (precedence(expr.right) === precedence(expr) && (expr.op === '-' || expr.op === '/')))
    right = `(${right})`;
  return `${leftText}${expr.op}${right}`;
}

function isPureSum(expr: Expr): boolean {
  if (expr.type === 'binary') return expr.op === '+' && isPureSum(expr.left) && isPureSum(expr.right);
  return expr.type === 'ref';
}

function divisors(expr: Expr): Expr[] {
  if (expr.type !== 'binary') return [];
  const own = expr.op === '/' ? [expr.right] : [];
  return [...divisors(expr.left), ...own, ...divisors(expr.right)];
}

function distinctRefs(expr: Expr, resolve: ResolveRef): string[] {
  const out: string[] = [];
  const visit = (e: Expr) => {
    if (e.type === 'ref') {
      const address = resolve(e);
      if (!out.includes(address)) out.push(address);
    } else if (e.type === 'binary') {
      visit(e.left);
      visit(e.right);
    }
  };
  visit(expr);
  return out;
}

/** "=IF(COUNT(D12,E12)=0,"",N(D12)+N(E12))" and the like. */
export function derivedFormula(expr: Expr, resolve: ResolveRef): string {
  const refs = distinctRefs(expr, resolve);
  const count = `COUNT(${refs.join(',')})`;
  if (isPureSum(expr)) return `=IF(${count}=0,"",${render(expr, resolve, true)})`;
  const guards = [`${count}<${refs.length}`, ...divisors(expr).map((d) => `${render(d, resolve, false)}=0`)];
  const guard = guards.length === 1 ? guards[0] : `OR(${guards.join(',')})`;
  return `=IF(${guard},"",${render(expr, resolve, false)})`;
}

/** A total row's cell: the sum of its children, blank when they all are. */
export function sumFormula(addresses: readonly string[]): string {
  const list = compactList(addresses);
  return `=IF(COUNT(${list})=0,"",SUM(${list}))`;
}

/** "D12,D13,D14,D16" → "D12:D14,D16": consecutive cells of one column become a range. */
export function compactList(addresses: readonly string[]): string {
  const parsed = addresses.map((a) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    return m ? { column: m[1] as string, row: Number(m[2]) } : undefined;
  });
  const parts: string[] = [];
  let i = 0;
  while (i < addresses.length) {
    const start = parsed[i];
    let j = i;
    while (start && parsed[j + 1]?.column === start.column && parsed[j + 1]?.row === (parsed[j]?.row ?? 0) + 1) j += 1;
    parts.push(j > i ? `${addresses[i]}:${addresses[j]}` : (addresses[i] as string));
    i = j + 1;
  }
  return parts.join(',');
}
