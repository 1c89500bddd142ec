import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { encodeIdentity } from '../../src/core/identity';
import { addressOf, formGrid } from '../../src/core/layout/grid';
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

  it('refuses a form with a column inserted in an unprotected copy, naming the first column that moved, instead of reading figures shifted', async () => {
    const result = await cli(
      'check',
      await unitFile('chen-cot.xlsx', { D11: 3, E11: 4 }, (s) => {
        s.unprotect();
        s.spliceColumns(4, 0, []);
      }),
    );
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  chen-cot.xlsx: không đọc được sheet "Biểu 1" đã bị sửa bố cục: cột D của bảng không đúng biểu: ô D');
    expect(result.out).toContain('có thể đã chèn thêm hoặc xóa bớt cột');
  });

  it('reports a deleted column as an edited layout, not as formulas typed into inputs', async () => {
    const result = await cli('check', await unitFile('xoa-cot.xlsx', { D11: 3, E11: 4 }, (s) => s.spliceColumns(4, 1)), '--json');
    expect(result.code).toBe(1);
    const issues = JSON.parse(result.out) as Record<string, unknown>[];
    expect(issues).toEqual([
      { file: 'xoa-cot.xlsx', sheet: 'Biểu 1', code: 'refused-sheet', severity: 'error', message: expect.stringContaining('đã bị sửa bố cục: cột D của bảng không đúng biểu') },
    ]);
  });

  it('lists refused sheets in its JSON, as errors naming file, sheet and reason', async () => {
    const identity = { campaign: 'nq25', form: 'B1', version: 2, unitType: 'huyen', mode: 'blank' as const };
    const result = await cli('check', await unitFile('v2-json.xlsx', { A1: encodeIdentity(identity) }), '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual([
      {
        file: 'v2-json.xlsx',
        sheet: 'Biểu 1',
        code: 'refused-sheet',
        severity: 'error',
        message: 'không đọc được sheet "Biểu 1" là biểu B1 phiên bản 2; bộ biểu đang dùng có phiên bản 1, không đọc lẫn hai phiên bản',
      },
    ]);
  });

  it('refuses a form of another version instead of misreading it', async () => {
    const identity = { campaign: 'nq25', form: 'B1', version: 2, unitType: 'huyen', mode: 'blank' as const };
    const result = await cli('check', await unitFile('v2.xlsx', { A1: encodeIdentity(identity) }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('biểu B1 phiên bản 2; bộ biểu đang dùng có phiên bản 1');
  });
});

describe('tongket check on a form sheet that lost its identity', () => {
  it('names a sheet laid out as a form whose hidden marker was emptied, says what to do, and exits 1', async () => {
    const result = await cli('check', await unitFile('mat-dau.xlsx', { A1: null, D11: 3 }));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'LỖI  mat-dau.xlsx: không đọc được sheet "Biểu 1" trông như Biểu B1 (' +
        `${NQ25.forms.find((f) => f.key === 'B1')!.title}) nhưng mất dấu nhận biết của biểu (ô A1, hàng ẩn 1 trống), nên không biết là biểu của đơn vị nào, phiên bản nào; ` +
        'hãy chèn lại biểu (nút "Chèn biểu" hoặc tongket templates) rồi chép số liệu sang biểu mới',
    );
  });

  it('names a sheet whose marker was overwritten with other text', async () => {
    const result = await cli('check', await unitFile('ghi-de.xlsx', { A1: 'Biểu 1 của huyện' }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('sheet "Biểu 1" trông như Biểu B1');
    expect(result.out).toContain('(ô A1, hàng ẩn 1 ghi "Biểu 1 của huyện")');
  });

  it.each([
    ['the version written as text', { version: '1' }, 'ghi phiên bản "1", không phải số nguyên'],
    ['the mode in other letters', { mode: 'Blank' }, 'ghi chế độ "Blank", phải là "blank" hoặc "summary"'],
  ])('names a marker with %s instead of skipping the sheet', async (_name, change, words) => {
    const marker = 'TONGKET ' + JSON.stringify({ campaign: 'nq25', form: 'B1', version: 1, unitType: 'huyen', mode: 'blank', ...change });
    const result = await cli('check', await unitFile('dau-sai.xlsx', { A1: marker }));
    expect(result.code).toBe(1);
    expect(result.out).toContain(`sheet "Biểu 1" có dấu nhận biết của biểu (ô A1, hàng ẩn 1) bị sửa: ${words}; hãy chèn lại biểu`);
  });

  it('names a marker of an unknown unit type', async () => {
    const identity = { campaign: 'nq25', form: 'B1', version: 1, unitType: 'quan', mode: 'blank' as const };
    const result = await cli('check', await unitFile('loai-la.xlsx', { A1: encodeIdentity(identity) }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('ghi loại đơn vị "quan", bộ biểu nq25 không có loại đơn vị này');
  });

  it('names a unit’s sheet marked as a summary, which names no units', async () => {
    const identity = { campaign: 'nq25', form: 'B1', version: 1, unitType: 'huyen', mode: 'summary' as const };
    const result = await cli('check', await unitFile('gia-tong-hop.xlsx', { A1: encodeIdentity(identity), D11: 3 }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('ghi là bảng tổng hợp ("summary") nhưng không có danh sách đơn vị');
  });
});

describe('tongket check on a summary', () => {
  it('reads its sums as figures, not as formulas typed into inputs, and takes a rule its sums break for a warning, exiting 0', async () => {
    const grid = formGrid(NQ25.forms.find((f) => f.key === 'B1')!);
    const at = (row: string) => addressOf(grid, row, 'p1');
    // Văn Lâm: 5 attendances of key cadres, the total not reported; Mỹ Hào: 3 of 4. Summed: 5 + 3 of 4.
    const vanLam = await unitFile('th-van-lam.xlsx', { [at('qt_luot_cc')]: 5 });
    const myHao = await unitFile('th-my-hao.xlsx', { [at('qt_luot_cc')]: 3, [at('qt_luot')]: 4 }, (sheet) => (sheet.getCell('A3').value = 'Huyện ủy Mỹ Hào'));
    const summary = join(dir, 'th-tinh.xlsx');
    expect((await cli('merge', vanLam, myHao, '--out', summary)).code).toBe(0);
    const result = await cli('check', summary, '--json');
    expect(result.code).toBe(0);
    const issues = JSON.parse(result.out) as { code: string; severity: string; address: string; message: string }[];
    expect(issues.filter((i) => i.code === 'formula-in-input')).toEqual([]);
    expect(issues.filter((i) => i.code === 'rule').map((i) => [i.severity, i.address, i.message])).toEqual([
      [
        'warning',
        at('qt_luot_cc'),
        `TH Biểu 1, ô ${at('qt_luot_cc')}: Cán bộ chủ chốt vượt tổng số lượt: Trong đó: cán bộ chủ chốt (8) lớn hơn Lượt cán bộ, đảng viên tham gia học tập, quán triệt (4). ` +
          'Đây là số tổng hợp: đơn vị chỉ báo một vế (vế kia để trống) làm hai tổng lệch nhau, nên chỉ là cảnh báo; từng đơn vị đã được kiểm tra riêng khi tổng hợp.',
      ],
    ]);
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
