import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { mergeFiles, summaryResult } from '../merge/support';
import { formOf, NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';
import { figure, type Figures } from '../support/fill';
import { unitFile, type UnitFile } from '../support/units';

/**
 * Ways to take a good unit workbook apart and put it back wrong, below what
 * ExcelJS can write: a cell's XML as given, a part edited as text, a zip built
 * byte by byte (duplicate names, "../" paths, entries JSZip would not write).
 */

export const SHEET1 = 'xl/worksheets/sheet1.xml';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export { escapeXml };

/** The parts of a package, in the zip's order, as bytes. */
export async function partsOf(bytes: Uint8Array): Promise<{ name: string; data: Uint8Array }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: { name: string; data: Uint8Array }[] = [];
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.push({ name: entry.name, data: await entry.async('uint8array') });
  return parts;
}

/** The package with one part's text changed; `edit` returning undefined drops the part. */
export async function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string | undefined): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new Error(`no part ${part}`);
  const edited = edit(xml);
  if (edited === undefined) zip.remove(part);
  else zip.file(part, edited);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/**
 * The sheet with cell `address` replaced by `<c r="address" s=… {attributes}>{inner}</c>` (its style kept):
 * every storage the format allows, e.g. `t="inlineStr"` with `<is><t>12</t></is>`.
 */
export function plantCell(xml: string, address: string, attributes: string, inner: string): string {
  const pattern = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const match = pattern.exec(xml);
  if (!match) throw new Error(`no cell ${address}`);
  const style = /\ss="\d+"/.exec(match[1] ?? '')?.[0] ?? '';
  return xml.replace(pattern, () => `<c r="${address}"${style}${attributes ? ` ${attributes}` : ''}>${inner}</c>`);
}

/** The shared-string table with `text` appended, and the index it got. */
export function addSharedString(xml: string, inner: string): { xml: string; index: number } {
  const index = (xml.match(/<si>/g) ?? []).length;
  const added = xml.replace('</sst>', `<si>${inner}</si></sst>`).replace(/count="\d+"/, (m) => `count="${Number(m.slice(7, -1)) + 1}"`).replace(/uniqueCount="\d+"/, `uniqueCount="${index + 1}"`);
  return { xml: added, index };
}

/** The text of a shared string by index (its runs joined), read by regular expression: the test's own reading, not the library's. */
export function sharedStringAt(xml: string, index: number): string | undefined {
  const item = [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)][index]?.[1];
  if (item === undefined) return undefined;
  return [...item.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join('');
}

export type ZipEntry = { readonly name: string; readonly data: Uint8Array | string; readonly stored?: boolean };

/**
 * A zip written by hand, so that it can hold what no zip library writes:
 * two entries of one name, absolute and "../" names, any order.
 */
export function rawZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const body = entry.stored ? data : deflateRawSync(data);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(data);
    const method = entry.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A unit's Biểu 1 alone (the HĐND party delegation sends few forms): small, so hundreds of variants stay fast. */
export const B1 = formOf(NQ25, 'B1');
const grid = formGrid(B1);
export const at = (row: string, column: string) => addressOf(grid, row, column);

/** Every numeric input of Biểu 1 with its address, e.g. D11 for the documents issued (vb_nq, p1). */
export const B1_INPUTS = numericInputCells(B1).map((cell) => ({ row: cell.row, column: cell.column, address: at(cell.row, cell.column) }));

export async function unitB1(unit: string, seed: number): Promise<UnitFile> {
  return unitFile(unit, 'dd_hdnd', seed, { forms: ['B1'] });
}

/** What the unit typed, by address: the figures the test filled in, with `changes` applied (undefined: blank). */
export function typedFigures(unit: UnitFile, changes: Readonly<Record<string, number | undefined>> = {}): Record<string, number | undefined> {
  const figures = unit.figures.get('B1') as Figures;
  const typed: Record<string, number | undefined> = {};
  for (const input of B1_INPUTS) typed[input.address] = figure(figures, input.row, input.column);
  return { ...typed, ...changes };
}

/** Each Biểu 1 input as the one-unit summary sums it (undefined: blank, or the unit was not counted). */
export async function summedFigures(name: string, bytes: Uint8Array): Promise<Record<string, number | undefined>> {
  const merged = await mergeFiles([{ name, bytes }]);
  const sums: Record<string, number | undefined> = {};
  for (const input of B1_INPUTS) sums[input.address] = summaryResult(merged, 'B1', input.row, input.column);
  return sums;
}

/** `tongket check` on the bytes saved as `name` in a folder of `dir`: what a clerk runs on a file received. */
export async function checkBytes(dir: string, name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return cli('check', path);
}

/**
 * Words of the libraries' own English messages ("Cannot read properties of
 * undefined (reading 'richText')", "undefined entity", "Out of bounds"), which
 * a clerk cannot act on. Not "undefined" alone: zod's Vietnamese messages name
 * a missing value's type so ("nhận được undefined").
 */
export const LIBRARY_ENGLISH = /\b(Cannot|Invalid|Out of bounds|entity|character|properties|reading|Unexpected|Error|Bug)\b/;

/** Milliseconds of this process's CPU spent by `work`: unlike the clock, not lengthened by other suites sharing the machine. */
export async function cpuMilliseconds(work: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}
