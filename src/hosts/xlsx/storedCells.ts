import JSZip from 'jszip';
import { oddValue, shownDate, type OddValue } from '../../core/oddValue';

/**
 * The cells whose stored value ExcelJS would misread as a figure, by sheet
 * name and address. ExcelJS reads any cell that is not text, boolean or error
 * with parseFloat: an ISO date (`t="d"`, which Excel and LibreOffice may
 * write) becomes its year, `<v>12abc</v>` becomes 12. Both are found in the
 * sheets' XML here, to be shown and refused instead (sheetGrids' `odd`).
 * Formula cells are left out: a formula in an input is flagged as such.
 */
export type StoredOddities = ReadonlyMap<string, ReadonlyMap<string, OddValue>>;

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const VALUE = /<v>([^<]*)<\/v>/;

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
const unescape = (xml: string) =>
  xml.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

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
    const stored = VALUE.exec(inner)?.[1];
    const address = attribute(attributes, 'r');
    if (stored === undefined || address === undefined) continue;
    const text = unescape(stored);
    if (type === 'd') found.set(address, oddValue('date', shownIsoDate(text)));
    else if (!NUMBER.test(text)) found.set(address, oddValue('malformed-number', text));
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
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return result;
  const targets = new Map<string, string>();
  for (const [, attributes = ''] of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [, attributes = ''] of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attribute(attributes, 'name');
    const target = targets.get(attribute(attributes, 'r:id') ?? '');
    const xml = target ? await zip.file(target)?.async('string') : undefined;
    if (name === undefined || xml === undefined) continue;
    // Most files have no odd cell: a look for what could be one spares the full scan.
    if (!/t="d"|<v>[^<]*[^-+0-9.eE\s<][^<]*<\/v>/.test(xml)) continue;
    const cells = oddCells(xml);
    if (cells.size > 0) result.set(unescape(name), cells);
  }
  return result;
}
