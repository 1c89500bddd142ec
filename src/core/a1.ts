/** A1 addresses: the one place that turns 0-based grid positions into Excel's names. */

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → "C12". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** 0-based inclusive corners → "C12:F20" (or "C12" for one cell). */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  return top === bottom && left === right ? start : `${start}:${cellAddress(bottom, right)}`;
}

export type GridRange = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

/** "C12:F20" or "C12" → 0-based corners. */
export function parseRange(address: string): GridRange {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.replace(/^.*!/, ''));
  if (!match) throw new RangeError(`Không đọc được địa chỉ ô "${address}"`);
  const [, c1 = 'A', r1 = '1', c2 = c1, r2 = r1] = match;
  return { top: Number(r1) - 1, left: columnIndex(c1), bottom: Number(r2) - 1, right: columnIndex(c2) };
}

/** A sheet name as a formula prefix: 'Biểu 1'! (quotes doubled inside). */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}
