import { columnIndex, parseRange, type GridRange } from '../../core/a1';
import { formatNumber } from '../../core/rules/messages';
import { CELL, xmlAttribute } from './sheetParts';

/**
 * What makes a well-formed sheet part unreadable, each said in Vietnamese
 * with the sheet and the cells: two merged ranges that overlap ("Cannot merge
 * already merged cells"), text pointing past the shared strings ("reading
 * 'richText'"), an address past Excel's last cell ("Invalid column letter"),
 * rows or cells written twice or out of order ("Invalid row number in model").
 * Part of the diagnosis of a damaged file (damagedFile.ts).
 */

const overlaps = (a: GridRange, b: GridRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** The first two merged ranges of a sheet that overlap (or repeat), which Excel never writes. */
function overlappingMerges(xml: string): [string, string] | undefined {
  const merges: { ref: string; range: GridRange }[] = [];
  for (const [, ref = ''] of xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]*)"/g)) {
    let range: GridRange;
    try {
      range = parseRange(ref);
    } catch {
      continue;
    }
    const other = merges.find((m) => overlaps(m.range, range));
    if (other) return [other.ref, ref];
    merges.push({ ref, range });
  }
  return undefined;
}

/** Excel's last cell is XFD1048576. */
const validAddress = (address: string) => {
  const match = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(address);
  return match !== null && (match[1] as string).padStart(3, 'A') <= 'XFD' && Number(match[2]) <= 1_048_576;
};

/** At most three cells, then how many more: a message stays readable whatever the damage. */
export function someCells(addresses: readonly string[]): string {
  const shown = addresses.slice(0, 3).join(', ');
  return addresses.length > 3 ? `${shown} và ${formatNumber(addresses.length - 3)} ô khác` : shown;
}

/** Shared-string cells (`t="s"`) whose index is no entry of a table of `count` strings. */
export function badTextReferences(xml: string, count: number): string[] {
  const bad: string[] = [];
  if (!xml.includes('t="s"')) return bad;
  for (const [, attributes = '', inner = ''] of xml.matchAll(CELL)) {
    if (xmlAttribute(attributes, 't') !== 's') continue;
    const index = /<v>\s*([^<]*?)\s*<\/v>/.exec(inner)?.[1];
    if (index !== undefined && !(/^\d+$/.test(index) && Number(index) < count)) bad.push(xmlAttribute(attributes, 'r') ?? '?');
  }
  return bad;
}

/** The first row or cell written twice, out of order, or in another row than its own (a row without a number is the one after the last, as readers count). */
function misplacedCell(xml: string): string | undefined {
  let lastRow = 0;
  for (const [, attributes = '', inner = ''] of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const stated = xmlAttribute(attributes, 'r');
    const row = stated === undefined ? lastRow + 1 : Number(stated);
    const first = /<c\b[^>]*?\br="([A-Z]+\d+)"/.exec(inner)?.[1];
    if (row <= lastRow) return first ?? `A${row}`;
    lastRow = row;
    let lastColumn = -1;
    for (const [, letters = '', number = ''] of inner.matchAll(/<c\b[^>]*?\br="([A-Z]+)(\d+)"/g)) {
      const column = columnIndex(letters);
      if (Number(number) !== row || column <= lastColumn) return `${letters}${number}`;
      lastColumn = column;
    }
  }
  return undefined;
}

/** Every fault of one sheet; `strings` is the shared-string table's size, undefined when the table itself is broken (said once, as a part). */
export function sheetFaults(sheet: string, xml: string, strings: number | undefined): string[] {
  const found: string[] = [];
  const merges = overlappingMerges(xml);
  if (merges) found.push(`sheet "${sheet}" có hai vùng gộp ô chồng lên nhau (${merges[0]} và ${merges[1]}), điều Excel không cho phép`);
  const texts = strings === undefined ? [] : badTextReferences(xml, strings);
  if (texts.length > 0)
    found.push(
      `sheet "${sheet}", ô ${someCells(texts)}: chữ trong ô trỏ tới mục không có trong bảng chữ dùng chung của tệp (bảng chỉ có ${formatNumber(strings ?? 0)} mục), nên không biết ô ghi gì`,
    );
  const addresses = [...xml.matchAll(/<c\b[^>]*?\br="([^"]*)"/g)].map((m) => m[1] as string).filter((a) => !validAddress(a));
  if (addresses.length > 0) found.push(`sheet "${sheet}" có ô mang địa chỉ không có trong Excel (${someCells(addresses.map((a) => `"${a}"`))})`);
  // Only when every address is valid: an invalid one is the cause, and breaks the order too.
  const misplaced = addresses.length === 0 ? misplacedCell(xml) : undefined;
  if (misplaced) found.push(`sheet "${sheet}" có hàng hoặc ô ghi lặp, sai thứ tự ở khoảng ô ${misplaced}`);
  return found;
}
