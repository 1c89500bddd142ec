import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { decodeIdentity } from '../../src/core/identity';
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
