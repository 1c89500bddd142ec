import type { Expr } from '../../forms/expression';
import { columnLetters, parseRange } from '../a1';
import { mapRefs, namesOf, printExpr, ratio } from './cellExpr';
import type { DesignTable } from './table';

/**
 * Columns the sheet computes from other columns of the same row: from the
 * formulas already in the sheet (the same arithmetic in every row), else from
 * the index row ("(6)=(4)+(5)", "(5)=(4)/(1)x100"). A ratio is a percent column:
 * its total row is recomputed from the totals, never summed.
 */

const at = (address: string) => {
  const r = parseRange(address);
  return { row: r.top, column: r.left };
};

/** The formula of a cell as arithmetic over the columns of its own row, or undefined when it reads other rows. */
export function sameRowFormula(t: DesignTable, i: number, column: number): Expr | undefined {
  const content = t.content(i, column);
  if (content.kind !== 'formula' || !content.expr) return undefined;
  const row = t.row(i).row;
  const names = namesOf(content.expr);
  if (names.length === 0) return undefined;
  const values = new Set(t.values.map((c) => c.column));
  for (const name of names) {
    const ref = at(name);
    if (ref.row !== row || ref.column === column || !values.has(ref.column)) return undefined;
  }
  return mapRefs(content.expr, (name) => columnLetters(at(name).column));
}

export function resolveColumnFormulas(t: DesignTable): void {
  for (const column of t.values) {
    const found = new Map<string, { expr: Expr; rows: number[] }>();
    for (const i of t.items()) {
      const expr = sameRowFormula(t, i, column.column);
      if (!expr) continue;
      const text = printExpr(expr);
      const entry = found.get(text) ?? { expr, rows: [] };
      entry.rows.push(i);
      found.set(text, entry);
    }
    const ranked = [...found.entries()].sort((a, b) => b[1].rows.length - a[1].rows.length);
    const index = column.index?.formula;
    const head = `cột ${column.letter}`;
    if (ranked.length > 0) {
      const [text, best] = ranked[0] as [string, { expr: Expr; rows: number[] }];
      const r = ratio(best.expr);
      const percent = r !== undefined;
      // A ratio the sheet shows through a "%" number format: the form prints percent figures, so it multiplies by 100.
      const shownAsPercent = r?.scale === 1 && best.rows.some((i) => /%/.test(t.view.numberFormat(t.row(i).row, column.column) ?? ''));
      const expr: Expr = shownAsPercent ? { type: 'binary', op: '*', left: best.expr, right: { type: 'number', value: 100 } } : best.expr;
      t.columnKind.set(column.column, { kind: 'formula', expr, percent });
      if (shownAsPercent) t.scaledColumns.add(column.column);
      if (shownAsPercent)
        t.doubt(head, `cột ${column.letter} tính ${text} và hiện bằng định dạng %; biểu ghi tỷ lệ dạng số phần trăm nên nhân 100 (${printExpr(expr)})`);
      t.decide(head, `cột ${column.letter} ${t.heading(column.column)} được tính bằng ${text} (công thức có sẵn trong sheet, ô ${t.cell(best.rows[0] as number, column.column)})${percent ? '; là cột tỷ lệ' : ''}`);
      for (const [other, entry] of ranked.slice(1))
        t.doubt(
          t.cell(entry.rows[0] as number, column.column),
          `ô ${t.cell(entry.rows[0] as number, column.column)} tính ${other}, khác các ô khác của cột ${column.letter} (${text}): biểu đề xuất dùng một công thức cho cả cột`,
        );
      if (index && printExpr(index) !== text)
        t.doubt(head, `dòng số thứ tự cột ghi ${column.index?.text}, nhưng công thức trong sheet tính ${text}: biểu đề xuất theo công thức trong sheet`);
      continue;
    }
    if (index) {
      const values = new Set(t.values.map((c) => c.letter));
      const wrong = namesOf(index).filter((n) => !values.has(n) || n === column.letter);
      if (wrong.length > 0) {
        t.doubt(head, `dòng số thứ tự cột ghi ${column.index?.text}, nhưng cột ${wrong.join(', ')} không phải cột số liệu: coi cột ${column.letter} là cột nhập`);
        continue;
      }
      const percent = ratio(index) !== undefined;
      t.columnKind.set(column.column, { kind: 'formula', expr: index, percent });
      t.decide(head, `cột ${column.letter} ${t.heading(column.column)} = ${printExpr(index)}, theo dòng số thứ tự cột "${column.index?.text}"${percent ? '; là cột tỷ lệ' : ''}`);
    } else if (column.index?.unread) t.doubt(head, `không đọc được công thức "${column.index.text}" ở dòng số thứ tự cột (${column.index.unread})`);
  }
}
