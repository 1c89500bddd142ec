import type { DesignTable } from './table';
import { fold } from './text';

/**
 * Whether a row's figures are counts (whole numbers) or amounts (money,
 * areas, weights: one decimal): from its ĐVT, else from the headings of its
 * columns or the note over the table ("Đơn vị tính: triệu đồng"), else from
 * the number formats and figures of its cells.
 */

const AMOUNT = /(dong|trieu|nghin|ngan|usd|\bha\b|hecta|m2|m3|km|\bm\b|tan|\bta\b|kg|lit|%|‰|kwh|ty le|ti le)/;
export const isAmountUnit = (unit: string): boolean => AMOUNT.test(fold(unit));
/** A unit written in a heading: "(triệu đồng)", "Số tiền (đồng)", "Diện tích (ha)". */
const headingUnit = (header: readonly string[]) => {
  const text = header.join(' ');
  const m = /\(([^)]*)\)/.exec(text);
  return m ? (m[1] as string) : /^(so tien|gia tri|kinh phi|dien tich|san luong)\b/.test(fold(text)) ? 'đồng' : '';
};

export function valueKindOf(t: DesignTable, i: number): { kind: 'count' | 'amount'; mixed?: string } {
  const row = t.row(i);
  if (row.unit !== '') return { kind: isAmountUnit(row.unit) ? 'amount' : 'count' };
  if (t.unitNote && isAmountUnit(t.unitNote)) return { kind: 'amount' };
  const inputs = t.values.filter((c) => t.isInputColumn(c.column) && !t.na.has(`${i},${c.column}`));
  const kinds = inputs.map((c) => {
    const unit = headingUnit(c.header);
    if (unit !== '') return isAmountUnit(unit) ? 'amount' : 'count';
    const format = t.view.numberFormat(row.row, c.column) ?? '';
    if (/0\.0/.test(format)) return 'amount';
    const figure = t.figure(i, c.column);
    if (figure !== undefined && !Number.isInteger(figure)) return 'amount';
    return 'count';
  });
  if (kinds.includes('amount') && kinds.includes('count'))
    return { kind: 'amount', mixed: inputs.filter((_, k) => kinds[k] === 'amount').map((c) => c.letter).join(', ') };
  return { kind: kinds.includes('amount') ? 'amount' : 'count' };
}
