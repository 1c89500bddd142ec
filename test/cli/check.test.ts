import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { encodeIdentity } from '../../src/core/identity';
import { createFakeExcel } from '../../src/dev/fake-excel';
import { createExcelPort } from '../../src/hosts/excel/excelPort';
import { templateWorkbook } from '../../src/hosts/xlsx/templateWorkbook';
import { NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-check-'));

/** A unit's Biểu 1 with the given cells typed in, as a file. */
async function unitFile(name: string, cells: Record<string, ExcelJS.CellValue>, edit?: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = await templateWorkbook(NQ25, { unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms: ['B1'] });
  const sheet = workbook.getWorksheet('Biểu 1') as ExcelJS.Worksheet;
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  edit?.(sheet);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('tongket check on a readable workbook', () => {
  it('exits 0 when there are only warnings', async () => {
    const result = await cli('check', await unitFile('sach.xlsx', { D11: 3, E11: 4 }));
    expect(result.code).toBe(0);
    expect(result.out).toContain('sach.xlsx: 1 biểu của bộ "Tổng kết NQ25-NQ/TW và KL43-KL/TW" (phiên bản 1), 0 lỗi, 1 cảnh báo.');
  });

  it('exits 1 and names file, sheet and cell for each error', async () => {
    const result = await cli('check', await unitFile('loi.xlsx', { D18: 95, D19: 120, D11: '1.234', D12: '12 người', D13: -5, D14: { formula: '1+1' } }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  loi.xlsx: Biểu 1, ô D19: Cán bộ chủ chốt vượt tổng số lượt');
    expect(result.out).toContain('loi.xlsx: Biểu 1, ô D11: "1.234" là chữ, không phải số');
    expect(result.out).toContain('ô D12: "12 người" có kèm chữ');
    expect(result.out).toContain('ô D13: -5 là số âm');
    expect(result.out).toContain('ô D14: ô nhập số liệu chứa công thức');
  });

  it('exits 1 for a form whose unit name was never typed, which the merge could not file under any unit', async () => {
    const result = await cli('check', await unitFile('khong-ten.xlsx', { A3: null, D11: 3 }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  khong-ten.xlsx: Biểu 1, ô A3: chưa ghi tên đơn vị; gõ tên đơn vị vào ô này, biểu không có tên thì không được tổng hợp.');
  });

  it('prints the issues as JSON with file, sheet, cell, code and fix', async () => {
    const result = await cli('check', await unitFile('json.xlsx', { D11: '1.234' }), '--json');
    const issues = JSON.parse(result.out) as Record<string, unknown>[];
    expect(issues[0]).toMatchObject({ file: 'json.xlsx', sheet: 'Biểu 1', form: 'B1', row: 'vb_nq', column: 'p1', address: 'D11', code: 'thousands-separator', severity: 'error', fix: 1234 });
  });

  it('refuses a sheet whose layout was edited, naming the first differing cell', async () => {
    const result = await cli('check', await unitFile('sua.xlsx', {}, (s) => (s.getCell('B12').value = 'Chương trình hành động')));
    expect(result.code).toBe(1);
    expect(result.out).toContain('ô B12 ghi "Chương trình hành động", biểu B1 phiên bản 1 ghi "Chương trình, kế hoạch thực hiện"');
  });

  it('refuses a form of another version instead of misreading it', async () => {
    const identity = { campaign: 'nq25', form: 'B1', version: 2, unitType: 'huyen', mode: 'blank' as const };
    const result = await cli('check', await unitFile('v2.xlsx', { A1: encodeIdentity(identity) }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('biểu B1 phiên bản 2; danh mục hiện dùng phiên bản 1');
  });
});

describe('tongket check on a file it cannot read', () => {
  const expectUnreadable = async (path: string, words: string) => {
    const result = await cli('check', path);
    expect(result.code).toBe(2);
    expect(result.err).toContain(words);
  };

  it('says an empty file is empty', async () => {
    writeFileSync(join(dir, 'rong.xlsx'), '');
    await expectUnreadable(join(dir, 'rong.xlsx'), 'tệp rỗng');
  });

  it('says a CSV renamed .xlsx is text', async () => {
    writeFileSync(join(dir, 'csv.xlsx'), 'STT,Nội dung,Số liệu\n1,Nghị quyết,12\n');
    await expectUnreadable(join(dir, 'csv.xlsx'), 'CSV đổi đuôi');
  });

  it('says a truncated file is corrupt', async () => {
    const good = await unitFile('tot.xlsx', {});
    const bytes = execFileSync('head', ['-c', '3000', good]);
    writeFileSync(join(dir, 'hong.xlsx'), bytes);
    await expectUnreadable(join(dir, 'hong.xlsx'), 'tệp bị hỏng');
  });

  it('says an Excel 97-2003 file must be saved as .xlsx', async () => {
    const source = await unitFile('cu.xlsx', {});
    execFileSync('soffice', ['--headless', '--convert-to', 'xls', '--outdir', dir, source], { timeout: 120_000 });
    await expectUnreadable(join(dir, 'cu.xls'), 'Excel 97-2003');
  });

  it('says a password-protected file needs its password removed', async () => {
    // Office writes a protected workbook as a compound file holding an EncryptedPackage stream.
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const streams = Buffer.from('EncryptionInfo\0EncryptedPackage\0', 'utf16le');
    writeFileSync(join(dir, 'matkhau.xlsx'), Buffer.concat([header, Buffer.alloc(504), streams, Buffer.alloc(1024)]));
    await expectUnreadable(join(dir, 'matkhau.xlsx'), 'tệp có mật khẩu');
  });

  it('says a workbook without any form has nothing to check', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ghi chép').getCell('A1').value = 'Danh sách đơn vị';
    await workbook.xlsx.writeFile(join(dir, 'khac.xlsx'));
    await expectUnreadable(join(dir, 'khac.xlsx'), 'không có biểu nào');
  });

  it('says a missing file cannot be opened', async () => {
    await expectUnreadable(join(dir, 'khong-co.xlsx'), 'không mở được tệp (ENOENT)');
  });
});

describe('the command line and the pane', () => {
  it('report the same issues for the same figures', async () => {
    const cells = { D18: 95, D19: 120, D11: '1.234', E12: 7, D22: 3, D23: 1 };
    const excel = createFakeExcel();
    const port = createExcelPort(NQ25, excel.run, excel.requirements);
    await port.insertForms({ unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms: ['B1'] }, async () => new Map(), () => undefined);
    for (const [address, value] of Object.entries(cells)) await excel.userPaste('Biểu 1', address, [[value]]);
    const pane = (await port.checkWorkbook()).sheets.flatMap((s) => s.issues);
    const file = JSON.parse((await cli('check', await unitFile('cung.xlsx', cells), '--json')).out) as { message: string; code: string }[];
    expect(file.map((i) => [i.code, i.message])).toEqual(pane.map((i) => [i.code, i.message]));
    expect(pane.length).toBeGreaterThan(2);
  });
});
