import { defineForm } from '../../forms/defineForm';
import type { FormDef } from '../../forms/schema';
import { cellAddress } from '../a1';
import { evaluate } from './cellExpr';
import { derivedValues, sameValue } from './derivedValues';
import { placedCells } from './placedCells';
import type { DesignTable } from './table';
import type { Placement } from './types';

/**
 * The proposal held against the sheet it came from: every formula already in
 * the table must be a cell the form computes, the same way; a formula the
 * form would drop or compute otherwise is a doubt, never a silent change. A
 * total typed as a figure becomes a formula, which is said.
 */
export function reconcile(t: DesignTable, form: FormDef, placement: Placement): void {
  const { derived, inputs } = placedCells(form, placement);
  const exprs = new Map(derived.map((d) => [d.address, d.expr]));
  const inputAt = new Set(inputs.map((x) => x.address));
  const values = [derivedValues(exprs, 11), derivedValues(exprs, 29)];
  const typed: string[] = [];
  for (const i of t.items())
    for (const c of t.values) {
      const content = t.content(i, c.column);
      const address = cellAddress(t.row(i).row, c.column);
      const mine = exprs.get(address);
      if (content.kind === 'number' && mine) typed.push(address);
      if (content.kind !== 'formula') continue;
      if (!content.expr) {
        t.doubt(address, `ô ${address} có công thức ${content.source} mà biểu không đọc được (${content.unknown}): ${mine ? 'biểu tính lại theo cách của mình' : 'ô này thành ô nhập'}`);
        continue;
      }
      if (!mine && t.computedAsRule.has(address)) continue;
      if (!mine) {
        const what = inputAt.has(address) ? 'một ô nhập' : 'ô không có số';
        t.doubt(address, `ô ${address} có công thức ${content.source} trong sheet nhưng biểu đề xuất coi là ${what}`);
        continue;
      }
      const sheetExpr = content.expr;
      const scale = t.scaledColumns.has(c.column) ? 100 : 1;
      if (!values.every((v) => sameValue(evaluate(sheetExpr, v) * scale, v(address))))
        t.doubt(address, `ô ${address} có công thức ${content.source} trong sheet, khác cách biểu đề xuất tính ô này`);
    }
  if (typed.length > 0)
    t.decide('số liệu', `${typed.length} ô ghi số nhưng là ô tính (${typed.slice(0, 6).join(', ')}${typed.length > 6 ? ', …' : ''}): biểu sẽ tính bằng công thức`);
}

/** defineForm, with a refusal turned into a doubt: a proposal is never thrown away. */
export function tryDefine(t: DesignTable, file: unknown): FormDef | undefined {
  try {
    return defineForm(file);
  } catch (error) {
    t.doubt('biểu', `biểu đề xuất chưa hợp lệ: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
