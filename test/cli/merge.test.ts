import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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

  it('exits 2 with the usage when --out is missing', async () => {
    const run = await cli('merge', vanLam);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Cách dùng: tongket merge/);
  });
});
