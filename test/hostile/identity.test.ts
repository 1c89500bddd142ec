import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { unitWorkbook, type UnitFile } from '../support/units';
import { checkBytes, editPart, escapeXml, plantCell, SHEET1, summedFigures, typedFigures, unitB1 } from './support';

/**
 * Edits of what says which form a sheet is, beyond those of
 * test/cli/check.test.ts (marker emptied or overwritten, version as text,
 * mode in capitals, unknown unit type, a summary without units): the marker's
 * keys in other letters, padded, moved, with extra keys; the sheet renamed,
 * hidden, very hidden, listed twice; two sheets of one form in one file.
 */

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-hostile-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MARKER = { campaign: 'nq25', form: 'B1', version: 1, unitType: 'dd_hdnd', mode: 'blank' };
const markerText = (json: string) => `TONGKET ${json}`;

let unit: UnitFile;
beforeAll(async () => {
  unit = await unitB1('Huyện ủy Văn Lâm', 3);
});

/** The file with A1 holding `text` (stored inline: the storage itself is shown harmless in storedTypes.test.ts). */
const withMarker = (text: string) => editPart(unit.bytes, SHEET1, (xml) => plantCell(xml, 'A1', 't="inlineStr"', `<is><t xml:space="preserve">${escapeXml(text)}</t></is>`));

describe('a marker edited by hand', () => {
  it.each([
    ['its campaign key in capitals', JSON.stringify({ ...MARKER, campaign: 'NQ25' }), 'thuộc bộ biểu "NQ25", không phải bộ biểu "nq25"'],
    ['its form key in lower case', JSON.stringify({ ...MARKER, form: 'b1' }), 'bộ biểu nq25 không có biểu b1'],
    ['the key of another form laid out differently', JSON.stringify({ ...MARKER, form: 'B3B' }), 'đã bị sửa bố cục'],
    ['the version 0', JSON.stringify({ ...MARKER, version: 0 }), 'phiên bản 0'],
    ['a version past any number (1e400)', JSON.stringify(MARKER).replace('"version":1', '"version":1e400'), 'phiên bản'],
    ['no mode', JSON.stringify({ ...MARKER, mode: undefined }), 'ghi chế độ null'],
    ['JSON cut in the middle', JSON.stringify(MARKER).slice(0, 30), 'không đọc được (hỏng)'],
  ])('is refused, naming the sheet, when it has %s', async (_what, json, words) => {
    const name = 'dau.xlsx';
    const result = await checkBytes(dir, name, await withMarker(markerText(json)));
    expect(result.code).toBe(1);
    expect(result.out).toContain(`LỖI  ${name}: không đọc được sheet "Biểu 1"`);
    expect(result.out).toContain(words);
  });

  it.each([
    ['its prefix in lower case', `tongket ${JSON.stringify(MARKER)}`],
    ['spaces before the prefix', `  TONGKET ${JSON.stringify(MARKER)}`],
  ])('is taken for a lost marker, naming A1, when it has %s', async (_what, text) => {
    const result = await checkBytes(dir, 'tien-to.xlsx', await withMarker(text));
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  tien-to.xlsx: không đọc được sheet "Biểu 1" trông như Biểu B1');
    expect(result.out).toContain('mất dấu nhận biết của biểu (ô A1');
  });

  it('cannot make a unit’s sheet a summary through "__proto__", and its figures are summed as typed', async () => {
    const bytes = await withMarker(markerText(JSON.stringify(MARKER).replace('{', '{"__proto__":{"mode":"summary","units":["Huyện ủy Mỹ Hào"]},')));
    const result = await checkBytes(dir, 'proto.xlsx', bytes);
    expect(result.code).toBe(0);
    expect(await summedFigures('proto.xlsx', bytes)).toEqual(typedFigures(unit));
  });

  it('is read by the last of two keys of one name, as JSON says, and the sheet is summed as typed', async () => {
    const bytes = await withMarker(markerText(JSON.stringify(MARKER).replace('}', ',"unitType":"dd_hdnd"}')));
    expect((await checkBytes(dir, 'hai-khoa.xlsx', bytes)).code).toBe(0);
    expect(await summedFigures('hai-khoa.xlsx', bytes)).toEqual(typedFigures(unit));
  });

  it('is lost when moved from A1 to B1, and the sheet is refused naming A1', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) =>
      plantCell(plantCell(xml, 'A1', '', ''), 'B1', 't="inlineStr"', `<is><t>${escapeXml(markerText(JSON.stringify(MARKER)))}</t></is>`),
    );
    const result = await checkBytes(dir, 'doi-cho.xlsx', bytes);
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  doi-cho.xlsx: không đọc được sheet "Biểu 1" trông như Biểu B1');
  });
});

describe('a form sheet renamed or hidden', () => {
  it.each([
    ['renamed "Số liệu"', (xml: string) => xml.replace('name="Biểu 1"', 'name="Số liệu"').replace(/&apos;Biểu 1&apos;/g, '&apos;Số liệu&apos;'), 'Số liệu'],
    ['hidden', (xml: string) => xml.replace('state="visible"', 'state="hidden"'), 'Biểu 1'],
    ['very hidden', (xml: string) => xml.replace('state="visible"', 'state="veryHidden"'), 'Biểu 1'],
  ])('is still read when %s: the marker says which form it is, and the sums are the figures typed', async (_what, edit, sheet) => {
    const bytes = await editPart(unit.bytes, 'xl/workbook.xml', edit);
    const result = await checkBytes(dir, 'doi-ten.xlsx', bytes);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`doi-ten.xlsx: 1 biểu của bộ`);
    if (result.out.includes('CẢNH BÁO')) expect(result.out).toContain(`CẢNH BÁO doi-ten.xlsx: ${sheet}, ô `);
    expect(await summedFigures('doi-ten.xlsx', bytes)).toEqual(typedFigures(unit));
  });
});

describe('one form twice in one file', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    // A clerk copied Biểu 1 (Move or Copy) and typed another figure into the copy's D11.
    const workbook = await unitWorkbook('Huyện ủy Văn Lâm', 'dd_hdnd', 3, {
      forms: ['B1'],
      edit: (w) => {
        const original = w.getWorksheet('Biểu 1') as ExcelJS.Worksheet;
        const copy = w.addWorksheet('Biểu 1 (2)');
        original.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => (copy.getCell(r, c).value = cell.value)));
        copy.getCell('D11').value = 5;
      },
    });
    bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  });

  it('is named by the check, both sheets in one line, since the merge reads only one of them', async () => {
    const result = await checkBytes(dir, 'hai-ban.xlsx', bytes);
    const lines = result.out.split('\n').filter((l) => l.includes('"Biểu 1"') && l.includes('"Biểu 1 (2)"'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('hai-ban.xlsx');
  });

  it('is summed once, from the first sheet, never both', async () => {
    expect(await summedFigures('hai-ban.xlsx', bytes)).toEqual(typedFigures(unit));
  });
});
