import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';
import { DON_THU } from '../fixtures/designer/06-don-thu';
import { NONG_NGHIEP } from '../fixtures/designer/03-nong-nghiep';
import { Y_TE_XA } from '../fixtures/designer/02-y-te-xa';
import { tableFile, type DesignerTable } from '../fixtures/designer/table';
import { plainWorkbook } from './support/plainSheet';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-author-'));

async function fileOf(table: DesignerTable): Promise<string> {
  const path = join(dir, `${table.id}.xlsx`);
  writeFileSync(path, await tableFile(table));
  return path;
}

/** The ten NQ25 forms as plain sheets, and a sheet of prose with no table. */
async function nq25File(): Promise<string> {
  const workbook = plainWorkbook(NQ25);
  workbook.addWorksheet('Hướng dẫn').getCell('A1').value = 'Các đơn vị điền số liệu vào các biểu và gửi về trước ngày 30/7.';
  const path = join(dir, 'nq25-nhan-duoc.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

type JsonForm = {
  sheet: string;
  range: string;
  columns: { column: string; role: string; header: string[] }[];
  rows: { row: number; role: string; stt: string; label: string; parent: number | null }[];
  inputs: string[];
  derived: { address: string; formula: string }[];
  rules: { check: string; checks: string[] }[];
  uncertain: { at: string; reason: string }[];
};

describe('tongket author', () => {
  it('writes a campaign file that `tongket campaign check` accepts, and exits 1 when something is uncertain', async () => {
    const out = join(dir, 'y-te.tongket.json');
    const result = await cli('author', await fileOf(Y_TE_XA), '--out', out);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Chưa chắc chắn (');
    expect(result.out).toContain(`Đã ghi bộ biểu (1 biểu) vào ${out}`);
    expect(result.out).toContain('Giá trị mặc định cần sửa trong tệp:');
    const check = await cli('campaign', 'check', out);
    expect(check.code).toBe(0);
    expect(check.out).toContain('10 hàng, 3 cột');
  });

  it('exits 0 when every decision has its evidence in the table', async () => {
    const result = await cli('author', await fileOf(NONG_NGHIEP), '--out', join(dir, 'nong-nghiep.tongket.json'));
    expect(result.out).not.toContain('Chưa chắc chắn');
    expect(result.code).toBe(0);
  });

  it('prints with --json, per form, the sheet, range, columns, rows, input and derived cells, rules and doubts, in the sheet’s addresses', async () => {
    const result = await cli('author', await fileOf(DON_THU), '--json');
    const [form] = (JSON.parse(result.out) as { forms: JsonForm[] }).forms;
    expect(form).toMatchObject({ sheet: 'Biểu 2a', range: 'A7:H12' });
    expect(form?.columns.slice(0, 3)).toEqual([
      { column: 'A', role: 'stt', header: ['STT'] },
      { column: 'B', role: 'label', header: ['Nội dung'] },
      { column: 'C', role: 'input', header: ['Kỳ trước chuyển sang'], key: expect.any(String) },
    ]);
    expect(form?.columns.find((c) => c.column === 'G')?.role).toBe('percent');
    expect(form?.rows).toContainEqual({ row: 12, role: 'total', stt: '', label: 'Tổng cộng', parent: null, key: expect.any(String) });
    expect(form?.rows).toContainEqual({ row: 8, role: 'index', stt: '', label: '', parent: null });
    expect(form?.inputs).toEqual(['C9', 'D9', 'F9', 'C10', 'D10', 'F10', 'C11', 'D11', 'F11']);
    expect(form?.derived).toContainEqual({ address: 'E9', formula: 'C9+D9' });
    expect(form?.derived).toContainEqual({ address: 'G9', formula: 'F9/E9*100' });
    expect(form?.derived).toContainEqual({ address: 'C12', formula: 'SUM(C9:C11)' });
    expect(form?.rules[0]?.checks).toContain('F9<=E9');
    for (const u of form?.uncertain ?? []) expect(u).toEqual({ at: expect.any(String), reason: expect.any(String) });
    expect(result.code).toBe(1);
  });

  it('reads every sheet that holds a table, names those without one, and authors the built-in forms back', async () => {
    const out = join(dir, 'nq25.tongket.json');
    const result = await cli('author', await nq25File(), '--out', out, '--json');
    const report = JSON.parse(result.out) as { forms: JsonForm[]; sheetsWithoutTable: string[]; out: string };
    expect(report.forms.map((f) => f.sheet)).toEqual(NQ25.forms.map((f) => f.sheetName));
    expect(report.sheetsWithoutTable).toEqual(['Hướng dẫn']);
    expect(report.out).toBe(out);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { forms: { key: string }[]; unitTypes: { key: string }[] };
    expect(written.forms.map((f) => f.key)).toEqual(NQ25.forms.map((f) => f.key));
    const templates = await cli('templates', '--campaign', out, '--unit-type', written.unitTypes[0]?.key ?? '', '--out', join(dir, 'bieu.xlsx'));
    expect(templates.code).toBe(0);
  });

  it('reads only the chosen sheet and range, and still names the cells as the sheet does', async () => {
    const file = await nq25File();
    const whole = JSON.parse((await cli('author', file, '--sheet', 'Biểu 3C', '--json')).out) as { forms: JsonForm[] };
    const ranged = JSON.parse((await cli('author', file, '--sheet', 'Biểu 3C', '--range', 'A8:G16', '--json')).out) as { forms: JsonForm[] };
    expect(ranged.forms).toHaveLength(1);
    expect(ranged.forms[0]?.inputs).toEqual(whole.forms[0]?.inputs);
    expect(ranged.forms[0]?.inputs[0]).toBe('D10');
    const nothing = await cli('author', file, '--sheet', 'Biểu 3C', '--range', 'A1:C3', '--out', join(dir, 'khong.tongket.json'));
    expect(nothing.code).toBe(2);
    expect(nothing.err).toContain('không tìm thấy bảng nào trong sheet "Biểu 3C", vùng A1:C3');
  });

  it('gives the form the key asked for with --key', async () => {
    const result = await cli('author', await fileOf(DON_THU), '--key', 'TT2A', '--out', join(dir, 'don.tongket.json'));
    expect(result.out).toContain('→ biểu TT2A');
    expect((await cli('author', await fileOf(DON_THU), '--key', 'b2', '--out', join(dir, 'x.tongket.json'))).code).toBe(2);
  });

  it('refuses a sheet the file does not have, listing those it has', async () => {
    const result = await cli('author', await fileOf(DON_THU), '--sheet', 'Biểu 9', '--out', join(dir, 'x.tongket.json'));
    expect(result.code).toBe(2);
    expect(result.err).toBe('Không có sheet "Biểu 9". Các sheet của tệp: "Biểu 2a"');
  });

  it('exits 2 on a workbook with no table, and on a file that is not a workbook, saying why in Vietnamese', async () => {
    const prose = new ExcelJS.Workbook();
    prose.addWorksheet('Công văn').getCell('A1').value = 'Kính gửi: các đơn vị trực thuộc';
    const path = join(dir, 'cong-van.xlsx');
    await prose.xlsx.writeFile(path);
    const none = await cli('author', path, '--out', join(dir, 'x.tongket.json'));
    expect(none.code).toBe(2);
    expect(none.err).toContain('cong-van.xlsx: không tìm thấy bảng nào trong sheet "Công văn"');

    const csv = join(dir, 'so-lieu.xlsx');
    writeFileSync(csv, 'STT;Nội dung;Số lượng\n1;Hội nghị;3\n');
    const text = await cli('author', csv, '--out', join(dir, 'x.tongket.json'));
    expect(text.code).toBe(2);
    expect(text.err).toBe('so-lieu.xlsx: không phải tệp Excel .xlsx mà là tệp văn bản (có thể là CSV đổi đuôi thành .xlsx).');
  });

  it('explains its usage when the file or the output is missing', async () => {
    const result = await cli('author');
    expect(result.code).toBe(2);
    expect(result.err).toContain('tongket author <tệp.xlsx>');
  });
});
