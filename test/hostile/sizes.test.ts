import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnLetters } from '../../src/core/a1';
import type { UnitFile } from '../support/units';
import { checkBytes, cpuMilliseconds, editPart, LIBRARY_ENGLISH, plantCell, SHEET1, summedFigures, typedFigures, unitB1 } from './support';

/**
 * Sizes past what Excel keeps or a clerk types: texts past 32,767 characters,
 * every one of the 16,384 columns, the last row and rows and columns past it.
 * Cells outside the form change no sum; what is inside it and too long is named.
 */

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-hostile-sizes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let unit: UnitFile;
beforeAll(async () => {
  unit = await unitB1('Huyện ủy Văn Lâm', 7);
});

const inline = (text: string) => `<is><t xml:space="preserve">${text}</t></is>`;
const addRow = (row: string) => (xml: string) => xml.replace('</sheetData>', `${row}</sheetData>`);

describe('long texts', () => {
  it('names a unit name past Excel’s 32,767 characters per cell (A3) as an error, never merging under it', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(xml, 'A3', 't="inlineStr"', inline('Huyện ủy Văn Lâm '.repeat(2000))));
    const result = await checkBytes(dir, 'ten-dai.xlsx', bytes);
    expect(result.code).toBe(1);
    expect(result.out.split('\n').filter((l) => l.startsWith('LỖI  ten-dai.xlsx: ') && l.includes('ô A3'))).toHaveLength(1);
  });

  it('names a note (Ghi chú, G11) past 32,767 characters as an error', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(xml, 'G11', 't="inlineStr"', inline('ghi chú '.repeat(5000))));
    const result = await checkBytes(dir, 'ghi-chu-dai.xlsx', bytes);
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  ghi-chu-dai.xlsx: Biểu 1, ô G11: ');
  });

  it('refuses 5 MB of digits typed as text in a figure cell, quoting them cut short so the report stays readable', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(xml, 'D11', 't="inlineStr"', inline('1'.repeat(5_000_000))));
    const result = await checkBytes(dir, 'chu-so.xlsx', bytes);
    expect(result.code).toBe(1);
    const line = result.out.split('\n').find((l) => l.includes('ô D11: '));
    expect(line).toBeDefined();
    expect(line!.length).toBeLessThan(2000);
  });
});

describe('cells far from the form', () => {
  it('reads a file using all 16,384 columns of a row below the form, with the figures typed', async () => {
    const cells = Array.from({ length: 16_384 }, (_, c) => `<c r="${columnLetters(c)}40"><v>${c + 1}</v></c>`).join('');
    const bytes = await editPart(unit.bytes, SHEET1, addRow(`<row r="40">${cells}</row>`));
    const result = await checkBytes(dir, 'rong.xlsx', bytes);
    expect(result.code).toBe(0);
    expect(await summedFigures('rong.xlsx', bytes)).toEqual(typedFigures(unit));
  });

  it('reads a file whose last row, 1,048,576, holds a number, with the figures typed', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, addRow('<row r="1048576"><c r="A1048576"><v>1</v></c></row>'));
    expect((await checkBytes(dir, 'hang-cuoi.xlsx', bytes)).code).toBe(0);
    expect(await summedFigures('hang-cuoi.xlsx', bytes)).toEqual(typedFigures(unit));
  });

  it('reads a file claiming a dimension of the whole sheet quickly, with the figures typed', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'));
    let code: number | undefined;
    expect(await cpuMilliseconds(async () => (code = (await checkBytes(dir, 'kich-thuoc.xlsx', bytes)).code))).toBeLessThan(5000);
    expect(code).toBe(0);
    expect(await summedFigures('kich-thuoc.xlsx', bytes)).toEqual(typedFigures(unit));
  });

  it('refuses, in Vietnamese and naming the file, a cell past the last column XFD', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => xml.replace(/(<row r="11"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="XFE11"><v>5</v></c></row>'));
    const result = await checkBytes(dir, 'qua-cot.xlsx', bytes);
    expect(result.code).toBe(2);
    expect(result.err).toContain('qua-cot.xlsx');
    expect(result.err).not.toMatch(LIBRARY_ENGLISH);
  });

  it('changes no sum for a cell in a row past the last row (99,999,999)', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, addRow('<row r="99999999"><c r="A99999999"><v>1</v></c></row>'));
    const result = await checkBytes(dir, 'qua-hang.xlsx', bytes);
    expect(result.err).toBe(result.code === 2 ? expect.stringContaining('qua-hang.xlsx') : '');
    if (result.code === 0) expect(await summedFigures('qua-hang.xlsx', bytes)).toEqual(typedFigures(unit));
  });

  it('reads a row of the form written twice as one row, or refuses the file, never summing a figure twice', async () => {
    const row11 = /<row r="11"[^>]*>[\s\S]*?<\/row>/;
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => xml.replace(row11, (row) => `${row}${row.replace(/<v>\d+<\/v>/g, '<v>1</v>')}`));
    const result = await checkBytes(dir, 'hang-doi.xlsx', bytes);
    // Excel refuses a row written twice; a reader that takes either copy without a word has chosen a figure for the unit.
    expect(result.code).not.toBe(0);
    expect(`${result.out}${result.err}`).toContain('hang-doi.xlsx');
  });
});
