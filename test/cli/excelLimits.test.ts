import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cli } from '../support/cli';
import { formOneFile } from '../support/formOneFile';
import type { StoredCell } from '../support/sheetXml';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-limits-'));

/** A unit's Biểu 1 (D11 and E11 count documents) with cells typed through ExcelJS, then cells stored as given in the XML. */
const unitFile = (name: string, unit: string, typed: (sheet: ExcelJS.Worksheet) => void, stored: Record<string, StoredCell> = {}) => formOneFile(dir, name, { unit, typed, stored });

/** Every cell value stored in a written workbook's sheets, with the sheet's part. */
async function storedValues(path: string): Promise<{ part: string; value: string }[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const found: { part: string; value: string }[] = [];
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/.*\.xml$/.test(p)))
    for (const [, value = ''] of (await zip.file(part)!.async('string')).matchAll(/<v>([^<]*)<\/v>/g)) found.push({ part, value });
  return found;
}

/** Excel's largest number is 9.99999999999999E+307; Infinity and NaN are no numbers at all. */
const invalidNumber = ({ value }: { value: string }) => /Infinity|NaN/.test(value) || (/^[-+\d.eE]+$/.test(value) && Math.abs(Number(value)) > 9.99999999999999e307);

describe('numbers Excel cannot hold', () => {
  it('flags a stored 1E+308 at its cell: valid to JavaScript, past Excel’s largest number', async () => {
    const result = await cli('check', await unitFile('lon.xlsx', 'Huyện ủy Văn Lâm', () => undefined, { D11: { v: '1E+308' } }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  lon.xlsx: Biểu 1, ô D11: số 1E+308 quá lớn: Excel chỉ lưu được số nhỏ hơn 1E+308');
  });

  it('flags a stored number that overflows to Infinity, showing what the file holds', async () => {
    const result = await cli('check', await unitFile('vo-cung.xlsx', 'Huyện ủy Văn Lâm', () => undefined, { D12: { v: '2e400' } }), '--json');
    expect(result.code).toBe(1);
    const issues = JSON.parse(result.out) as { code: string; address: string; message: string }[];
    expect(issues.find((i) => i.address === 'D12')).toMatchObject({ code: 'number-too-large', message: expect.stringContaining('Biểu 1, ô D12: số 2E400 quá lớn') });
  });

  it('never sums such a figure, even when units with errors are counted, and writes no invalid number', async () => {
    const huge = await unitFile('lon-gop.xlsx', 'Huyện ủy Văn Lâm', (s) => (s.getCell('D12').value = 2), { D11: { v: '1E+308' } });
    const out = join(dir, 'tong-lon.xlsx');
    const result = await cli('merge', huge, '--out', out, '--include-errors', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { units: { unit: string; errors: number }[] };
    expect(report.units).toEqual([expect.objectContaining({ unit: 'Huyện ủy Văn Lâm', errors: 1 })]);
    expect((await storedValues(out)).filter(invalidNumber)).toEqual([]);
  });

  it('says where two units’ figures add up past Excel’s largest number, and caches no such total', async () => {
    const a = await unitFile('a.xlsx', 'Huyện ủy Văn Lâm', (s) => (s.getCell('D11').value = 6e307));
    const b = await unitFile('b.xlsx', 'Huyện ủy Ân Thi', (s) => (s.getCell('D11').value = 5e307));
    const out = join(dir, 'tong-tran.xlsx');
    const result = await cli('merge', a, b, '--out', out);
    expect(result.out).toContain(
      'LỖI TH Biểu 1, ô D11: tổng của 2 đơn vị vượt quá số lớn nhất Excel lưu được (khoảng 1E+308), nên ô này không ghi số mà Excel sẽ báo lỗi #NUM!; ' +
        'số lớn nhất do "Huyện ủy Văn Lâm" (Biểu 1 6E+307), "Huyện ủy Ân Thi" (Biểu 1 5E+307) báo',
    );
    expect((await storedValues(out)).filter(invalidNumber)).toEqual([]);
    // Each unit's own figure fits, and stays in the data table the summary sums.
    expect((await storedValues(out)).map((v) => Number(v.value))).toEqual(expect.arrayContaining([6e307, 5e307]));
  });
});

describe('unit names longer than a cell or a name can be', () => {
  const paragraph = 'Huyện ủy Văn Lâm '.repeat(2295).slice(0, 39_009);

  it('refuses the sheet at the name cell when checked, instead of reading a 39,009-character name', async () => {
    const result = await cli('check', await unitFile('ten-dai.xlsx', 'Huyện ủy Văn Lâm', (s) => (s.getCell('A3').value = paragraph)));
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  ten-dai.xlsx: không đọc được sheet "Biểu 1": tên đơn vị ở ô A3 dài 39.009 ký tự, quá 255 ký tự một tên đơn vị được phép');
  });

  it('keeps such a name out of the summary, its marker and the data table, and merges the other units', async () => {
    const long = await unitFile('ten-dai-gop.xlsx', 'Huyện ủy Văn Lâm', (s) => (s.getCell('A3').value = paragraph));
    const good = await unitFile('an-thi.xlsx', 'Huyện ủy Ân Thi', () => undefined);
    const out = join(dir, 'tong-ten.xlsx');
    const result = await cli('merge', long, good, '--out', out);
    expect(result.code).toBe(1);
    expect(result.out).toContain('BỎ QUA ten-dai-gop.xlsx: sheet "Biểu 1": tên đơn vị ở ô A3 dài 39.009 ký tự');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const texts = await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')));
    expect(texts.some((t) => t.includes('Huyện ủy Văn Lâm Huyện ủy Văn Lâm'))).toBe(false);
    expect(texts.join('')).toContain('Huyện ủy Ân Thi');
  });

  it('leaves such a name out of a roster, saying at which line, and writes the other units', async () => {
    const roster = join(dir, 'danh-sach.csv');
    writeFileSync(roster, `Tên đơn vị,Loại đơn vị\nHuyện ủy Ân Thi,huyen\n${paragraph},huyen\n`);
    const out = join(dir, 'tong-danh-sach.xlsx');
    const result = await cli('merge', await unitFile('an-thi-2.xlsx', 'Huyện ủy Ân Thi', () => undefined), '--out', out, '--roster', roster);
    expect(result.code).toBe(0);
    expect(result.out).toContain('CHÚ Ý danh-sach.csv, dòng 3: tên đơn vị ở cột Tên đơn vị dài 39.009 ký tự, quá 255 ký tự một tên đơn vị được phép');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const texts = await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')));
    expect(texts.some((t) => t.includes('Huyện ủy Văn Lâm Huyện ủy Văn Lâm'))).toBe(false);
  });

  it('refuses a --unit-name that long before writing anything', async () => {
    const out = join(dir, 'mau-dai.xlsx');
    const result = await cli('templates', '--unit-type', 'huyen', '--unit-name', paragraph, '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Tên đơn vị ở --unit-name dài 39\.009 ký tự, quá 255 ký tự/);
  });
});

describe('other texts past what a cell or a line holds', () => {
  it('names a Ghi chú past Excel’s 32,767 characters as an error at its cell, rather than cutting it in the summary', async () => {
    const result = await cli('check', await unitFile('ghi-chu.xlsx', 'Huyện ủy Văn Lâm', (s) => (s.getCell('G11').value = 'ghi chú '.repeat(5000))));
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  ghi-chu.xlsx: Biểu 1, ô G11: ghi chú dài 40.000 ký tự, quá 32.767 ký tự một ô Excel chứa được');
  });

  it('quotes the first 100 characters of a long text typed in a figure cell, so the report stays readable', async () => {
    const result = await cli('check', await unitFile('chu-so.xlsx', 'Huyện ủy Văn Lâm', (s) => (s.getCell('D12').value = '1'.repeat(200_000))));
    expect(result.code).toBe(1);
    expect(result.out).toContain(`LỖI  chu-so.xlsx: Biểu 1, ô D12: "${'1'.repeat(100)}…" không phải là số; hãy gõ con số hoặc để trống.`);
  });
});

describe('text cells pointing past the shared strings', () => {
  it('names the sheet and cell instead of a JavaScript error', async () => {
    const result = await cli('check', await unitFile('chu-hong.xlsx', 'Huyện ủy Văn Lâm', () => undefined, { D11: { t: 's', v: '999999' } }));
    expect(result.code).toBe(2);
    expect(result.err).toContain('chu-hong.xlsx: tệp bị hỏng: sheet "Biểu 1", ô D11: chữ trong ô trỏ tới mục không có trong bảng chữ dùng chung của tệp');
    expect(result.err).not.toMatch(/richText|undefined|Cannot/);
  });

  it('names the missing table of shared strings rather than reading every text cell as a number', async () => {
    const path = await unitFile('mat-chu.xlsx', 'Huyện ủy Văn Lâm', () => undefined);
    const zip = await JSZip.loadAsync(readFileSync(path));
    zip.remove('xl/sharedStrings.xml');
    writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
    const result = await cli('merge', path, '--out', join(dir, 'tong-mat-chu.xlsx'));
    expect(result.code).toBe(2);
    expect(result.out).toContain('BỎ QUA mat-chu.xlsx: tệp bị hỏng: thiếu bảng chữ dùng chung của các ô (xl/sharedStrings.xml), nên không biết các ô chữ ghi gì (sheet "Biểu 1", ô A1');
  });
});
