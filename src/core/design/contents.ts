import type { Expr } from '../../forms/expression';
import { readSheetFormula } from './sheetFormula';
import type { SheetView } from './sheetView';

/**
 * What a cell of the table's body holds: nothing (a cell to fill), "x" (does
 * not apply), a figure (a filled-in example, or a total typed by hand), a
 * formula (read as arithmetic over cells), or some other text.
 */
export type Content =
  | { readonly kind: 'blank' }
  | { readonly kind: 'x' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'formula'; readonly source: string; readonly expr: Expr | undefined; readonly unknown: string | undefined; readonly value: number | undefined }
  | { readonly kind: 'text'; readonly text: string };

export const isNotApplicable = (text: string): boolean => /^[xX×]$/.test(text.trim());

export function contentAt(view: SheetView, row: number, column: number): Content {
  const source = view.formula(row, column);
  if (source !== undefined) {
    const reading = readSheetFormula(source);
    return 'expr' in reading
      ? { kind: 'formula', source, expr: reading.expr, unknown: undefined, value: view.number(row, column) }
      : { kind: 'formula', source, expr: undefined, unknown: reading.unknown, value: view.number(row, column) };
  }
  const value = view.number(row, column);
  if (value !== undefined) return { kind: 'number', value };
  const text = view.text(row, column);
  if (text === '' || /^[.…_\s]+$/.test(text)) return { kind: 'blank' };
  if (isNotApplicable(text)) return { kind: 'x' };
  return { kind: 'text', text };
}

/** A figure the cell shows, typed or computed (a formula's cached result). */
export function figureOf(content: Content): number | undefined {
  if (content.kind === 'number') return content.value;
  if (content.kind === 'formula') return content.value;
  return undefined;
}
