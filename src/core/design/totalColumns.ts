import type { Expr } from '../../forms/expression';
import { sumExpr } from './cellExpr';
import { columnsAddUp } from './figures';
import { isRatioHeader } from './ratios';
import type { DesignTable } from './table';
import { fold } from './text';

/**
 * A "Tổng số" / "Cộng" column the sheet does not compute: the sum of the
 * columns beside it under the same heading (those before it when it closes
 * them, those after it when it opens them), confirmed by the figures of a
 * filled-in table; without figures it is a guess, said as one.
 */

const TOTAL_HEADER = /^(tong so|tong cong|cong|tong|tong chung|cong chung|cong ca (quy|nam)|ca nam)$/;
export const isTotalHeader = (leaf: string): boolean => TOTAL_HEADER.test(fold(leaf).replace(/\(.*\)/, '').replace(/[^a-z ]+/g, ' ').trim());

const CHANGE_HEADER = /\btang\b.*\bgiam\b|chenh lech/;

export function resolveTotalColumns(t: DesignTable): void {
  const rows = t.items().filter((i) => t.kindOf(i) === 'data');
  const values = t.values;
  for (const column of values) {
    if (t.columnKind.has(column.column) || !CHANGE_HEADER.test(fold(column.header.at(-1) ?? ''))) continue;
    const parent = column.header.slice(0, -1).join('|');
    const before = values.filter((c) => c.column < column.column && c.header.slice(0, -1).join('|') === parent && t.isInputColumn(c.column));
    const [earlier, later] = before.slice(-2);
    if (!earlier || !later) continue;
    const expr: Expr = { type: 'binary', op: '-', left: { type: 'ref', first: later.letter }, right: { type: 'ref', first: earlier.letter } };
    let compared = 0;
    let matches = true;
    for (const i of rows) {
      const [x, a, b] = [t.figure(i, column.column), t.figure(i, later.column), t.figure(i, earlier.column)];
      if (x === undefined || a === undefined || b === undefined) continue;
      compared += 1;
      if (Math.abs(x - (a - b)) > 1e-6 * Math.max(1, Math.abs(x))) matches = false;
    }
    const head = `cột ${column.letter}`;
    if (!matches) {
      t.decide(head, `cột ${column.letter} ${t.heading(column.column)} có số liệu khác hiệu cột ${later.letter} – cột ${earlier.letter}: để là cột nhập`);
      continue;
    }
    t.columnKind.set(column.column, { kind: 'formula', expr, percent: false });
    if (compared > 0) t.decide(head, `cột ${column.letter} ${t.heading(column.column)} = ${later.letter} – ${earlier.letter}: số liệu mẫu khớp`);
    else t.doubt(head, `cột ${column.letter} ${t.heading(column.column)} không có công thức: đoán là cột ${later.letter} trừ cột ${earlier.letter}`);
  }
  for (const column of values) {
    if (t.columnKind.has(column.column) || !isTotalHeader(column.header[column.header.length - 1] ?? '')) continue;
    const parent = column.header.slice(0, -1).join('|');
    const siblings = values.filter((c) => c.header.slice(0, -1).join('|') === parent && c.header.length === column.header.length && !isRatioHeader(c.header));
    const at = siblings.indexOf(column);
    const before = siblings.slice(0, at);
    const after = siblings.slice(at + 1);
    const parts = at === siblings.length - 1 ? before : at === 0 ? after : before;
    const head = `cột ${column.letter}`;
    if (parts.length < 2) continue;
    const letters = parts.map((p) => p.letter);
    const verdict = columnsAddUp(t, column.column, parts.map((p) => p.column), rows);
    if (verdict === 'does-not') {
      t.decide(head, `cột ${column.letter} ${t.heading(column.column)} có số liệu khác tổng các cột ${letters.join(', ')}: để là cột nhập`);
      continue;
    }
    t.columnKind.set(column.column, { kind: 'formula', expr: sumExpr(letters), percent: false });
    if (verdict === 'adds-up') t.decide(head, `cột ${column.letter} ${t.heading(column.column)} = ${letters.join(' + ')}: số liệu mẫu cộng lại khớp`);
    else
      t.doubt(
        head,
        `cột ${column.letter} ${t.heading(column.column)} không có công thức, dòng số thứ tự cột không ghi cách tính: đoán là tổng các cột ${letters.join(', ')} cùng nhóm; nếu là số nhập riêng thì sửa lại`,
      );
  }
}
