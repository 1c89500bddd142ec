import type { Expr } from '../../forms/expression';
import { linear } from './cellExpr';
import type { ProposedRule } from './table';

/** The same rule written two ways ("a <= b", "b >= a") has one canonical text: duplicates are dropped by it. */
export function canonicalRule(rule: Pick<ProposedRule, 'op' | 'left' | 'right' | 'scope'>): string {
  const difference: Expr = { type: 'binary', op: '-', left: rule.left, right: rule.right };
  const l = linear(difference);
  if (!l) return `${rule.scope}:${rule.op}:${JSON.stringify(rule.left)}:${JSON.stringify(rule.right)}`;
  let terms = [...l.terms.entries()].sort(([a], [b]) => a.localeCompare(b));
  let op: string = rule.op;
  let constant = l.constant;
  const flip = () => {
    terms = terms.map(([n, c]) => [n, -c]);
    constant = -constant;
  };
  if (op === '>=') {
    flip();
    op = '<=';
  }
  if (op === '=' && (terms[0]?.[1] ?? 0) < 0) flip();
  return `${rule.scope}:${op}:${terms.map(([n, c]) => `${c}*${n}`).join('+')}:${constant}`;
}

/** The "a <= b" pairs already stated (directly, or through a chain of them): a guessed rule that follows from them adds nothing. */
export function implied(rules: readonly ProposedRule[], smaller: string, larger: string): boolean {
  const edges = new Map<string, string[]>();
  for (const r of rules) {
    if (r.left.type !== 'ref' || r.right.type !== 'ref' || r.op === '=') continue;
    const [a, b] = r.op === '<=' ? [r.left.first, r.right.first] : [r.right.first, r.left.first];
    edges.set(a, [...(edges.get(a) ?? []), b]);
  }
  const seen = new Set<string>();
  const stack = [smaller];
  while (stack.length > 0) {
    const x = stack.pop() as string;
    if (x === larger) return true;
    if (seen.has(x)) continue;
    seen.add(x);
    stack.push(...(edges.get(x) ?? []));
  }
  return false;
}

export function addRule(rules: ProposedRule[], rule: ProposedRule): boolean {
  const key = canonicalRule(rule);
  if (rules.some((r) => canonicalRule(r) === key)) return false;
  rules.push(rule);
  return true;
}

const short = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A rule's hint for the Kiểm tra column: short, in the form's own words. */
export const exceedsHint = (part: string, whole: string) => capital(short(`${short(part, 40)} vượt ${short(whole.charAt(0).toLowerCase() + whole.slice(1), 40)}`, 90));
export const sumHint = (whole: string) => short(`Cộng các phần khác ${short(whole, 50)}`, 90);
export const fewerHint = (more: string, fewer: string) => capital(short(`${short(more, 40)} ít hơn ${short(fewer.charAt(0).toLowerCase() + fewer.slice(1), 40)}`, 90));
