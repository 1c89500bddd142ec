import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { NQ25 } from '../support/campaigns';
import { unitFile } from '../support/units';
import { cli } from '../support/cli';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-merge-'));

let vanLam: string;
let myHao: string;
beforeAll(async () => {
  vanLam = join(dir, 'van-lam.xlsx');
  myHao = join(dir, 'my-hao.xlsx');
  writeFileSync(vanLam, (await unitFile('Huyện ủy Văn Lâm', 'huyen', 300)).bytes);
  writeFileSync(myHao, (await unitFile('Huyện ủy Mỹ Hào', 'huyen', 301)).bytes);
});

describe('tongket merge', () => {
  it('writes the summary workbook, exits 0 and reports progress on stderr', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    const run = await cli('merge', vanLam, myHao, '--out', out);
    expect(run.code).toBe(0);
    expect(run.err).toContain('Đọc 2/2: ');
    expect(run.out).toContain('Đã tổng hợp 2 đơn vị vào');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['TH Tình hình', 'TH Biểu 1', 'TH Dữ liệu', 'TH Danh sách']));
  });

  it('exits 1 when some sources were refused, naming them, and still writes the others', async () => {
    const csv = join(dir, 'doi-ten.xlsx');
    writeFileSync(csv, 'don_vi,so\nA,1\n');
    const out = join(dir, 'mot-phan.xlsx');
    const run = await cli('merge', vanLam, csv, '--out', out, '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out);
    expect(report.sources.map((s: { file: string; state: string }) => [s.file, s.state])).toEqual([
      ['van-lam.xlsx', 'merged'],
      ['doi-ten.xlsx', 'unreadable'],
    ]);
    expect(report.sources[1].problems[0]).toMatch(/CSV/);
    expect(report.sheets).toContain('TH Biểu 1');
    expect(existsSync(out)).toBe(true);
  });

  it('lists the roster’s missing units in JSON', async () => {
    const roster = join(dir, 'danh-sach.csv');
    writeFileSync(roster, 'unit_name,unit_type\nHuyện ủy Văn Lâm,huyen\nHuyện ủy Khoái Châu,huyen\n');
    const run = await cli('merge', vanLam, '--out', join(dir, 'co-danh-sach.xlsx'), '--roster', roster, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).missing.map((m: { unit: string }) => m.unit)).toEqual(['Huyện ủy Khoái Châu']);
  });

  it('exits 2 and writes nothing when no source can be merged', async () => {
    const empty = join(dir, 'rong.xlsx');
    writeFileSync(empty, '');
    const out = join(dir, 'khong-co.xlsx');
    const run = await cli('merge', empty, '--out', out);
    expect(run.code).toBe(2);
    expect(run.out).toContain('rong.xlsx: tệp rỗng');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to write over one of its own sources', async () => {
    const before = readFileSync(vanLam);
    const run = await cli('merge', vanLam, myHao, '--out', vanLam);
    expect(run.code).toBe(2);
    expect(run.err).toContain('cũng là một tệp nguồn');
    expect(readFileSync(vanLam).equals(before)).toBe(true);
  });

  it('merges its own summary of two valid units at the next level with exit 0 and no error, though one unit reported only the part of a rule', async () => {
    const b2 = NQ25.forms.find((f) => f.key === 'B2')!;
    const at = (column: string) => addressOf(formGrid(b2), 'cb_bdv', column);
    // Xã Lạc Đạo: 5 women, total not reported; Xã Chỉ Đạo: 3 women of 4. Summed: 8 women of 4.
    const commune = async (unit: string, figures: Record<string, number>) => {
      const path = join(dir, `${unit}.xlsx`);
      const file = await unitFile(unit, 'co_so', 7, {
        forms: ['B2'],
        edit: (workbook) => {
          const sheet = workbook.getWorksheet(b2.sheetName)!;
          for (const cell of numericInputCells(b2)) sheet.getCell(addressOf(formGrid(b2), cell.row, cell.column)).value = null;
          for (const [column, value] of Object.entries(figures)) sheet.getCell(at(column)).value = value;
        },
      });
      writeFileSync(path, file.bytes);
      return path;
    };
    const district = join(dir, 'van-lam-tong-hop.xlsx');
    const below = await cli('merge', await commune('Xã Lạc Đạo', { nu: 5 }), await commune('Xã Chỉ Đạo', { nu: 3, t2023: 4 }), '--out', district, '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Văn Lâm');
    expect(below.code).toBe(0);
    const run = await cli('merge', district, myHao, '--out', join(dir, 'tinh.xlsx'), '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    expect(report.units.map((u: { unit: string; errors: number; included: boolean }) => [u.unit, u.errors, u.included])).toEqual([
      ['Huyện ủy Mỹ Hào', 0, true],
      ['Huyện ủy Văn Lâm', 0, true],
    ]);
    expect(report.units[1].notes).toEqual([`Bảng tổng hợp: 1 quy tắc không khớp trên số tổng (TH Biểu 2 ô ${at('nu')}) do có đơn vị chỉ báo một vế; chỉ là cảnh báo.`]);
  });

  it('exits 2 with the usage when --out is missing', async () => {
    const run = await cli('merge', vanLam);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Cách dùng: tongket merge/);
  });
});
