import type { Expr } from '../../forms/expression';
import { ratioPairs } from './figures';
import type { DesignTable } from './table';
import { contentWords, fold } from './text';

/**
 * Ratio rows ("Tỷ lệ …", ĐVT "%") and ratio columns ("Tỷ lệ (%)", "So sánh")
 * that the sheet does not compute already: their numerator and denominator
 * from the figures of a filled-in table, else they stay cells to type, said
 * as a doubt (the form cannot compute what the sheet does not show).
 */

const RATIO_WORDS = /^(ty le|ti le|ty suat|ti suat)\b/;
const scaleOf = (text: string) => (/‰|phan nghin/.test(fold(text)) ? 1000 : /\blan\b/.test(fold(text)) ? 1 : 100);

export const isRatioLabel = (label: string, unit: string): boolean => RATIO_WORDS.test(fold(label)) || /^(%|‰)$/.test(unit.trim());
export const isRatioHeader = (header: readonly string[]): boolean => {
  const leaf = fold(header[header.length - 1] ?? '');
  return /\b(ty le|ti le|ty suat|so sanh)\b|%|‰/.test(leaf);
};

const ratioExpr = (numerator: string, denominator: string, scale: number): Expr => {
  const base: Expr = { type: 'binary', op: '/', left: { type: 'ref', first: numerator }, right: { type: 'ref', first: denominator } };
  return scale === 1 ? base : { type: 'binary', op: '*', left: base, right: { type: 'number', value: scale } };
};

/** Pairs that hold in every column (or row) with figures. */
function intersect(lists: { numerator: number; denominator: number }[][]): { numerator: number; denominator: number }[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  return first.filter((p) => rest.every((l) => l.some((q) => q.numerator === p.numerator && q.denominator === p.denominator)));
}

const overlap = (a: string, b: string) => {
  const w = new Set(contentWords(a));
  return contentWords(b).filter((x) => w.has(x)).length;
};

/** "Kỳ báo cáo so với cùng kỳ (%)", "Thực hiện so với kế hoạch": the columns named on each side of "so với". */
function namedRatio(t: DesignTable, header: string, self: number): { numerator: { letter: string; column: number }; denominator: { letter: string; column: number } } | undefined {
  const m = /^(.*?)\bso (?:voi|sanh voi)\b(.*)$/.exec(fold(header).replace(/\(.*?\)/g, ' '));
  if (!m) return undefined;
  const others = t.values.filter((c) => c.column !== self && !isRatioHeader(c.header));
  const best = (text: string) => {
    const wanted = contentWords(text);
    const scored = others.map((c) => ({ c, score: contentWords(c.header.join(' ')).filter((w) => wanted.includes(w)).length })).sort((a, b) => b.score - a.score);
    const [first, second] = scored;
    return first && first.score > 0 && (!second || second.score < first.score) ? first.c : undefined;
  };
  const numerator = best(m[1] as string);
  const denominator = best(m[2] as string);
  return numerator && denominator && numerator !== denominator ? { numerator, denominator } : undefined;
}

export function resolveRatioRows(t: DesignTable): void {
  const items = t.items();
  for (const i of items) {
    if (t.rowKind.has(i)) continue;
    const row = t.row(i);
    if (!isRatioLabel(row.label, row.unit)) continue;
    const scale = scaleOf(`${row.label} ${row.unit}`);
    const candidates = items.filter((j) => j < i && j >= i - 10 && t.kindOf(j) !== 'percent' && t.kindOf(j) !== 'section' && !isRatioLabel(t.row(j).label, t.row(j).unit));
    const lists = t.values.filter((c) => t.figure(i, c.column) !== undefined).map((c) => ratioPairs((x) => t.figure(x, c.column), i, candidates, scale));
    const pairs = intersect(lists);
    if (lists.length > 0 && pairs.length > 0) {
      const best = [...pairs].sort((a, b) => overlap(row.label, t.row(b.numerator).label) - overlap(row.label, t.row(a.numerator).label))[0] as { numerator: number; denominator: number };
      t.rowKind.set(i, { kind: 'percent', formula: ratioExpr(`r${best.numerator}`, `r${best.denominator}`, scale) });
      t.decide(t.where(i), `${t.describe(i)} = ${t.describe(best.numerator)} / ${t.describe(best.denominator)} × ${scale}: số liệu mẫu khớp`);
      if (pairs.length > 1) t.doubt(t.where(i), `số liệu mẫu của ${t.describe(i)} khớp nhiều cặp hàng; biểu đề xuất chọn cặp có lời gần nhất, kiểm tra lại`);
      continue;
    }
    t.rowKind.set(i, { kind: 'data' });
    t.doubt(
      t.where(i),
      `${t.describe(i)} là tỷ lệ nhưng sheet không có công thức, số liệu mẫu không cho biết tử số và mẫu số: để là hàng nhập (số thập phân); nên thay bằng công thức tỷ lệ của hai hàng`,
    );
  }
}

export function resolveRatioColumns(t: DesignTable): void {
  const rows = t.items().filter((i) => t.kindOf(i) === 'data' || t.kindOf(i) === 'total');
  for (const column of t.values) {
    if (t.columnKind.has(column.column) || !isRatioHeader(column.header)) continue;
    const scale = scaleOf(column.header.join(' '));
    const others = t.values.filter((c) => c.column !== column.column && !isRatioHeader(c.header)).map((c) => c.column);
    const lists = rows
      .filter((i) => t.figure(i, column.column) !== undefined)
      .map((i) => ratioPairs((c) => t.figure(i, c), column.column, others, scale));
    const pairs = intersect(lists);
    const head = `cột ${column.letter}`;
    if (lists.length > 0 && pairs.length > 0) {
      const best = pairs[0] as { numerator: number; denominator: number };
      const letter = (c: number) => t.columns.find((x) => x.column === c)?.letter ?? '';
      t.columnKind.set(column.column, { kind: 'formula', expr: ratioExpr(letter(best.numerator), letter(best.denominator), scale), percent: true });
      t.decide(head, `cột ${column.letter} ${t.heading(column.column)} = cột ${letter(best.numerator)} / cột ${letter(best.denominator)} × ${scale}: số liệu mẫu khớp`);
      if (pairs.length > 1) t.doubt(head, `số liệu mẫu của cột ${column.letter} khớp nhiều cặp cột; kiểm tra lại tử số và mẫu số`);
      continue;
    }
    const named = namedRatio(t, column.header.at(-1) ?? '', column.column);
    if (named) {
      t.columnKind.set(column.column, { kind: 'formula', expr: ratioExpr(named.numerator.letter, named.denominator.letter, scale), percent: true });
      t.doubt(
        head,
        `cột ${column.letter} ${t.heading(column.column)} không có công thức: theo lời tiêu đề, đoán là cột ${named.numerator.letter} ${t.heading(named.numerator.column)} / cột ${named.denominator.letter} ${t.heading(named.denominator.column)} × ${scale}`,
      );
      continue;
    }
    t.doubt(
      head,
      `cột ${column.letter} ${t.heading(column.column)} là tỷ lệ nhưng sheet không có công thức, dòng số thứ tự cột không ghi cách tính và không có số liệu mẫu: để là cột nhập; nên ghi công thức (tử số / mẫu số × 100)`,
    );
  }
}
