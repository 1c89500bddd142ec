import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

/**
 * The values a spreadsheet engine saved for each cell of a sheet, read from the
 * .xlsx XML itself. ExcelJS drops a formula result of 0 when it reads a file
 * (its model copy skips falsy results), which would hide exactly the cells
 * these tests care about.
 */
export async function computedValues(path: string, sheetName: string): Promise<Map<string, number | string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['sheet', 'Relationship', 'row', 'c'].includes(name) });
  const read = async (name: string) => xml.parse((await zip.file(name)?.async('string')) ?? '');
  const workbook = await read('xl/workbook.xml');
  const sheet = workbook.workbook.sheets.sheet.find((s: { name: string }) => s.name === sheetName);
  if (!sheet) throw new Error(`${path}: no sheet "${sheetName}"`);
  const rels = await read('xl/_rels/workbook.xml.rels');
  const target: string = rels.Relationships.Relationship.find((r: { Id: string }) => r.Id === sheet['r:id']).Target;
  const shared = await read('xl/sharedStrings.xml');
  const strings: string[] = (shared.sst?.si ?? []).map((si: { t: unknown }) => String(typeof si.t === 'object' ? (si.t as { '#text': string })['#text'] : (si.t ?? '')));
  const data = await read(`xl/${target.replace(/^\/?xl\//, '')}`);
  const values = new Map<string, number | string>();
  for (const row of data.worksheet.sheetData.row ?? [])
    for (const c of row.c ?? []) {
      if (c.v === undefined) continue;
      const v = typeof c.v === 'object' ? (c.v['#text'] ?? '') : c.v;
      values.set(c.r, c.t === 's' ? (strings[Number(v)] ?? '') : c.t === 'str' || c.t === 'inlineStr' ? String(v) : Number(v));
    }
  return values;
}
