import { posix } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { rawZip } from './support';

/**
 * Mutants of a real unit workbook, and what each one holds according to the
 * test's own reading of its XML (fast-xml-parser and the package's
 * relationships, never ExcelJS nor the product's scans): the oracle the fuzz
 * compares the reader against.
 */

export type Part = { readonly name: string; readonly data: Uint8Array };

export type Mutant = {
  readonly bytes: Uint8Array;
  /** What was done, so that a failure can be told and replayed from its seed. */
  readonly description: string;
  /**
   * The package the figures must be read from: the parts as written (one
   * name may come twice), or undefined when the bytes were damaged below the
   * zip (a byte flipped): then the checksums say the original parts are the
   * only figures the file can be taken to hold.
   */
  readonly parts: readonly Part[] | undefined;
};

/** What a figure cell holds: nothing, a figure, something no figure (text, a formula, an error…), two different things, or what the oracle cannot tell. */
export type Truth = { readonly kind: 'blank' } | { readonly kind: 'figure'; readonly value: number } | { readonly kind: 'not-figure'; readonly why: string } | { readonly kind: 'conflict' } | { readonly kind: 'unknown' };

const text = (data: Uint8Array) => Buffer.from(data).toString('utf8');
const bytesOf = (xml: string) => new Uint8Array(Buffer.from(xml, 'utf8'));

// ---------------------------------------------------------------- mutations

type Next = () => number;
const pick = <T>(next: Next, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

function cellsOf(xml: string): { start: number; end: number; source: string }[] {
  return [...xml.matchAll(CELL)].map((m) => ({ start: m.index, end: m.index + m[0].length, source: m[0] }));
}

/** A cell to mutate: half the time one holding a figure (`<v>` without `t` or formula), since those are what a sum is made of. */
function someCell(next: Next, xml: string, figures: readonly string[]) {
  const cells = cellsOf(xml);
  const withFigure = cells.filter((c) => figures.some((a) => c.source.startsWith(`<c r="${a}"`)) && c.source.includes('<v>'));
  return next() < 0.5 && withFigure.length > 0 ? pick(next, withFigure) : pick(next, cells);
}

/** A `<v>` written as no program but a hostile one writes it, each holding 12 for an XML parser (but the last: two values). */
const VALUE_XML = ['<v><![CDATA[12]]></v>', '<v>1<![CDATA[2]]></v>', '<v>1<!-- -->2</v>', '<v>&#49;&#50;</v>', '<v>1<?pi?>2</v>', '<v>12</v><v>99</v>'];
const VALUES = ['0', '7', '12', '1671', '-3', '2.5', '1e3', ' 12 ', '', 'abc', '12abc', '0x1F', '1,5', '１２', 'NaN', 'Infinity', '1E+309', '-0', '00012', '.5', '1e-400', '9'.repeat(400)];
const TYPES = ['n', 's', 'str', 'inlineStr', 'b', 'e', 'd', 'x', ''];
const GARBAGE = ['<', '&', '<x>', '</c>', '</row>', '<!-- -->', '<c r="D11"><v>5</v></c>', '\u0000', ']]>', '<v>3</v>', '"', 'ẩ', '<?pi?>', '<![CDATA[9]]>'];

/** One edit of a sheet's XML text, described. */
export function editSheet(next: Next, xml: string, figures: readonly string[]): { xml: string; what: string } {
  const edits = ['value', 'attribute', 'duplicate', 'type', 'drop-row-end', 'garbage', 'swap', 'row-number'] as const;
  const edit = pick(next, edits);
  const splice = (start: number, end: number, by: string) => xml.slice(0, start) + by + xml.slice(end);
  if (edit === 'value') {
    const cell = someCell(next, xml, figures);
    const value = next() < 0.2 ? pick(next, VALUE_XML) : `<v>${pick(next, VALUES)}</v>`;
    const changed = cell.source.includes('<v>') ? cell.source.replace(/<v>[^<]*<\/v>/, value) : cell.source.replace(/\/>$/, `>${value}</c>`);
    return { xml: splice(cell.start, cell.end, changed), what: `value of ${cell.source.slice(0, 16)}… set to ${value}` };
  }
  if (edit === 'attribute') {
    const cell = someCell(next, xml, figures);
    const name = pick(next, ['r', 't', 's']);
    return { xml: splice(cell.start, cell.end, cell.source.replace(new RegExp(`\\s${name}="[^"]*"`), '')), what: `attribute ${name} deleted from ${cell.source.slice(0, 16)}…` };
  }
  if (edit === 'duplicate') {
    const cell = someCell(next, xml, figures);
    return { xml: splice(cell.start, cell.end, cell.source + cell.source), what: `cell ${cell.source.slice(0, 16)}… written twice` };
  }
  if (edit === 'type') {
    const cell = someCell(next, xml, figures);
    const type = pick(next, TYPES);
    const bare = cell.source.replace(/\st="[^"]*"/, '');
    const changed = type === '' ? bare : bare.replace(/^<c\b/, `<c t="${type}"`);
    return { xml: splice(cell.start, cell.end, changed), what: `type of ${cell.source.slice(0, 16)}… set to "${type}"` };
  }
  if (edit === 'drop-row-end') {
    const ends = [...xml.matchAll(/<\/row>/g)];
    const end = pick(next, ends);
    return { xml: splice(end.index, end.index + 6, ''), what: `</row> #${ends.indexOf(end)} dropped` };
  }
  if (edit === 'garbage') {
    const at = Math.floor(next() * xml.length);
    const junk = pick(next, GARBAGE);
    return { xml: splice(at, at, junk), what: `${JSON.stringify(junk)} inserted at ${at}` };
  }
  if (edit === 'swap') {
    const a = someCell(next, xml, figures);
    const b = someCell(next, xml, figures);
    const ra = /r="([^"]*)"/.exec(a.source)?.[1];
    const rb = /r="([^"]*)"/.exec(b.source)?.[1];
    if (!ra || !rb || a.start === b.start) return { xml, what: 'swap of one cell with itself (no change)' };
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    const [rf, rs] = a.start < b.start ? [ra, rb] : [rb, ra];
    const swapped = xml.slice(0, first.start) + first.source.replace(`r="${rf}"`, `r="${rs}"`) + xml.slice(first.end, second.start) + second.source.replace(`r="${rs}"`, `r="${rf}"`) + xml.slice(second.end);
    return { xml: swapped, what: `addresses ${ra} and ${rb} swapped` };
  }
  const rows = [...xml.matchAll(/<row r="(\d+)"/g)];
  const row = pick(next, rows);
  const to = pick(next, ['1', '11', '12', '40', '0', '1048577']);
  return { xml: splice(row.index, row.index + row[0].length, `<row r="${to}"`), what: `row ${row[1]} renumbered ${to}` };
}

/** One edit of any other part's XML (workbook.xml, its relationships, the shared strings, styles…): an element twice, an attribute gone or changed, garbage. */
export function editOtherPart(next: Next, xml: string): { xml: string; what: string } {
  const splice = (start: number, end: number, by: string) => xml.slice(0, start) + by + xml.slice(end);
  const edit = pick(next, ['element', 'attribute', 'value', 'garbage'] as const);
  const elements = [...xml.matchAll(/<[\w:]+\b[^>]*\/>|<(si|sheet|Relationship|Override|xf|font)\b[^>]*>[\s\S]*?<\/\1>/g)];
  const attributes = [...xml.matchAll(/\s[\w:]+="[^"]*"/g)];
  if (edit === 'element' && elements.length > 0) {
    const element = pick(next, elements);
    return { xml: splice(element.index, element.index + element[0].length, element[0] + element[0]), what: `element ${element[0].slice(0, 30)}… written twice` };
  }
  if (edit === 'attribute' && attributes.length > 0) {
    const attribute = pick(next, attributes);
    return { xml: splice(attribute.index, attribute.index + attribute[0].length, ''), what: `attribute ${attribute[0].trim().slice(0, 30)} deleted` };
  }
  if (edit === 'value' && attributes.length > 0) {
    const attribute = pick(next, attributes);
    const value = pick(next, ['0', '1', '2', 'rId1', 'rId4', 'Biểu 1', 'Biểu 3B', 'hidden', 'veryHidden', '', 'x', '/xl/worksheets/sheet1.xml', 'worksheets/sheet2.xml']);
    const changed = attribute[0].replace(/="[^"]*"$/, `="${value}"`);
    return { xml: splice(attribute.index, attribute.index + attribute[0].length, changed), what: `attribute ${attribute[0].trim().slice(0, 30)} set to "${value}"` };
  }
  const at = Math.floor(next() * xml.length);
  const junk = pick(next, GARBAGE);
  return { xml: splice(at, at, junk), what: `${JSON.stringify(junk)} inserted at ${at}` };
}

/** A mutant of `bytes` (whose parts are `parts`) by `next`: bytes flipped, the XML of a sheet or another part edited, a part dropped or written twice. */
export async function mutate(next: Next, bytes: Uint8Array, parts: readonly Part[], figures: ReadonlyMap<string, readonly string[]>): Promise<Mutant> {
  const roll = next();
  const sheets = parts.filter((p) => p.name.startsWith('xl/worksheets/'));
  if (roll < 0.25) {
    // A byte of the zip as written by ExcelJS, or of a copy with the sheets stored uncompressed (so that flips land in the XML).
    const stored = next() < 0.5;
    const base = Buffer.from(stored ? rawZip(parts.map((p) => ({ name: p.name, data: p.data, stored: true }))) : bytes);
    const flips: string[] = [];
    for (let n = 1 + Math.floor(next() * 3); n > 0; n -= 1) {
      const at = Math.floor(next() * base.length);
      const mask = 1 + Math.floor(next() * 255);
      base[at] = (base[at] as number) ^ mask;
      flips.push(`${at}^${mask}`);
    }
    return { bytes: new Uint8Array(base), description: `byte flips ${flips.join(', ')} in the ${stored ? 'stored' : 'deflated'} zip`, parts: undefined };
  }
  if (roll < 0.65) {
    const sheet = pick(next, sheets);
    const { xml, what } = editSheet(next, text(sheet.data), figures.get(sheet.name) ?? []);
    const edited = parts.map((p) => (p === sheet ? { name: p.name, data: bytesOf(xml) } : p));
    return { bytes: await zipped(edited), description: `${sheet.name}: ${what}`, parts: edited };
  }
  if (roll < 0.8) {
    const part = pick(next, parts.filter((p) => !p.name.startsWith('xl/worksheets/') && /\.(xml|rels)$/.test(p.name)));
    const { xml, what } = editOtherPart(next, text(part.data));
    const edited = parts.map((p) => (p === part ? { name: p.name, data: bytesOf(xml) } : p));
    return { bytes: await zipped(edited), description: `${part.name}: ${what}`, parts: edited };
  }
  if (roll < 0.9) {
    const dropped = pick(next, parts);
    const kept = parts.filter((p) => p !== dropped);
    return { bytes: await zipped(kept), description: `part ${dropped.name} dropped`, parts: kept };
  }
  const twice = pick(next, parts);
  const other = twice.name.startsWith('xl/worksheets/') && next() < 0.5;
  const copy = other ? { name: twice.name, data: bytesOf(editSheet(next, text(twice.data), figures.get(twice.name) ?? []).xml) } : twice;
  const first = next() < 0.5;
  const listed = first ? [copy, ...parts] : [...parts, copy];
  return { bytes: rawZip(listed), description: `part ${twice.name} written twice (${first ? 'first' : 'second'} copy ${other ? 'edited' : 'the same'})`, parts: listed };
}

async function zipped(parts: readonly Part[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const p of parts) zip.file(p.name, p.data);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

// ------------------------------------------------------------------ oracle

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Character references (&#49;) too: what an XML parser, and Excel, reads.
  htmlEntities: true,
  isArray: (name) => ['row', 'c', 'si', 'r', 'sheet', 'Relationship'].includes(name),
});

type Node = Record<string, unknown>;
const wellFormed = (xml: string) => XMLValidator.validate(xml) === true;
const textOf = (node: unknown): string => (typeof node === 'string' ? node : node && typeof node === 'object' ? String((node as Node)['#text'] ?? '') : '');

/** The parts by name; a name written twice keeps both copies. */
function byName(parts: readonly Part[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of parts) map.set(p.name, [...(map.get(p.name) ?? []), text(p.data)]);
  return map;
}

/** Sheet name → its part, by workbook.xml and its relationships; undefined when either is missing, twice or no XML. */
function sheetPartsOf(files: Map<string, string[]>): Map<string, string> | undefined {
  const [workbook, ...more] = files.get('xl/workbook.xml') ?? [];
  const [rels, ...moreRels] = files.get('xl/_rels/workbook.xml.rels') ?? [];
  if (!workbook || !rels || more.length > 0 || moreRels.length > 0 || !wellFormed(workbook) || !wellFormed(rels)) return undefined;
  const targets = new Map<string, string>();
  for (const r of ((parser.parse(rels) as Node).Relationships as Node | undefined)?.Relationship as Node[] | undefined ?? []) {
    if (r['@_TargetMode'] === 'External') continue;
    const target = String(r['@_Target'] ?? '');
    targets.set(String(r['@_Id']), target.startsWith('/') ? target.slice(1) : posix.normalize(`xl/${target}`));
  }
  const sheets = new Map<string, string>();
  for (const s of (((parser.parse(workbook) as Node).workbook as Node | undefined)?.sheets as Node | undefined)?.sheet as Node[] | undefined ?? []) {
    const part = targets.get(String(s['@_r:id']));
    if (part) sheets.set(String(s['@_name']), part);
  }
  return sheets;
}

/** The shared strings' texts, undefined when there is no readable table. */
function sharedStrings(files: Map<string, string[]>): string[] | undefined {
  const copies = files.get('xl/sharedStrings.xml');
  if (!copies || copies.length !== 1 || !wellFormed(copies[0] as string)) return undefined;
  const sst = (parser.parse(copies[0] as string) as Node).sst as Node | undefined;
  return ((sst?.si as Node[] | undefined) ?? []).map((si) => (si.t !== undefined ? textOf(si.t) : ((si.r as Node[] | undefined) ?? []).map((r) => textOf(r.t)).join('')));
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
/** Excel's largest number is 9.99999999999999E+307; a file holding more was not written by Excel. */
const EXCEL_MAX = 9.99999999999999e307;

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** What one stored cell holds, as Excel would show it in a number cell. */
function truthOfCell(c: Node, strings: string[] | undefined): Truth {
  // Two values in one cell: Excel refuses the file; which one the unit sent cannot be told.
  if (Array.isArray(c.v) || Array.isArray(c.is)) return { kind: 'conflict' };
  if (Array.isArray(c.f)) return { kind: 'unknown' };
  const type = c['@_t'] === undefined ? 'n' : String(c['@_t']);
  const v = c.v === undefined ? undefined : textOf(c.v);
  if (c.f !== undefined) return { kind: 'not-figure', why: 'formula' };
  if (type === 'inlineStr') {
    if (c.is === undefined) return v === undefined ? { kind: 'blank' } : { kind: 'unknown' };
    const is = c.is as Node;
    const shown = is.t !== undefined ? textOf(is.t) : ((is.r as Node[] | undefined) ?? []).map((r) => textOf(r.t)).join('');
    return shown.trim() === '' ? { kind: 'blank' } : { kind: 'not-figure', why: `inline text "${shown.slice(0, 20)}"` };
  }
  if (c.is !== undefined) return { kind: 'unknown' };
  if (v === undefined) return { kind: 'blank' };
  if (type === 'n') {
    if (v.trim() === '') return { kind: 'blank' };
    const value = Number(v);
    if (!NUMBER.test(v) || !Number.isFinite(value) || Math.abs(value) > EXCEL_MAX) return { kind: 'not-figure', why: `stored "${v.slice(0, 20)}"` };
    return { kind: 'figure', value: value === 0 ? 0 : value };
  }
  if (type === 's') {
    if (!strings) return { kind: 'unknown' };
    const index = Number(v);
    const shown = Number.isInteger(index) ? strings[index] : undefined;
    if (shown === undefined) return { kind: 'not-figure', why: `shared string ${v} missing` };
    return shown.trim() === '' ? { kind: 'blank' } : { kind: 'not-figure', why: `shared text "${shown.slice(0, 20)}"` };
  }
  if (type === 'str') return v.trim() === '' ? { kind: 'blank' } : { kind: 'not-figure', why: `text "${v.slice(0, 20)}"` };
  if (['b', 'e', 'd'].includes(type)) return { kind: 'not-figure', why: `${type} "${v.slice(0, 20)}"` };
  return { kind: 'unknown' };
}

/** Every cell of a sheet by address, positions left out of the XML counted as the format says (the next column, the next row). */
function truthsOfSheet(xml: string, strings: string[] | undefined): Map<string, Truth> | undefined {
  const cells = new Map<string, Truth>();
  const sheetData = ((parser.parse(xml) as Node).worksheet as Node | undefined)?.sheetData as Node | undefined;
  let rowNumber = 0;
  for (const row of (sheetData?.row as Node[] | undefined) ?? []) {
    rowNumber = row['@_r'] === undefined ? rowNumber + 1 : Number(row['@_r']);
    let column = 0;
    for (const c of (row.c as Node[] | undefined) ?? []) {
      const r = c['@_r'] === undefined ? undefined : /^([A-Z]{1,3})(\d+)$/.exec(String(c['@_r']));
      if (c['@_r'] !== undefined && !r) return undefined; // An address no program writes: the whole sheet is beyond this oracle.
      column = r ? columnIndex(r[1] as string) : column + 1;
      if (r && Number(r[2]) !== rowNumber) return undefined; // A cell filed under another row: ditto.
      const address = `${columnLetters(column)}${rowNumber}`;
      const truth = truthOfCell(c, strings);
      const before = cells.get(address);
      cells.set(address, before === undefined || JSON.stringify(before) === JSON.stringify(truth) ? truth : { kind: 'conflict' });
    }
  }
  return cells;
}

function columnLetters(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

/**
 * Sheet name → address → what the mutant holds there, by the package as
 * written (`mutant.parts`), or the original's when the bytes were flipped.
 * A sheet whose XML is not well formed holds what the original held: a broken
 * file may be refused or read, but it cannot be taken to say another figure.
 * A sheet beyond this reading (no such part, an address out of its row) is
 * left out and not judged.
 */
export function truths(mutantParts: readonly Part[], originalParts: readonly Part[]): Map<string, Map<string, Truth>> {
  const original = byName(originalParts);
  const files = byName(mutantParts);
  const sheets = sheetPartsOf(files) ?? sheetPartsOf(original) ?? new Map<string, string>();
  const strings = sharedStrings(files);
  const result = new Map<string, Map<string, Truth>>();
  for (const [name, part] of sheets) {
    const copies = files.get(part);
    if (!copies) continue;
    const readable = copies.map((xml) => (wellFormed(xml) ? xml : original.get(part)?.[0])).filter((xml): xml is string => xml !== undefined);
    const read = readable.map((xml) => truthsOfSheet(xml, strings));
    const [first, ...others] = read;
    if (!first || read.some((r) => r === undefined)) continue;
    for (const other of others as Map<string, Truth>[])
      for (const address of new Set([...first.keys(), ...other.keys()]))
        if (JSON.stringify(first.get(address) ?? { kind: 'blank' }) !== JSON.stringify(other.get(address) ?? { kind: 'blank' })) first.set(address, { kind: 'conflict' });
    result.set(name, first);
  }
  return result;
}
