import { columnIndex, columnLetters, parseRange, rangeAddress, type GridRange } from '../../core/a1';
import { invalidArgument } from './errors';

/**
 * What core/a1 leaves out because only Excel needs it: whole rows and columns
 * ("A:C", "3:5"), sheet-qualified addresses as Excel writes them, and the grid
 * limits. Built on core/a1, never a second copy of it.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Excel quotes a sheet name unless it is a plain word that cannot be mistaken for a cell. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A parsed address: the sheet it names, if any, and the 0-based corners. */
export type SheetAddress = { readonly sheet: string | undefined; readonly range: GridRange };

/** "'Biểu 1'!$B$3:F20", "A:C", "3:5", "B2" → corners; anything else is Office.js's InvalidArgument. */
export function parseAddress(address: string): SheetAddress {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang >= 0 ? address.slice(0, bang) : undefined;
  const sheet = rawSheet?.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(local);
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(local);
  let range: GridRange;
  if (columns) range = { top: 0, bottom: MAX_ROWS - 1, left: columnIndex(columns[1] ?? 'A'), right: columnIndex(columns[2] ?? 'A') };
  else if (rows) range = { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COLUMNS - 1 };
  else if (/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(local)) range = parseRange(local);
  else throw invalidArgument(`address "${address}"`);
  return { sheet, range: checked(normalized(range), address) };
}

/** Excel accepts "F20:B3" and means "B3:F20". */
function normalized(r: GridRange): GridRange {
  return { top: Math.min(r.top, r.bottom), bottom: Math.max(r.top, r.bottom), left: Math.min(r.left, r.right), right: Math.max(r.left, r.right) };
}

/** A range that falls off the grid (an offset past row 1, say) is refused, as Excel does. */
export function checked(range: GridRange, what: string): GridRange {
  const inside = range.top >= 0 && range.left >= 0 && range.bottom < MAX_ROWS && range.right < MAX_COLUMNS;
  if (!inside || range.bottom < range.top || range.right < range.left) throw invalidArgument(`range ${what}`);
  return range;
}

/** As Excel writes it: "B3:F20", "B3", whole columns "A:C", whole rows "3:5". */
export function formatAddress(range: GridRange): string {
  const allRows = range.top === 0 && range.bottom === MAX_ROWS - 1;
  const allColumns = range.left === 0 && range.right === MAX_COLUMNS - 1;
  if (allRows && !allColumns) return `${columnLetters(range.left)}:${columnLetters(range.right)}`;
  if (allColumns) return `${range.top + 1}:${range.bottom + 1}`;
  return rangeAddress(range.top, range.left, range.bottom, range.right);
}

/** Range.address: always sheet-qualified, e.g. "'Biểu 1'!A1:B2" or "Sheet1!A1". */
export function qualifiedAddress(sheetName: string, range: GridRange): string {
  return `${quoteSheetName(sheetName)}!${formatAddress(range)}`;
}

/** "$B$3:$F$20": how a defined name refers to a range. */
export function absoluteAddress(range: GridRange): string {
  const corner = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const start = corner(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${corner(range.bottom, range.right)}`;
}

export function cellCount(range: GridRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: GridRange, inner: GridRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
