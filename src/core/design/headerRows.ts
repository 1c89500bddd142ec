import { continuesText } from './columns';
import type { TableFrame } from './findTable';
import type { SheetView } from './sheetView';

/**
 * The rows of a table's column headers: from the top of the frame down through
 * every merge that starts there (a heading merged down two rows makes a
 * two-row header) and under every group heading (a cell merged across columns
 * with two or more headings beneath it), plus rows that only continue the
 * headings (the STT and label cells blank or merged from above).
 */

export type HeaderRows = { readonly top: number; readonly bottom: number };

export function headerRows(view: SheetView, frame: TableFrame, isIndexRow: (row: number) => boolean): HeaderRows {
  const top = frame.top;
  let bottom = frame.anchor ? (view.mergeAt(frame.anchor.row, frame.anchor.column)?.bottom ?? top) : top;
  const limit = Math.min(frame.bottom - 1, top + 5);
  for (let changed = true; changed; ) {
    changed = false;
    for (let r = top; r <= bottom; r += 1)
      for (let c = frame.left; c <= frame.right; c += 1) {
        const m = view.mergeAt(r, c);
        if (!m || m.top < top || m.top !== r || m.left !== c) continue;
        if (m.bottom > bottom && m.bottom <= limit) {
          bottom = m.bottom;
          changed = true;
        }
        if (m.right > m.left && m.bottom === bottom && bottom + 1 <= limit && !isIndexRow(bottom + 1) && headingsUnder(view, bottom + 1, m.left, m.right) >= 2) {
          bottom += 1;
          changed = true;
        }
      }
  }
  while (bottom + 1 <= limit && !isIndexRow(bottom + 1) && continuesHeader(view, frame, bottom + 1)) bottom += 1;
  return { top, bottom };
}

/** Distinct texts under a group heading: two or more make it a group, one is a label merged across two columns. */
function headingsUnder(view: SheetView, row: number, left: number, right: number): number {
  const seen = new Set<string>();
  for (let c = left; c <= right; c += 1) {
    const m = view.master(row, c);
    const text = view.text(m.row, m.column);
    if (text === '' || view.number(m.row, m.column) !== undefined || view.formula(m.row, m.column) !== undefined) continue;
    seen.add(`${m.row},${m.column}`);
  }
  return seen.size;
}

/** A header row that Word split from its merge: STT and label blank, two or more column headings in text. */
function continuesHeader(view: SheetView, frame: TableFrame, row: number): boolean {
  const anchor = frame.anchor?.column ?? frame.left;
  if (!view.blank(row, anchor)) return false;
  const texts: string[] = [];
  for (let c = frame.left; c <= frame.right; c += 1) {
    if (view.formula(row, c) !== undefined || view.number(row, c) !== undefined) return false;
    if (view.text(row, c) !== '') texts.push(view.text(row, c));
  }
  if (texts.length > 0 && texts.every(continuesText)) return true;
  return view.blank(row, anchor + 1) && texts.length >= 2;
}
