import { MARKER_COLUMN } from '../identity';
import { markedJson } from '../markedJson';

/**
 * The submission stamp ("dấu nộp biểu"): who submitted a form sheet, when,
 * against which campaign and form versions, and the figures as they were.
 *
 * Each form sheet carries its own stamp, in a cell of its hidden, locked marker
 * row right of the campaign's pieces (campaignCarrier.ts), for the reasons the
 * identity and the campaign sit there: a cell survives save and reopen, a
 * LibreOffice round trip, and copying a single sheet into another workbook
 * (Excel's Move or Copy takes the cells), which a hidden "TK Nộp biểu" sheet
 * would not survive. Per sheet, a stamp also stays within one cell: the
 * figures of one form are a few thousand characters, far below Excel's 32,767.
 *
 * A stamp does not keep anyone from editing the file (nothing inside a file
 * can); it lets the province see which figures differ from what was
 * submitted (figures.ts).
 */

/** A cell's figure or note as submitted: the address ("E14") and the value typed. */
export type StampedFigure = readonly [cell: string, value: number | string];

export type SheetStamp = {
  /** The unit name in the header when submitted. */
  readonly unit: string;
  /** The person's name as typed ("người lập biểu"). */
  readonly by: string;
  /** ISO 8601, UTC. */
  readonly at: string;
  readonly campaign: { readonly key: string; readonly version: number };
  readonly form: { readonly key: string; readonly version: number };
  /** Every input and Ghi chú cell that was not blank, in form order. */
  readonly figures: readonly StampedFigure[];
};

const PREFIX = 'TONGKET-NOP-BIEU ';

export const encodeStamp = (stamp: SheetStamp): string => PREFIX + JSON.stringify(stamp);

const isText = (v: unknown): v is string => typeof v === 'string';
const isVersioned = (v: unknown): v is { key: string; version: number } =>
  typeof v === 'object' && v !== null && isText((v as { key?: unknown }).key) && typeof (v as { version?: unknown }).version === 'number';
const isFigure = (v: unknown): v is StampedFigure => Array.isArray(v) && v.length === 2 && isText(v[0]) && (typeof v[1] === 'number' || isText(v[1]));

/** The stamp a cell holds, or undefined for any other cell or a stamp that does not read whole. */
export function decodeStamp(cell: unknown): SheetStamp | undefined {
  const s = markedJson(cell, PREFIX);
  if (!s) return undefined;
  const whole =
    isText(s.unit) && isText(s.by) && isText(s.at) && isVersioned(s.campaign) && isVersioned(s.form) && Array.isArray(s.figures) && s.figures.every(isFigure);
  return whole ? (s as SheetStamp) : undefined;
}

/** The stamp a marker row carries, if any: a cell right of the identity marker. */
export function stampInRow(markerRow: readonly unknown[]): SheetStamp | undefined {
  for (let i = MARKER_COLUMN + 1; i < markerRow.length; i += 1) {
    const stamp = decodeStamp(markerRow[i]);
    if (stamp) return stamp;
  }
  return undefined;
}

/**
 * Where a stamp goes in a marker row (0-based column): over an earlier stamp,
 * else the first empty cell right of the marker within the form's columns (the
 * campaign and unit-list pieces come first), so a reader of the form's window
 * finds it and the printed width never grows. Undefined when the row is full.
 */
export function stampColumn(markerRow: readonly unknown[], columnCount: number): number | undefined {
  const cells = Array.from({ length: columnCount }, (_, i) => markerRow[i]);
  const earlier = cells.findIndex((cell, i) => i > MARKER_COLUMN && decodeStamp(cell) !== undefined);
  if (earlier >= 0) return earlier;
  const empty = cells.findIndex((cell, i) => i > MARKER_COLUMN && (cell === null || cell === undefined || cell === ''));
  return empty >= 0 ? empty : undefined;
}

/** The latest of these marker rows' stamps: when (ms since 1970) and by whom, the strongest evidence of when a file was sent (merge/submission.ts). */
export function latestStamp(markerRows: readonly (readonly unknown[])[]): { readonly at: number; readonly by: string } | undefined {
  let latest: { at: number; by: string } | undefined;
  for (const row of markerRows) {
    const stamp = stampInRow(row);
    const at = Date.parse(stamp?.at ?? '');
    if (stamp && Number.isFinite(at) && (latest === undefined || at > latest.at)) latest = { at, by: stamp.by };
  }
  return latest;
}
