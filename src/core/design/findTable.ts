import type { SheetView } from './sheetView';
import { fold } from './text';

/**
 * Where a sheet's table is: from its "STT" heading (or "Nội dung", "Chỉ tiêu"
 * when the table has no STT column, or its borders when it has neither) across
 * the header's columns and down to the footer (notes, date line, signatures),
 * two blank rows, or the end of the borders.
 */

export type TableFrame = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The heading cell the frame was found from. */
  readonly anchor: { readonly row: number; readonly column: number } | undefined;
};

export const STT_HEADERS = ['stt', 'tt', 'so tt', 's tt', 'so thu tu', 'thu tu'];
export const LABEL_HEADERS = [
  'noi dung',
  'chi tieu',
  'ten chi tieu',
  'noi dung chi tieu',
  'chi tieu thong ke',
  'danh muc',
  'hang muc',
  'ten don vi',
  'don vi',
  'ten co so',
  'ten truong',
  'ten xa',
  'ten to chuc',
  'dia phuong',
  'ten dia phuong',
];

const normalHeader = (text: string) => fold(text).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** A line under the table: notes, sources, the date line, signatures. */
export function isFooterText(text: string): boolean {
  const f = fold(text);
  return (
    /^(\*|\(\*|ghi chu|luu y|chu thich|nguoi lap|nguoi bao cao|nguoi ky|thu truong|xac nhan|noi nhan|t\/m|tm\b|kt\b|k\/t|giam doc|chu tich|truong ban|bi thu|nguon|can cu|ngay lap)/.test(f) ||
    /ngay\s*[.…_ ]*\s*thang/.test(f)
  );
}

export function findTableFrames(view: SheetView): TableFrame[] {
  const b = view.bounds;
  const anchorsOf = (words: readonly string[]) => {
    const found: { row: number; column: number }[] = [];
    for (let r = b.top; r <= b.bottom; r += 1)
      for (let c = b.left; c <= b.right; c += 1) {
        if (view.covered(r, c)) continue;
        if (words.includes(normalHeader(view.text(r, c))) && !found.some((a) => a.row === r)) found.push({ row: r, column: c });
      }
    return found;
  };
  let anchors = anchorsOf(STT_HEADERS);
  if (anchors.length === 0) anchors = anchorsOf(LABEL_HEADERS);
  const frames: TableFrame[] = [];
  for (const anchor of anchors) {
    const frame = frameAt(view, anchor);
    if (frame.bottom <= frame.top || frame.right <= frame.left) continue;
    if (frames.some((f) => !(frame.bottom < f.top || frame.top > f.bottom || frame.right < f.left || frame.left > f.right))) continue;
    frames.push(frame);
  }
  if (frames.length === 0) {
    const bordered = borderedBlock(view);
    if (bordered) frames.push(bordered);
  }
  return frames;
}

function headerContent(view: SheetView, top: number, bottom: number, column: number): boolean {
  for (let r = top; r <= bottom; r += 1) if (!view.blank(r, column) || view.mergeAt(r, column) || view.ownBordered(r, column)) return true;
  return false;
}

function frameAt(view: SheetView, anchor: { row: number; column: number }): TableFrame {
  const b = view.bounds;
  const merge = view.mergeAt(anchor.row, anchor.column);
  const top = merge?.top ?? anchor.row;
  const headerBottom = Math.min(Math.max(merge?.bottom ?? top, top + 1), b.bottom);
  let right = anchor.column;
  for (let c = anchor.column + 1, gap = 0; c <= b.right && gap <= 2; c += 1) {
    if (headerContent(view, top, headerBottom, c)) {
      right = c;
      gap = 0;
    } else gap += 1;
  }
  let left = anchor.column;
  while (left - 1 >= b.left && headerContent(view, top, headerBottom, left - 1) && !view.blank(top, left - 1)) left -= 1;

  const tableBordered = view.ownBordered(anchor.row, anchor.column);
  let last = headerBottom;
  let blankRun = 0;
  for (let r = headerBottom + 1; r <= b.bottom; r += 1) {
    if (view.rowBlank(r, left, right)) {
      let borderedRow = false;
      for (let c = left; c <= right && !borderedRow; c += 1) borderedRow = view.ownBordered(r, c);
      if (!(tableBordered && borderedRow)) blankRun += 1;
      if (blankRun >= 2) break;
      continue;
    }
    let first = '';
    for (let c = left; c <= right && first === ''; c += 1) first = view.text(r, c);
    if (first !== '' && isFooterText(first)) break;
    if (tableBordered) {
      let any = false;
      for (let c = left; c <= right && !any; c += 1) any = view.ownBordered(r, c);
      if (!any) break;
    }
    blankRun = 0;
    last = r;
  }
  return { top, left, bottom: last, right, anchor };
}

/** A table without an STT or label heading: the first run of rows with bordered, filled cells. */
function borderedBlock(view: SheetView): TableFrame | undefined {
  const b = view.bounds;
  let top: number | undefined;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  for (let r = b.top; r <= b.bottom; r += 1) {
    const cols: number[] = [];
    for (let c = b.left; c <= b.right; c += 1) if (view.ownBordered(r, c) && (!view.blank(r, c) || view.covered(r, c))) cols.push(c);
    if (cols.length >= 2) {
      top ??= r;
      bottom = r;
      left = Math.min(left, ...cols);
      right = Math.max(right, ...cols);
    } else if (top !== undefined && r > bottom + 1) break;
  }
  return top === undefined || bottom - top < 2 ? undefined : { top, left, bottom, right, anchor: undefined };
}
