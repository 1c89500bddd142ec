/**
 * Row heights from text length. Hosts cannot be trusted to auto-fit wrapped
 * text the same way (Excel does not refit rows written by the API), so the plan
 * fixes every height that wraps.
 */
export const LINE_HEIGHT = 16;

/** Printed width of a text in lowercase-letter units of Times New Roman: capitals are about 1.6 times wider, bold 10 % more. */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const ch of text) width += ch !== ch.toLowerCase() ? 1.6 : 1;
  return bold ? width * 1.1 : width;
}

export type TextFit = { readonly bold?: boolean; readonly size?: number; readonly indent?: number };

/** Lines a text needs in a column `width` Excel units wide (one unit holds about 1.3 lowercase letters at 12 pt). */
export function linesFor(text: string, width: number, fit: TextFit = {}): number {
  const scale = (fit.size ?? 12) / 12;
  const capacity = Math.max(1, (width - 2 * (fit.indent ?? 0)) * 1.3 - 2);
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil((textWidth(part, fit.bold) * scale) / capacity)), 0);
}

export function heightFor(lines: number, size = 12): number {
  return Math.ceil((lines * LINE_HEIGHT * size) / 12);
}
