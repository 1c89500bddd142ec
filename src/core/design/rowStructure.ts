import { parseRange } from '../a1';
import { linear, namesOf, printExpr, ratio, sumTerms } from './cellExpr';
import { addRule } from './ruleText';
import type { Expr } from '../../forms/expression';
import { rowsAddUp } from './figures';
import { isTotalLabel, subtotalOf } from './rows';
import type { DesignTable } from './table';
import { fold } from './text';

/**
 * Which rows are sums of others, which are section headings, which are ratios
 * of other rows: first from the formulas in the sheet, then from the numbering
 * (a heading over items, when the figures add up or it counts what they count),
 * then from the words ("Tổng số", "Cộng", "Tổng cộng (I+II)").
 */

const sheetRowOf = (name: string) => parseRange(name).top;
const sheetColumnOf = (name: string) => parseRange(name).left;

export function resolveRows(t: DesignTable): void {
  fromFormulas(t);
  fromOutline(t);
  fromTotalLabels(t);
}

function itemAtSheetRow(t: DesignTable, row: number): number | undefined {
  const i = t.rows.findIndex((r) => r.row === row);
  return i >= 0 ? i : undefined;
}

function fromFormulas(t: DesignTable): void {
  for (const i of t.items()) {
    const summed = new Set<number>();
    let evidence: string | undefined;
    const ratios = new Map<string, { formula: Expr; cell: string }>();
    const signed = new Map<string, { terms: [number, number][]; cell: string; source: string }>();
    for (const c of t.values) {
      const content = t.content(i, c.column);
      if (content.kind !== 'formula' || !content.expr) continue;
      const names = namesOf(content.expr);
      if (names.length === 0 || !names.every((n) => sheetColumnOf(n) === c.column && sheetRowOf(n) !== t.row(i).row)) continue;
      const terms = sumTerms(content.expr);
      if (terms) {
        for (const n of terms) {
          const j = itemAtSheetRow(t, sheetRowOf(n));
          if (j === undefined) t.doubt(t.cell(i, c.column), `ô ${t.cell(i, c.column)} cộng ô ${n} nằm ngoài bảng`);
          else if (t.row(j).kind === 'item') summed.add(j);
        }
        evidence ??= `${t.cell(i, c.column)}: ${content.source}`;
        continue;
      }
      const l = linear(content.expr);
      if (l && l.constant === 0 && [...l.terms.values()].every((k) => k === 1 || k === -1)) {
        const terms = [...l.terms.entries()].map(([n, k]) => [itemAtSheetRow(t, sheetRowOf(n)), k] as const);
        if (terms.every(([j]) => j !== undefined && t.row(j).kind === 'item')) {
          const list = terms.map(([j, k]) => [j as number, k] as [number, number]);
          const key = list.map(([j, k]) => `${k}r${j}`).join();
          if (!signed.has(key)) signed.set(key, { terms: list, cell: t.cell(i, c.column), source: content.source });
          t.computedAsRule.add(t.cell(i, c.column));
        }
        continue;
      }
      const r = ratio(content.expr);
      const num = r && sumTerms(r.numerator);
      const den = r && sumTerms(r.denominator);
      if (r && num?.length === 1 && den?.length === 1) {
        const n = itemAtSheetRow(t, sheetRowOf(num[0] as string));
        const d = itemAtSheetRow(t, sheetRowOf(den[0] as string));
        if (n === undefined || d === undefined) continue;
        const formula: Expr = {
          type: 'binary',
          op: '*',
          left: { type: 'binary', op: '/', left: { type: 'ref', first: `r${n}` }, right: { type: 'ref', first: `r${d}` } },
          right: { type: 'number', value: r.scale },
        };
        const key = printExpr(formula);
        if (!ratios.has(key)) ratios.set(key, { formula: r.scale === 1 ? formula.left : formula, cell: t.cell(i, c.column) });
      }
    }
    if (summed.size > 0) {
      const of = [...summed].sort((a, b) => a - b);
      t.rowKind.set(i, { kind: 'total', of });
      t.decide(t.where(i), `${t.describe(i)} là tổng của ${of.map((j) => `hàng ${t.row(j).row + 1}`).join(', ')} (công thức có sẵn, ${evidence})`);
    } else if (signed.size > 0) {
      const [first] = [...signed.values()];
      if (!first) continue;
      t.rowKind.set(i, { kind: 'data' });
      const ref = (j: number): Expr => ({ type: 'ref', first: `r${j}` });
      const right = first.terms.slice(1).reduce<Expr>(
        (e, [j, k]) => ({ type: 'binary', op: k > 0 ? '+' : '-', left: e, right: ref(j) }),
        (first.terms[0] as [number, number])[1] > 0 ? ref((first.terms[0] as [number, number])[0]) : { type: 'binary', op: '-', left: { type: 'number', value: 0 }, right: ref((first.terms[0] as [number, number])[0]) },
      );
      addRule(t.rules, {
        severity: 'error',
        op: '=',
        left: ref(i),
        right,
        scope: 'rows',
        hint: `${t.row(i).label.slice(0, 60)} phải bằng ${first.terms.map(([j, k]) => `${k > 0 ? '+' : '–'} (${t.row(j).stt || t.row(j).row + 1})`).join(' ').replace(/^\+ /, '')}`,
        reason: `${t.describe(i)} tính bằng cộng, trừ các hàng khác`,
      });
      t.decide(
        t.where(i),
        `${t.describe(i)} được sheet tính bằng cộng trừ các hàng khác (${first.cell}: ${first.source}); biểu chỉ tính sẵn được hàng tổng cộng, nên hàng này là hàng nhập với quy tắc "phải bằng"`,
      );
    } else if (ratios.size > 0) {
      const [first] = [...ratios.values()];
      if (!first) continue;
      t.rowKind.set(i, { kind: 'percent', formula: first.formula });
      t.decide(t.where(i), `${t.describe(i)} là hàng tỷ lệ (công thức có sẵn ở ô ${first.cell})`);
      if (ratios.size > 1) t.doubt(t.where(i), `các ô của ${t.describe(i)} tính tỷ lệ khác nhau: biểu đề xuất dùng công thức của ô ${first.cell}`);
    }
  }
}

/** Items directly under row i that are not "Trong đó"/"Chia ra" parts of it. */
function outlineChildren(t: DesignTable, i: number): number[] {
  return t.children(i).filter((j) => t.partOf.get(j)?.whole !== i && !isTotalLabel(t.row(j).label));
}

function allNotApplicable(t: DesignTable, i: number): boolean {
  return t.values.length > 0 && t.values.every((c) => t.content(i, c.column).kind === 'x');
}

/** The fill of cells left blank for figures in rows without children: a form that colours its inputs. */
function inputFill(t: DesignTable): string | undefined {
  const counts = new Map<string, number>();
  for (const i of t.items()) {
    if (t.children(i).length > 0) continue;
    for (const c of t.values) {
      const fill = t.view.fill(t.row(i).row, c.column);
      if (fill && t.content(i, c.column).kind === 'blank') counts.set(fill, (counts.get(fill) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function fromOutline(t: DesignTable): void {
  const fill = inputFill(t);
  for (const i of t.items()) {
    if (t.rowKind.has(i) || isTotalLabel(t.row(i).label)) continue;
    const kids = outlineChildren(t, i);
    if (kids.length === 0 || t.children(i).some((j) => t.partOf.get(j)?.whole === i)) continue;
    const row = t.row(i);
    const verdict = rowsAddUp(t, i, kids);
    const list = kids.map((j) => t.row(j).stt || `hàng ${t.row(j).row + 1}`).join(', ');
    if (verdict === 'adds-up') {
      t.rowKind.set(i, { kind: 'total', of: kids });
      t.decide(t.where(i), `${t.describe(i)} là tổng của các hàng con ${list}: số liệu mẫu trong sheet cộng lại đúng bằng nó`);
    } else if (verdict === 'does-not') {
      t.rowKind.set(i, { kind: 'data' });
      const sameUnit = kids.every((j) => fold(t.row(j).unit) === fold(row.unit));
      if (sameUnit)
        t.doubt(
          t.where(i),
          `${t.describe(i)} có số liệu mẫu khác tổng các hàng con ${list} cùng ĐVT: coi là hàng nhập riêng (các hàng con chỉ là một phần); nếu nó là tổng thì số liệu mẫu bị sai`,
        );
      else t.decide(t.where(i), `${t.describe(i)} có số liệu khác tổng các hàng con ${list}: là hàng nhập riêng, không phải tổng`);
    } else if (allNotApplicable(t, i)) {
      t.rowKind.set(i, { kind: 'section' });
      t.decide(t.where(i), `${t.describe(i)} là mục: mọi ô số đều ghi "x"`);
    } else if (fill && t.values.some((c) => t.view.fill(row.row, c.column) === fill && t.content(i, c.column).kind === 'blank')) {
      t.rowKind.set(i, { kind: 'data' });
      t.decide(t.where(i), `${t.describe(i)} có các ô tô màu nhập liệu như các hàng con: là hàng nhập`);
    } else if (row.unit === '') {
      t.rowKind.set(i, { kind: 'section' });
      t.decide(t.where(i), `${t.describe(i)} là mục: có các hàng con ${list}, không có ĐVT, không có số liệu hay công thức`);
    } else if (kids.every((j) => fold(t.row(j).unit) === fold(row.unit))) {
      t.rowKind.set(i, { kind: 'total', of: kids });
      t.doubt(
        t.where(i),
        `${t.describe(i)} có ĐVT "${row.unit}" như mọi hàng con (${list}) nhưng không có công thức hay số liệu mẫu: đoán là tổng của các hàng con; nếu các hàng con chỉ là một phần thì sửa thành hàng nhập`,
      );
    } else {
      t.rowKind.set(i, { kind: 'data' });
      t.doubt(t.where(i), `${t.describe(i)} có hàng con (${list}) khác ĐVT, không có công thức hay số liệu mẫu: coi là hàng nhập riêng`);
    }
  }
}

function compositionOf(t: DesignTable, i: number): number[] | undefined {
  const m = /\(([^)]*[+][^)]*)\)/.exec(t.row(i).label);
  if (!m) return undefined;
  const tokens = (m[1] as string).split('+').map((s) => s.trim().replace(/[.)]$/, ''));
  const found: number[] = [];
  for (const token of tokens) {
    const matches = t.items().filter((j) => j !== i && t.row(j).outline.token === token);
    const best = matches.sort((a, b) => t.row(a).rank - t.row(b).rank || Math.abs(a - i) - Math.abs(b - i))[0];
    if (best === undefined) return undefined;
    // "Tổng cộng (I+II)" over sections closed by "Cộng I", "Cộng II": the subtotals hold the figures.
    const closing = t.children(best).find((j) => subtotalOf(t.row(j).label) === token.toUpperCase());
    found.push(closing ?? best);
  }
  return found;
}

/** Sections among a total's rows stand for the rows under them (a section has no figures to add). */
function expandSections(t: DesignTable, rows: readonly number[]): { rows: number[]; expanded: boolean } {
  let expanded = false;
  const out: number[] = [];
  for (const j of rows) {
    if (t.kindOf(j) === 'section') {
      expanded = true;
      out.push(...expandSections(t, outlineChildren(t, j)).rows);
    } else out.push(j);
  }
  return { rows: out, expanded };
}

function fromTotalLabels(t: DesignTable): void {
  const items = t.items();
  for (const i of items) {
    if (t.rowKind.has(i) || !isTotalLabel(t.row(i).label)) continue;
    if (t.children(i).some((j) => t.partOf.get(j)?.whole === i)) continue;
    const row = t.row(i);
    let how: string;
    let rows = compositionOf(t, i);
    if (rows) how = `theo nhãn ${row.label}`;
    else if (outlineChildren(t, i).length > 0) {
      rows = outlineChildren(t, i);
      how = 'các hàng ngay dưới nó';
    } else {
      const scope: number[] = [];
      for (const j of items) {
        if (j >= i) break;
        if (t.row(j).parent !== row.parent || t.partOf.has(j)) continue;
        if (t.kindOf(j) === 'total' && isTotalLabel(t.row(j).label)) scope.length = 0;
        else scope.push(j);
      }
      rows = scope;
      how = 'các hàng cùng cấp phía trên';
    }
    if (how.startsWith('theo nhãn'))
      for (const j of rows) {
        if (t.kindOf(j) !== 'section' || outlineChildren(t, j).length === 0) continue;
        t.rowKind.set(j, { kind: 'total', of: outlineChildren(t, j) });
        t.decide(t.where(j), `${t.describe(j)} được cộng vào ${t.describe(i)} nên là tổng của các hàng ngay dưới nó`);
      }
    const { rows: of, expanded } = expandSections(t, rows);
    if (of.length === 0) {
      t.rowKind.set(i, { kind: 'data' });
      t.doubt(t.where(i), `${t.describe(i)} ghi là tổng nhưng không tìm được các hàng nó cộng: để là hàng nhập`);
      continue;
    }
    const verdict = rowsAddUp(t, i, of);
    const list = of.map((j) => `hàng ${t.row(j).row + 1}`).join(', ');
    if (verdict === 'does-not') {
      t.rowKind.set(i, { kind: 'data' });
      t.doubt(t.where(i), `${t.describe(i)} ghi là tổng nhưng số liệu mẫu không bằng tổng của ${list}: để là hàng nhập`);
      continue;
    }
    t.rowKind.set(i, { kind: 'total', of });
    const figures = verdict === 'adds-up' ? '; số liệu mẫu cộng lại khớp' : '';
    t.decide(t.where(i), `${t.describe(i)} là tổng (nhãn "${row.label}") của ${how}: ${list}${figures}`);
    if (expanded) t.doubt(t.where(i), `${t.describe(i)} cộng các mục chỉ có hàng con: biểu đề xuất cộng các hàng ${list}; kiểm tra lại`);
  }
}
