import { parseRange, cellAddress } from '../../../src/core/a1';
import { linear } from '../../../src/core/design/cellExpr';
import { derivedValues, sameValue } from '../../../src/core/design/derivedValues';
import { placedCells, placedRules, type PlacedRule } from '../../../src/core/design/placedCells';
import type { Finding, Placement } from '../../../src/core/design/types';
import type { Expr } from '../../../src/forms/expression';
import type { FormDef } from '../../../src/forms/schema';

/**
 * A design held against the form it should be, cell by cell in the sheet's
 * addresses: the input cells (precision and recall), the derived cells (the
 * same value for the same inputs, however each writes its formula), and the
 * checks (each rule expanded to the comparisons it makes; a check on a total
 * row that its rows' checks already imply counts as neither found nor missed,
 * since a total of parts within their wholes is within the total of wholes).
 */

export type Design = { readonly form: FormDef; readonly placement: Placement };

export type DesignComparison = {
  readonly inputs: { expected: number; found: number; right: number; precision: number; recall: number; missing: string[]; extra: string[] };
  readonly derived: { expected: number; found: number; right: number; missing: string[]; extra: string[]; wrong: string[] };
  readonly rules: { expected: number; found: number; matched: number; missing: string[]; extra: string[] };
};

/** A check as canonical text over addresses: "D19<=D18" and "D18>=D19" read the same. */
export function canonical(rule: Pick<PlacedRule, 'left' | 'op' | 'right'>): string {
  const l = linear({ type: 'binary', op: '-', left: rule.left, right: rule.right } as Expr);
  if (!l) return `${JSON.stringify(rule.left)}${rule.op}${JSON.stringify(rule.right)}`;
  let terms = [...l.terms.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  let op = rule.op;
  if (op === '>=') {
    terms = terms.map(([n, c]) => [n, -c]);
    op = '<=';
  }
  if (op === '=' && (terms[0]?.[1] ?? 0) < 0) terms = terms.map(([n, c]) => [n, -c]);
  const text = terms.map(([n, c]) => (c === 1 ? `+${n}` : c === -1 ? `-${n}` : `${c > 0 ? '+' : ''}${c}*${n}`)).join('');
  return `${text.replace(/^\+/, '')}${op}0`;
}

/** Each check as canonical text; checks on a total row that its rows' checks imply are dropped. */
function checks(design: Design): Set<string> {
  const { inputs, derived } = placedCells(design.form, design.placement);
  const numeric = new Set([...inputs.map((x) => x.address), ...derived.map((x) => x.address)]);
  const rules = placedRules(design.form, design.placement);
  const all = new Map(rules.map((r) => [canonical(r), r]));
  const sheetRow = (key: string) => design.placement.rows.get(key) as number;
  const out = new Set<string>();
  for (const [text, rule] of all) {
    const row = design.form.rows.find((r) => r.key === rule.row);
    const addresses = text.match(/[A-Z]+\d+/g) ?? [];
    const rows = new Set(addresses.map((a) => parseRange(a).top));
    if (row?.kind === 'total' && rows.size === 1 && rows.has(sheetRow(row.key))) {
      const implied = row.of.every((child) => {
        const moved = addresses.map((a) => cellAddress(sheetRow(child), parseRange(a).left));
        if (moved.some((a) => !numeric.has(a))) return true;
        const childText = addresses.reduce((s, a, k) => s.replace(new RegExp(`\\b${a}\\b`, 'g'), `@${k}@`), text).replace(/@(\d+)@/g, (_, k) => moved[Number(k)] as string);
        return all.has(childText);
      });
      if (implied) continue;
    }
    out.add(text);
  }
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function compareDesigns(expected: Design, found: Design): DesignComparison {
  const e = placedCells(expected.form, expected.placement);
  const f = placedCells(found.form, found.placement);
  const eInputs = new Set(e.inputs.map((x) => x.address));
  const fInputs = new Set(f.inputs.map((x) => x.address));
  const right = [...fInputs].filter((a) => eInputs.has(a)).length;

  const eDerived = new Map(e.derived.map((d) => [d.address, d.expr]));
  const fDerived = new Map(f.derived.map((d) => [d.address, d.expr]));
  const seeds = [3, 17, 101];
  const eValues = seeds.map((s) => derivedValues(eDerived, s));
  const fValues = seeds.map((s) => derivedValues(fDerived, s));
  const wrong: string[] = [];
  let derivedRight = 0;
  for (const address of eDerived.keys()) {
    if (!fDerived.has(address)) continue;
    if (seeds.every((_, k) => sameValue((eValues[k] as (a: string) => number)(address), (fValues[k] as (a: string) => number)(address)))) derivedRight += 1;
    else wrong.push(address);
  }

  const eChecks = checks(expected);
  const fChecks = checks(found);
  return {
    inputs: {
      expected: eInputs.size,
      found: fInputs.size,
      right,
      precision: ratio(right, fInputs.size),
      recall: ratio(right, eInputs.size),
      missing: [...eInputs].filter((a) => !fInputs.has(a)),
      extra: [...fInputs].filter((a) => !eInputs.has(a)),
    },
    derived: {
      expected: eDerived.size,
      found: fDerived.size,
      right: derivedRight,
      missing: [...eDerived.keys()].filter((a) => !fDerived.has(a)),
      extra: [...fDerived.keys()].filter((a) => !eDerived.has(a)),
      wrong,
    },
    rules: {
      expected: eChecks.size,
      found: fChecks.size,
      matched: [...fChecks].filter((c) => eChecks.has(c)).length,
      missing: [...eChecks].filter((c) => !fChecks.has(c)),
      extra: [...fChecks].filter((c) => !eChecks.has(c)),
    },
  };
}

/** Whether a doubt names the cell: the cell itself, its row ("hàng 12"), its column ("cột D", "cột D–F"). */
export function mentions(finding: Finding, address: string): boolean {
  const { top, left } = parseRange(address);
  const at = finding.at;
  if (at === address || at === `hàng ${top + 1}`) return true;
  const span = /^cột ([A-Z]+)(?:–([A-Z]+))?$/.exec(at);
  if (span) {
    const from = parseRange(`${span[1]}1`).left;
    const to = parseRange(`${span[2] ?? span[1]}1`).left;
    return left >= from && left <= to;
  }
  return false;
}

/** The cells (and added checks) a comparison found wrong that no doubt names: guesses made silently. */
export function unreportedMistakes(comparison: DesignComparison, uncertain: readonly Finding[]): string[] {
  const cells = [
    ...comparison.inputs.missing,
    ...comparison.inputs.extra,
    ...comparison.derived.missing,
    ...comparison.derived.extra,
    ...comparison.derived.wrong,
  ];
  const out = cells.filter((a) => !uncertain.some((u) => mentions(u, a))).map((a) => `ô ${a}`);
  // A rule the design lacks is a miss, not a guess; a rule it adds that the form does not have must have been said as a doubt.
  for (const check of comparison.rules.extra) {
    const addresses = check.match(/[A-Z]+\d+/g) ?? [];
    if (!addresses.some((a) => uncertain.some((u) => mentions(u, a)))) out.push(`quy tắc ${check}`);
  }
  return out;
}
