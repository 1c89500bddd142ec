import { namesOf } from './cellExpr';
import type { DesignTable } from './table';

/**
 * Rows not yet resolved are rows to fill (or, with "x" in every cell, a
 * heading); "x" in an input cell says the figure does not apply to that row
 * (the row's `inputs` leave the column out). An "x" the form would not put
 * there, or text where a figure goes, is a doubt.
 */
export function resolveRemainingRows(t: DesignTable): void {
  for (const i of t.items()) {
    if (t.rowKind.has(i)) continue;
    const inputs = t.values.filter((c) => t.isInputColumn(c.column));
    if (inputs.length > 0 && inputs.every((c) => t.content(i, c.column).kind === 'x')) {
      t.rowKind.set(i, { kind: 'section' });
      t.decide(t.where(i), `${t.describe(i)} ghi "x" ở mọi cột nhập: coi là dòng tiêu đề, không có ô nhập`);
    } else t.rowKind.set(i, { kind: 'data' });
  }
}

export function resolveNotApplicable(t: DesignTable): void {
  for (const i of t.items()) {
    const kind = t.kindOf(i);
    for (const c of t.values) {
      const content = t.content(i, c.column);
      const at = t.cell(i, c.column);
      if (content.kind === 'text') t.doubt(at, `ô ${at} ghi chữ "${content.text}" ở chỗ của số liệu: bỏ qua chữ này`);
      if (kind === 'section' && (content.kind === 'number' || content.kind === 'formula'))
        t.doubt(at, `ô ${at} có số liệu nhưng ${t.describe(i)} được coi là mục (không có ô số)`);
      if (content.kind !== 'x') continue;
      const resolution = t.columnKind.get(c.column);
      if (kind === 'data' && (!resolution || resolution.kind === 'input')) {
        t.na.add(`${i},${c.column}`);
        continue;
      }
      if (kind === 'data' && resolution?.kind === 'formula') {
        const operands = namesOf(resolution.expr);
        const naOperand = operands.some((letter) => {
          const column = t.columns.find((x) => x.letter === letter)?.column;
          return column !== undefined && t.content(i, column).kind === 'x';
        });
        if (!naOperand) t.doubt(at, `ô ${at} ghi "x" nhưng cột ${c.letter} được tính từ các ô có số của hàng này: biểu sẽ tính ô này`);
        continue;
      }
      if (kind === 'percent' && resolution?.kind === 'formula' && resolution.percent) continue;
      if (kind === 'total') continue;
      if (kind !== 'section') t.doubt(at, `ô ${at} ghi "x" ở ${t.describe(i)}: biểu không đánh dấu ô này là không áp dụng`);
    }
    if (kind === 'data') {
      const inputs = t.values.filter((c) => t.isInputColumn(c.column));
      if (inputs.length > 0 && inputs.every((c) => t.na.has(`${i},${c.column}`))) {
        t.rowKind.set(i, { kind: 'section' });
        for (const c of inputs) t.na.delete(`${i},${c.column}`);
        t.decide(t.where(i), `${t.describe(i)} không có ô nhập nào (mọi cột nhập đều "x"): coi là dòng tiêu đề`);
      }
    }
  }
  // A total's cell is "x" only where every row it adds is "x" in that column.
  for (const i of t.items()) {
    const resolution = t.rowKind.get(i);
    if (resolution?.kind !== 'total') continue;
    for (const c of t.values) {
      if (!t.isInputColumn(c.column)) continue;
      const allNa = resolution.of.every((j) => t.na.has(`${j},${c.column}`) || t.kindOf(j) === 'section');
      const shownX = t.content(i, c.column).kind === 'x';
      if (shownX && !allNa) t.doubt(t.cell(i, c.column), `ô ${t.cell(i, c.column)} ghi "x" nhưng các hàng được cộng có ô nhập ở cột ${c.letter}: biểu sẽ cộng ô này`);
    }
  }
}
