/**
 * Row heights from text length. Hosts cannot be trusted to auto-fit wrapped
 * text the same way (Excel does not refit rows written by the API), so the plan
 * fixes every height that wraps.
 */
export const LINE_HEIGHT = 16;

/** Lines a text needs in a column `width` units wide (a width unit holds about 1.15 characters of Times New Roman 12). */
export function linesFor(text: string, width: number, sizeFactor = 1): number {
  const perLine = Math.max(1, Math.floor((width * 1.15 - 2) / sizeFactor));
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

export function heightFor(lines: number, sizeFactor = 1): number {
  return Math.ceil(lines * LINE_HEIGHT * sizeFactor);
}
