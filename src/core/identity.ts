import { parseRange, rangeAddress } from './a1';
import { markedJson } from './markedJson';

/**
 * Who a form sheet belongs to. Written as JSON in a hidden, locked marker cell
 * (A1 of a hidden first row): a cell survives renaming the sheet, copying it into
 * another workbook, save and reopen, and a round trip through LibreOffice, where
 * custom properties and sheet-scoped names are not all kept.
 *
 * A summary's marker lists every unit inside it. With hundreds of units that
 * list would pass Excel's 32,767 characters per cell (cellText.ts), so a marker
 * that would be too long names instead the marker-row cells right of it that
 * carry the lists (`listCells`, e.g. "C1:D1"), in pieces like the campaign's
 * (campaignCarrier.ts). Markers with the lists inside, as every marker was
 * before, are read as they always were.
 */

export const MARKER_PREFIX = 'TONGKET ';
/** Marker cell position, 0-based. */
export const MARKER_ROW = 0;
export const MARKER_COLUMN = 0;

/** The prefix of a piece of a summary's unit lists: `TONGKET-DON-VI i/n <text>`. */
const LISTS_PREFIX = 'TONGKET-DON-VI ';
/** The longest marker, and the longest piece of text, one cell takes: below 32,767 with room for the prefix. */
const CELL_BUDGET = 32_000;

export type SheetMode = 'blank' | 'summary';

export type SheetIdentity = {
  readonly campaign: string;
  readonly form: string;
  readonly version: number;
  readonly unitType: string;
  readonly mode: SheetMode;
  /** For a summary: the units it contains, so that merging it with them again is refused. */
  readonly units?: readonly string[];
  /**
   * For a summary: the units in it that were counted although their sheets had
   * errors (lower levels' included). Its sums are not checked figures: the
   * level above refuses it unless asked to count units with errors too.
   */
  readonly withErrors?: readonly string[];
  /**
   * Only on an identity whose unit lists sit in these marker-row cells and were
   * not read (decodeIdentity without the marker row, or pieces missing or
   * broken): `units` and `withErrors` are then unknown, not empty, and a reader
   * that needs them must refuse the sheet.
   */
  readonly listCells?: string;
};

/** What a form's marker row holds of its identity. */
export type IdentityCells = {
  /** The text of the marker cell (A1). */
  readonly marker: string;
  /** The texts of the cells from the column given on, in order: the unit lists when they do not fit in the marker; usually none. */
  readonly pieces: readonly string[];
};

type Lists = { units?: readonly string[]; withErrors?: readonly string[] };

function listsOf({ units, withErrors }: SheetIdentity): Lists {
  return { ...(units ? { units } : {}), ...(withErrors?.length ? { withErrors } : {}) };
}

function head({ campaign, form, version, unitType, mode }: SheetIdentity) {
  return { campaign, form, version, unitType, mode };
}

/** The marker with the unit lists inside: what every marker was before the lists could move out. */
export function encodeIdentity(identity: SheetIdentity): string {
  return MARKER_PREFIX + JSON.stringify({ ...head(identity), ...listsOf(identity) });
}

/**
 * The marker and, when the unit lists would make it longer than a cell takes,
 * the pieces that carry them in the marker row from `firstColumn` (0-based) on;
 * the marker then names those cells.
 */
export function identityCells(identity: SheetIdentity, firstColumn: number): IdentityCells {
  const inline = encodeIdentity(identity);
  if (inline.length <= CELL_BUDGET) return { marker: inline, pieces: [] };
  const text = JSON.stringify(listsOf(identity));
  const count = Math.ceil(text.length / CELL_BUDGET);
  const pieces = Array.from({ length: count }, (_, i) => `${LISTS_PREFIX}${i + 1}/${count} ${text.slice(i * CELL_BUDGET, (i + 1) * CELL_BUDGET)}`);
  const listCells = rangeAddress(MARKER_ROW, firstColumn, MARKER_ROW, firstColumn + count - 1);
  return { marker: MARKER_PREFIX + JSON.stringify({ ...head(identity), listCells }), pieces };
}

const isNames = (list: unknown) => list === undefined || (Array.isArray(list) && list.every((u) => typeof u === 'string'));

/** The unit lists the marker row carries in `listCells`, or undefined when a piece is missing, out of order or broken. */
function carriedLists(listCells: string, markerRow: readonly unknown[]): Lists | undefined {
  let range;
  try {
    range = parseRange(listCells);
  } catch {
    return undefined;
  }
  if (range.top !== MARKER_ROW || range.bottom !== MARKER_ROW) return undefined;
  const count = range.right - range.left + 1;
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const cell = markerRow[range.left + i];
    if (typeof cell !== 'string' || !cell.startsWith(LISTS_PREFIX)) return undefined;
    const match = /^(\d+)\/(\d+) /.exec(cell.slice(LISTS_PREFIX.length));
    if (!match || Number(match[1]) !== i + 1 || Number(match[2]) !== count) return undefined;
    parts.push(cell.slice(LISTS_PREFIX.length + match[0].length));
  }
  let lists: unknown;
  try {
    lists = JSON.parse(parts.join(''));
  } catch {
    return undefined;
  }
  if (typeof lists !== 'object' || lists === null) return undefined;
  const { units, withErrors } = lists as Record<string, unknown>;
  if (!isNames(units) || !isNames(withErrors)) return undefined;
  return { ...(units ? { units: units as string[] } : {}), ...(withErrors ? { withErrors: withErrors as string[] } : {}) };
}

/**
 * The identity in a marker cell's text, or undefined when the text is not a
 * marker. Given the marker row (values from A1 rightwards), unit lists kept
 * beside the marker are read too; without it, or when they cannot be read,
 * the identity keeps `listCells` to say its lists are unknown.
 */
export function decodeIdentity(text: unknown, markerRow?: readonly unknown[]): SheetIdentity | undefined {
  const d = markedJson(text, MARKER_PREFIX);
  if (!d) return undefined;
  const strings = ['campaign', 'form', 'unitType'].every((k) => typeof d[k] === 'string');
  const listCells = d.listCells === undefined || typeof d.listCells === 'string';
  if (!strings || !Number.isInteger(d.version) || (d.mode !== 'blank' && d.mode !== 'summary') || !isNames(d.units) || !isNames(d.withErrors) || !listCells) return undefined;
  const identity = d as SheetIdentity;
  if (identity.listCells === undefined || markerRow === undefined) return identity;
  const lists = carriedLists(identity.listCells, markerRow);
  if (!lists) return identity;
  const known: Record<string, unknown> = { ...identity };
  delete known.listCells;
  return { ...(known as SheetIdentity), ...lists };
}
