import { MARKER_COLUMN } from './identity';

/**
 * A form sheet carries the whole campaign it was made with, so that a workbook
 * (or a single sheet copied into another workbook) brings its forms to a unit
 * whose add-in or CLI has never seen them. The campaign file's text sits in the
 * hidden, locked marker row, right of the identity marker, cut into pieces that
 * fit Excel's 32,767 characters per cell: a cell survives saving, copying the
 * sheet and a LibreOffice round trip, which custom XML parts and document
 * settings do not all do.
 *
 * Each piece is `TONGKET-BO-BIEU i/n <text>`; the pieces stay within the
 * form's own columns, so the hidden row never widens what prints.
 */

const PREFIX = 'TONGKET-BO-BIEU ';
/** Below Excel's 32,767-character cell limit, with room for the prefix. */
const PIECE = 32_000;
/** Pieces are read from B1 up to this many cells: hosts read `A1:Z1` to find a campaign. */
export const CARRIER_CELLS = 25;
export const CARRIER_ROW_RANGE = 'A1:Z1';

/** The marker-row cells (from B) that carry this text, or none when the form has too few columns for it. */
export function carrierPieces(text: string, columnsBesideMarker: number): string[] {
  const count = Math.max(1, Math.ceil(text.length / PIECE));
  if (count > Math.min(columnsBesideMarker, CARRIER_CELLS)) return [];
  return Array.from({ length: count }, (_, i) => `${PREFIX}${i + 1}/${count} ${text.slice(i * PIECE, (i + 1) * PIECE)}`);
}

/** The first column of the carrier, 0-based: right of the marker. */
export const CARRIER_FIRST_COLUMN = MARKER_COLUMN + 1;

/** The campaign text a marker row carries, or undefined when it carries none or only part of one. */
export function carriedText(markerRow: readonly unknown[]): string | undefined {
  const pieces: string[] = [];
  for (let i = CARRIER_FIRST_COLUMN; i < markerRow.length; i += 1) {
    const cell = markerRow[i];
    if (typeof cell !== 'string' || !cell.startsWith(PREFIX)) break;
    const match = /^(\d+)\/(\d+) /.exec(cell.slice(PREFIX.length));
    if (!match || Number(match[1]) !== pieces.length + 1) return undefined;
    pieces.push(cell.slice(PREFIX.length + match[0].length));
    if (Number(match[1]) === Number(match[2])) return pieces.join('');
  }
  return undefined;
}
