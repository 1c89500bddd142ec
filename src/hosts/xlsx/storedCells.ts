import JSZip from 'jszip';
import { fitsExcel } from '../../core/excelNumber';
import { oddValue, shownDate, type OddValue } from '../../core/oddValue';
import { CELL, partText, sheetParts, unescapeXml as unescape, xmlAttribute as attribute } from './sheetParts';

/**
 * The cells whose stored value ExcelJS would misread as a figure, by sheet
 * name and address. ExcelJS reads any cell that is not text, boolean or error
 * with parseFloat: an ISO date (`t="d"`, which Excel and LibreOffice may
 * write) becomes its year, `<v>12abc</v>` becomes 12, `<v>1E+308</v>` a number
 * Excel cannot hold (excelNumber.ts). All are found in the sheets' XML here,
 * to be shown and refused instead (sheetGrids' `odd`).
 * Formula cells are left out: a formula in an input is flagged as such.
 */
export type StoredOddities = ReadonlyMap<string, ReadonlyMap<string, OddValue>>;

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const VALUE = /<v>([^<]*)<\/v>/;
/** What could be an odd cell: an ISO date, a stored number with a character no number has, or one of 300 digits or more, a value in CDATA or two values. */
const MAYBE_ODD = /t="d"|<v>[^<]*[^-+0-9.eE\s<][^<]*<\/v>|<v>[^<]*[eE]\+?\d{3}|\d{300}|<v>[^<]*<!\[CDATA\[|<\/v>\s*<v>/;
/** `<v>` written as ExcelJS does not read it: split by CDATA (read as part of it, or nothing), or twice (read as both run together, "12" and "99" as 1299). */
const UNUSUAL_VALUE = /<v>[^<]*<!\[CDATA\[|<\/v>\s*<v>/;

/** "2024-07-01" or "2024-07-01T08:30:00" as the cell shows it, or the stored text when it is no date either. */
function shownIsoDate(text: string): string {
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  return Number.isNaN(date.getTime()) ? text : shownDate(date);
}

function oddCells(xml: string): Map<string, OddValue> {
  const found = new Map<string, OddValue>();
  for (const [, attributes = '', inner = ''] of xml.matchAll(CELL)) {
    const type = attribute(attributes, 't') ?? 'n';
    if ((type !== 'n' && type !== 'd') || inner.includes('<f')) continue;
    const address = attribute(attributes, 'r');
    // What an XML reader sees, shown; refused, since which figure the unit meant cannot be told from a storage Excel never writes.
    if (address !== undefined && UNUSUAL_VALUE.test(inner)) {
      const shown = [...inner.matchAll(/<v>([\s\S]*?)<\/v>/g)].map((m) => unescape((m[1] ?? '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'))).join(', ');
      found.set(address, oddValue('malformed-number', shown));
      continue;
    }
    const stored = VALUE.exec(inner)?.[1];
    if (stored === undefined || address === undefined) continue;
    const text = unescape(stored);
    if (type === 'd') found.set(address, oddValue('date', shownIsoDate(text)));
    else if (!NUMBER.test(text)) found.set(address, oddValue('malformed-number', text));
    else if (!fitsExcel(Number(text))) found.set(address, oddValue('too-large', text.trim().toUpperCase()));
  }
  return found;
}

/** Every worksheet's odd cells, by sheet name; sheets without any are left out. */
export async function storedOddities(bytes: Uint8Array): Promise<StoredOddities> {
  const result = new Map<string, Map<string, OddValue>>();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return result;
  }
  for (const { name, part } of await sheetParts(zip)) {
    const xml = part === undefined ? undefined : await partText(zip, part);
    // Most files have no odd cell: a look for what could be one spares the full scan.
    if (xml === undefined || !MAYBE_ODD.test(xml)) continue;
    const cells = oddCells(xml);
    if (cells.size > 0) result.set(name, cells);
  }
  return result;
}
