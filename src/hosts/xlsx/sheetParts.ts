import type JSZip from 'jszip';

/**
 * Reading a workbook's parts without ExcelJS: the scans of stored values
 * (storedCells.ts) and the diagnosis of a file ExcelJS could not open
 * (damagedFile.ts) both need each sheet's name and the part that holds it.
 * Regular expressions, not a parser: the parts are Excel's own plain XML,
 * and a part that is no XML at all is exactly what the diagnosis looks for.
 */

export const xmlAttribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

export const unescapeXml = (xml: string) =>
  xml.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

/**
 * A part's text, or undefined when the zip lacks it or its compressed bytes
 * are damaged (JSZip then throws "Bug : uncompressed data size mismatch" or a
 * CRC error, words no clerk should read): the scans go on with what they can read.
 */
export async function partText(zip: JSZip, part: string): Promise<string | undefined> {
  try {
    return await zip.file(part)?.async('string');
  } catch {
    return undefined;
  }
}

/** `<c r="D11" …>…</c>` or `<c r="D11" …/>`: attributes, then what is inside. */
export const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** `part` is undefined when no relationship points anywhere for the sheet (a damaged xl/_rels/workbook.xml.rels). */
/** A relationship's target as a path in the zip: absolute ("/xl/…") or relative to xl/, with "." and ".." resolved as any writer may use them. */
function partPath(target: string): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/'))
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  return segments.join('/');
}

export type SheetPart = { readonly name: string; readonly part: string | undefined };

/** Every sheet workbook.xml lists, in order, with the part its relationship points to (which may be missing from the zip). */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const workbook = await partText(zip, 'xl/workbook.xml');
  const rels = (await partText(zip, 'xl/_rels/workbook.xml.rels')) ?? '';
  if (!workbook) return [];
  const targets = new Map<string, string>();
  for (const [, attributes = ''] of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = xmlAttribute(attributes, 'Id');
    const target = xmlAttribute(attributes, 'Target');
    if (id && target) targets.set(id, partPath(target));
  }
  const sheets: SheetPart[] = [];
  for (const [, attributes = ''] of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = xmlAttribute(attributes, 'name');
    const part = targets.get(xmlAttribute(attributes, 'r:id') ?? '');
    if (name !== undefined) sheets.push({ name: unescapeXml(name), part });
  }
  return sheets;
}
