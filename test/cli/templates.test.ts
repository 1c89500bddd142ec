import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { asciiFileName } from '../../src/cli/asciiFileName';
import { decodeIdentity } from '../../src/core/identity';
import { NQ25 } from '../../src/forms/nq25';
import { cli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'tongket-cli-'));

async function sheetsOf(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((s) => ({ name: s.name, identity: decodeIdentity(s.getCell('A1').value), unitName: s.getCell('A3').value }));
}

describe('tongket templates', () => {
  it('writes the eight forms of a district committee with its name in every header', async () => {
    const path = join(dir, 'huyen.xlsx');
    const result = await cli('templates', '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Văn Lâm', '--out', path);
    expect(result.code).toBe(0);
    expect(result.out).toContain('8 biểu');
    const sheets = await sheetsOf(path);
    expect(sheets.map((s) => s.name)).toEqual(['Biểu 1', 'Biểu 2', 'Biểu 3A', 'Biểu 4', 'Biểu 5A', 'Biểu 5B', 'Biểu 6A', 'Biểu 6B']);
    for (const sheet of sheets) {
      expect(sheet.unitName).toBe('Huyện ủy Văn Lâm');
      expect(sheet.identity).toMatchObject({ campaign: 'nq25', unitType: 'huyen', mode: 'blank' });
    }
  });

  it('writes only the listed forms when --forms is given', async () => {
    const path = join(dir, 'hdnd.xlsx');
    expect((await cli('templates', '--unit-type=dd_hdnd', '--forms', 'b1,B3B', '--out', path)).code).toBe(0);
    expect((await sheetsOf(path)).map((s) => s.name)).toEqual(['Biểu 1', 'Biểu 3B']);
  });

  it('refuses an unknown unit type with exit code 2 and lists the valid ones', async () => {
    const result = await cli('templates', '--unit-type', 'xa', '--out', join(dir, 'x.xlsx'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('Không có loại đơn vị "xa"');
    expect(result.err).toContain('huyen, dd_hdnd, bcs_ubnd, dd_mttq, tinh_doan, du_tt, co_so, tinh');
  });

  it('refuses an unknown form with exit code 2 and lists the valid ones', async () => {
    const result = await cli('templates', '--unit-type', 'huyen', '--forms', 'B1,B9', '--out', join(dir, 'x.xlsx'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('Không có biểu B9');
    expect(result.err).toContain('B1, B2, B3A, B3B, B3C, B4, B5A, B5B, B6A, B6B');
  });

  it('explains its usage when the output file is missing', async () => {
    const result = await cli('templates', '--unit-type', 'huyen');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--out');
  });

  it('refuses an unknown command with exit code 2', async () => {
    expect((await cli('tonghop')).code).toBe(2);
  });
});

describe('tongket templates --all', () => {
  const kit = join(dir, 'bieu-mau');
  let result: Awaited<ReturnType<typeof cli>>;
  let readme = '';
  const workbooks = () => readdirSync(kit).filter((name) => name.endsWith('.xlsx'));

  beforeAll(async () => {
    result = await cli('templates', '--all', '--out-dir', kit);
    readme = readFileSync(join(kit, 'DOC-TRUOC.txt'), 'utf8');
  }, 60_000);

  it('writes one workbook per unit type, named in ASCII without diacritics', () => {
    expect(result.code).toBe(0);
    expect(workbooks()).toHaveLength(NQ25.unitTypes.length);
    for (const name of workbooks()) expect(name).toMatch(/^Bieu-NQ25-[A-Za-z0-9-]+\.xlsx$/);
    expect(workbooks()).toContain('Bieu-NQ25-Huyen-uy-thanh-uy-thi-uy.xlsx');
    expect(result.out).toContain(`Đã ghi ${NQ25.unitTypes.length} tệp biểu mẫu và DOC-TRUOC.txt`);
  });

  it("fills each workbook with its unit type's forms, blank and marked with that unit type", async () => {
    for (const unitType of NQ25.unitTypes) {
      const name = workbooks().find((file) => file.startsWith(`Bieu-NQ25-${asciiFileName(unitType.label)}.`));
      const keys = unitType.forms.length > 0 ? unitType.forms : (unitType.optionalForms ?? []);
      const expected = NQ25.forms.filter((f) => keys.includes(f.key)).map((f) => f.sheetName);
      const sheets = await sheetsOf(join(kit, name ?? `no file for ${unitType.key}`));
      expect({ unitType: unitType.key, sheets: sheets.map((s) => s.name) }).toEqual({ unitType: unitType.key, sheets: expected });
      for (const sheet of sheets) {
        expect(sheet.identity).toMatchObject({ campaign: 'nq25', unitType: unitType.key, mode: 'blank' });
        expect(sheet.unitName).toBeNull();
      }
    }
  });

  it('leaves a Vietnamese README that Notepad shows, naming every file with its unit type, forms and deadline', () => {
    expect(readme.startsWith('\uFEFF')).toBe(true);
    expect(readme).toBe(readme.normalize('NFC'));
    expect(readme.split('\r\n').every((line) => line.length <= 80)).toBe(true);
    for (const name of workbooks()) expect(readme).toContain(name);
    for (const unitType of NQ25.unitTypes) expect(readme.replace(/\s+/g, ' ')).toContain(unitType.label);
    expect(readme.replace(/\s+/g, ' ')).toContain('Các biểu: Biểu 1, Biểu 2, Biểu 3A, Biểu 4, Biểu 5A, Biểu 5B, Biểu 6A, Biểu 6B');
    expect(readme).toContain('Hạn gửi: 30/7/2023');
    expect(readme).toContain('Kiểm tra (tự động)');
    expect(readme).toContain('Ban Dân vận Tỉnh ủy');
  });

  it('is a usage error with exit code 2 without --out-dir', async () => {
    const missing = await cli('templates', '--all');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Thiếu --out-dir');
  });

  it('is a usage error with exit code 2 together with the options of one unit type', async () => {
    const mixed = await cli('templates', '--all', '--out-dir', join(dir, 'x'), '--unit-type', 'huyen');
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('không dùng cùng --unit-type');
  });
});

describe('asciiFileName', () => {
  it.each([
    ['Huyện ủy, thành ủy, thị ủy', 'Huyen-uy-thanh-uy-thi-uy'],
    ['Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh', 'Dang-doan-Mat-tran-To-quoc-va-cac-to-chuc-chinh-tri-xa-hoi-tinh'],
    ['Ban Dân vận Tỉnh ủy (tổng hợp)', 'Ban-Dan-van-Tinh-uy-tong-hop'],
    ['Huye\u0302\u0323n u\u0309y', 'Huyen-uy'],
    ['  a/b\\c:d*e?"f<g>h|  ', 'a-b-c-d-e-f-g-h'],
  ])('turns "%s" into "%s"', (text, expected) => {
    expect(asciiFileName(text)).toBe(expected);
  });
});
