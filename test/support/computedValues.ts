import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { RawCell } from '../../src/core/rules/types';

/**
 * The cells a spreadsheet engine saved, read from the .xlsx XML itself: value
 * and formula of every cell of every sheet. ExcelJS drops a formula result of 0
 * when it reads a file (its model copy skips falsy results), which would hide
 * exactly the cells these tests care about.
 */
export type SavedSheet = Map<string, RawCell>;

const text = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as { '#text'?: unknown })['#text'] ?? '') : String(node ?? ''));

function typed(raw: string | undefined, type: string | undefined, strings: readonly string[]): unknown {
  if (raw === undefined) return null;
  if (type === 's') return strings[Number(raw)] ?? '';
  if (type === 'b') return raw === '1';
  if (type === 'str' || type === 'inlineStr' || type === 'e') return raw;
  return Number(raw);
}

export async function savedWorkbook(path: string): Promise<Map<string, SavedSheet>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = new XMLParser({ trimValues: false, ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name, path) => ['sheet', 'Relationship', 'row', 'c', 'si'].includes(name) || String(path).endsWith('si.r') });
  const read = async (name: string) => xml.parse((await zip.file(name)?.async('string')) ?? '');
  const workbook = await read('xl/workbook.xml');
  const rels = await read('xl/_rels/workbook.xml.rels');
  const shared = await read('xl/sharedStrings.xml');
  const strings: string[] = (shared.sst?.si ?? []).map((si: { t?: unknown; r?: { t: unknown }[] }) =>
    si.t !== undefined ? text(si.t) : (si.r ?? []).map((r) => text(r.t)).join(''),
  );
  const sheets = new Map<string, SavedSheet>();
  for (const sheet of workbook.workbook.sheets.sheet) {
    const target: string = (rels.Relationships.Relationship.find((r: { '@_Id': string }) => r['@_Id'] === sheet['@_r:id']))['@_Target'];
    const data = await read(`xl/${target.replace(/^\/?xl\//, '')}`);
    const cells: SavedSheet = new Map();
    for (const row of data.worksheet.sheetData.row ?? [])
      for (const c of row.c ?? []) {
        const formula = c.f === undefined ? undefined : `=${text(c.f)}`;
        const raw = c.v === undefined ? (c.is ? text(c.is.t) : undefined) : text(c.v);
        cells.set(c['@_r'], { value: typed(raw, c['@_t'], strings), formula });
      }
    sheets.set(String(sheet['@_name']), cells);
  }
  return sheets;
}

/** The values of one sheet, by address. */
export async function computedValues(path: string, sheetName: string): Promise<Map<string, number | string>> {
  const sheet = (await savedWorkbook(path)).get(sheetName);
  if (!sheet) throw new Error(`${path}: no sheet "${sheetName}"`);
  return new Map([...sheet].flatMap(([address, cell]) => (typeof cell.value === 'number' || typeof cell.value === 'string' ? [[address, cell.value]] : [])));
}
