import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnitFile } from '../support/units';
import { checkBytes, cpuMilliseconds, editPart, LIBRARY_ENGLISH, partsOf, rawZip, SHEET1, summedFigures, typedFigures, unitB1, type ZipEntry } from './support';

/**
 * The zip and the XML under the cells, as a hostile or broken program leaves
 * them: entries of one name twice, names out of the package, checksums that
 * do not match, entities, encodings, parts missing, a bomb. A file is either
 * read with the figures it holds or refused with exit 2, naming the file and
 * the cause in Vietnamese; it never takes seconds per megabyte of nothing,
 * nor reads a file from the disk it was told to. (An empty file, text, a
 * truncated zip, .xls and a password are test/cli/check.test.ts's.)
 */

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-hostile-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let unit: UnitFile;
let parts: { name: string; data: Uint8Array }[];
let sheet: string;
beforeAll(async () => {
  unit = await unitB1('Huyện ủy Văn Lâm', 5);
  parts = await partsOf(unit.bytes);
  sheet = Buffer.from(parts.find((p) => p.name === SHEET1)!.data).toString('utf8');
});

/** The unit's D11 as typed, and the sheet's XML with another figure there. */
const d11 = () => typedFigures(unit).D11 as number;
const sheetWithD11 = (value: number) => sheet.replace(`<c r="D11" s="20"><v>${d11()}</v></c>`, `<c r="D11" s="20"><v>${value}</v></c>`);

const repacked = (edit: (entries: ZipEntry[]) => ZipEntry[]) => rawZip(edit(parts.map((p) => ({ name: p.name, data: p.data }))));
const utf16 = (xml: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]));

async function expectRefused(name: string, bytes: Uint8Array, cause: RegExp) {
  const result = await checkBytes(dir, name, bytes);
  const said = `${result.out}\n${result.err}`;
  expect(result.code).toBe(2);
  expect(result.err).toContain(name);
  expect(said).toMatch(cause);
  expect(said).not.toMatch(LIBRARY_ENGLISH);
}

async function expectAccepted(name: string, bytes: Uint8Array) {
  const result = await checkBytes(dir, name, bytes);
  expect([result.code, result.err]).toEqual([0, '']);
  expect(await summedFigures(name, bytes)).toEqual(typedFigures(unit));
}

describe('a zip built by hand', () => {
  it('is read like the original when its entries are the same, written by another program', async () => {
    await expectAccepted('tay.xlsx', repacked((e) => e));
  });

  it.each([
    ['the second copy of the sheet shows another figure', (e: ZipEntry[]) => [...e, { name: SHEET1, data: sheetWithD11(9999) }]],
    ['the first copy of the sheet shows another figure', (e: ZipEntry[]) => [{ name: SHEET1, data: sheetWithD11(9999) }, ...e]],
  ])('is refused when it holds two entries of one name and %s: which figure the unit sent cannot be told', async (_what, edit) => {
    await expectRefused('hai-ban-sheet.xlsx', repacked(edit), /hỏng|trùng/);
  });

  it('is refused when a sheet’s stored bytes no longer match their checksum (a figure changed on the way), instead of reading the changed figure', async () => {
    const stored = Buffer.from(rawZip(parts.map((p) => ({ name: p.name, data: p.data, stored: p.name === SHEET1 }))));
    const at = stored.indexOf(`<v>${d11()}</v>`);
    stored[at + 3] = stored[at + 3] === 0x39 ? 0x38 : 0x39;
    await expectRefused('sai-crc.xlsx', new Uint8Array(stored), /hỏng/);
  });

  it('is refused, in Vietnamese, when its sheet is compressed by a method no Excel writes', async () => {
    const bytes = Buffer.from(repacked((e) => e));
    // Method 12 (bzip2) in the sheet's local and central headers.
    for (let i = 0; i + 4 <= bytes.length; i += 1)
      if (bytes.readUInt32LE(i) === 0x02014b50 && bytes.toString('utf8', i + 46, i + 46 + bytes.readUInt16LE(i + 28)) === SHEET1) {
        bytes.writeUInt16LE(12, i + 10);
        bytes.writeUInt16LE(12, bytes.readUInt32LE(i + 42) + 8);
      }
    await expectRefused('bzip2.xlsx', new Uint8Array(bytes), /hỏng/);
  });

  it('is refused when cut by its last byte (the end of its directory lost)', async () => {
    await expectRefused('cut.xlsx', unit.bytes.slice(0, -1), /hỏng/);
  });

  it.each([
    ['an absolute name', '/tmp/tongket-hostile-absolute.txt'],
    ['a name climbing out of the folder', '../../tongket-hostile-climb.txt'],
  ])('holding an extra entry with %s is read with its figures, and nothing is written where the name points', async (_what, name) => {
    const bytes = repacked((e) => [...e, { name, data: 'ghi đè' }]);
    await expectAccepted('ten-la.xlsx', bytes);
    expect(existsSync(name.startsWith('/') ? name : join(dir, name))).toBe(false);
  });

  it('is refused when workbook.xml lists a sheet whose part is missing, saying the file is damaged rather than that it has no form', async () => {
    await expectRefused('thieu-sheet.xlsx', repacked((e) => e.filter((p) => p.name !== SHEET1)), /hỏng|thiếu/);
  });

  it('is refused when the shared strings (every label and the marker) are missing, saying the file is damaged rather than that it has no form', async () => {
    await expectRefused('thieu-chuoi.xlsx', repacked((e) => e.filter((p) => p.name !== 'xl/sharedStrings.xml')), /hỏng|thiếu/);
  });

  it('is read with its figures when [Content_Types].xml is missing, since every part is found by its relationships', async () => {
    await expectAccepted('thieu-kieu.xlsx', repacked((e) => e.filter((p) => p.name !== '[Content_Types].xml')));
  });
});

describe('XML under the cells', () => {
  it('never reads a file of this computer through an external entity (XXE)', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) =>
      xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/hostname">]>').replace(`<v>${d11()}</v>`, '<v>&x;</v>'),
    );
    const hostname = readFileSync('/etc/hostname', 'utf8').trim();
    const result = await checkBytes(dir, 'xxe.xlsx', bytes);
    expect(result.code).toBe(2);
    expect(`${result.out}${result.err}`).not.toContain(hostname);
    expect(result.err).toContain('xxe.xlsx');
    expect(result.err).not.toMatch(LIBRARY_ENGLISH);
  });

  it('does not let an internal entity put a figure in a cell', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) =>
      xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY n "9999">]>').replace(`<v>${d11()}</v>`, '<v>&n;</v>'),
    );
    await expectRefused('thuc-the.xlsx', bytes, /hỏng/);
  });

  it('refuses a billion laughs in the shared strings in under 5 s of CPU, without expanding it', async () => {
    const laughs = ['<!ENTITY a "hahahahaha">', ...'bcdefghi'.split('').map((c, i) => `<!ENTITY ${c} "${`&${'abcdefghi'[i]};`.repeat(10)}">`)].join('');
    const bytes = await editPart(unit.bytes, 'xl/sharedStrings.xml', (xml) => xml.replace(/^<\?xml[^>]*\?>/, `<?xml version="1.0"?><!DOCTYPE sst [${laughs}]>`).replace('<t>', '<t>&i;'));
    expect(await cpuMilliseconds(() => expectRefused('cuoi.xlsx', bytes, /hỏng/))).toBeLessThan(5000);
  });

  it('reads a sheet whose XML starts with a byte-order mark, with its figures', async () => {
    await expectAccepted('bom.xlsx', await editPart(unit.bytes, SHEET1, (xml) => `\uFEFF${xml}`));
  });

  it.each([
    ['the sheet', SHEET1],
    ['the shared strings', 'xl/sharedStrings.xml'],
  ])('reads %s in UTF-16, which the package format allows, with its figures', async (_what, part) => {
    await expectAccepted('utf16.xlsx', repacked((e) => e.map((p) => (p.name === part ? { name: p.name, data: utf16(Buffer.from(p.data).toString('utf8')) } : p))));
  });
});

describe('a zip bomb', () => {
  it('of a 220 kB file holding a 200 MB sheet is refused in under 5 s of CPU, naming the file and its size', async () => {
    const padded = sheet.replace('</sheetData>', `</sheetData>${' '.repeat(200 * 1024 * 1024)}`);
    const bytes = repacked((e) => e.map((p) => (p.name === SHEET1 ? { name: p.name, data: padded } : p)));
    expect(bytes.length).toBeLessThan(300_000);
    expect(await cpuMilliseconds(() => expectRefused('bom-nen.xlsx', bytes, /lớn|MB|dung lượng/))).toBeLessThan(5000);
  });
});
