import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { campaignFileText } from '../../src/forms/defineForm';
import { NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';

/**
 * A campaign is a file the CLI takes as it is: edited in a text editor, it is
 * used by `templates`, `check` and `merge` with no rebuild, and the workbooks it
 * makes carry it, so `check` and `merge` find it again without being told.
 */

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-campaign-'));
const BUILT_IN_FILE = readFileSync(join(__dirname, '../../campaigns/nq25.tongket.json'), 'utf8');

/** The built-in campaign edited as text: a row added to Biểu 1, a label changed, a rule added, the issuer set. */
function editedCampaignFile(): string {
  const file = JSON.parse(campaignFileText(NQ25));
  const b1 = file.forms.find((f: { key: string }) => f.key === 'B1');
  b1.version = 2;
  b1.rows.push({ key: 'kt_tc_kl', stt: '2.2', label: 'Trong đó: bị kỷ luật', unit: 'tổ chức', level: 2, kind: 'data', valueKind: 'count' });
  b1.rows = b1.rows.map((r: { key: string; label: string }) => (r.key === 'qt_hn' ? { ...r, label: 'Hội nghị học tập, quán triệt (kể cả trực tuyến)' } : r));
  b1.rules.push({ key: 'kl_le_tc', severity: 'error', check: 'kt_tc_kl <= kt_tc', hint: 'Tổ chức bị kỷ luật vượt số tổ chức được kiểm tra' });
  file.version = 2;
  file.texts.issuer = 'ĐẢNG BỘ TỈNH HƯNG YÊN';
  const path = join(dir, 'nq25-sua.tongket.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

async function cellsOf(path: string, sheetName: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return texts;
}

async function typeInto(path: string, sheetName: string, cells: Record<string, number>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  await workbook.xlsx.writeFile(path);
}

describe('tongket campaign', () => {
  it('exports the built-in campaign as the very file it was built from', async () => {
    const out = join(dir, 'xuat.tongket.json');
    const result = await cli('campaign', 'export', '--out', out);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(BUILT_IN_FILE);
  });

  it('checks a valid file and prints its forms, input cells, rules and unit types', async () => {
    const result = await cli('campaign', 'check', join(__dirname, '../../campaigns/nq25.tongket.json'));
    expect(result.code).toBe(0);
    // 24 input cells in Biểu 1, counted by hand in test/forms/catalog.test.ts.
    expect(result.out).toContain('B1 (Biểu 1, phiên bản 1): 15 hàng, 4 cột, 24 ô nhập số, 4 quy tắc');
    expect(result.out).toContain('Khóa nq25, phiên bản 1; 10 biểu, 8 loại đơn vị.');
    expect(result.out).toMatch(/huyen \(Huyện ủy, thành ủy, thị ủy\): B1, B2, B3A, B4, B5A, B5B, B6A, B6B; hạn 2023-07-30/);
  });

  it('refuses a broken file with exit 2, naming the form, the row, the field and the character', async () => {
    const broken = join(dir, 'hong.tongket.json');
    writeFileSync(broken, BUILT_IN_FILE.replace('"check":"qt_luot_cc <= qt_luot"', '"check":"qt_luot_cc <= qt_luot +"'));
    const result = await cli('campaign', 'check', broken);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Tệp "hong.tongket.json": Bộ biểu nq25 không hợp lệ');
    expect(result.err).toContain('biểu "B1" › quy tắc "cc_le_luot" › điều kiện (check): "qt_luot_cc <= qt_luot +", vị trí 24');
  });
});

describe('a campaign file edited in a text editor', () => {
  const edited = editedCampaignFile();

  it('makes templates with the added row, the changed label and the province name, with no rebuild', async () => {
    const out = join(dir, 'sua.xlsx');
    const result = await cli('templates', '--campaign', edited, '--unit-type', 'huyen', '--forms', 'B1', '--out', out);
    expect(result.code).toBe(0);
    const texts = await cellsOf(out, 'Biểu 1');
    expect(texts).toContain('Trong đó: bị kỷ luật');
    expect(texts).toContain('Hội nghị học tập, quán triệt (kể cả trực tuyến)');
    expect(texts).toContain('ĐẢNG BỘ TỈNH HƯNG YÊN');
  });

  it('makes the offline kit with the edited forms and carries the edited file beside them', async () => {
    const kit = join(dir, 'bo-bieu-sua');
    expect((await cli('templates', '--all', '--out-dir', kit, '--campaign', edited)).code).toBe(0);
    const huyen = readdirSync(kit).find((f) => f.includes('Huyen-uy')) as string;
    expect(await cellsOf(join(kit, huyen), 'Biểu 1')).toContain('Trong đó: bị kỷ luật');
    expect(JSON.parse(readFileSync(join(kit, 'nq25.tongket.json'), 'utf8')).texts.issuer).toBe('ĐẢNG BỘ TỈNH HƯNG YÊN');
  });

  it('is found again by check in the workbook it made, and its added rule is applied', async () => {
    const out = join(dir, 'sua-loi.xlsx');
    await cli('templates', '--campaign', edited, '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Văn Lâm', '--forms', 'B1', '--out', out);
    // kt_tc is row 23 (D23), the added kt_tc_kl row comes after kt_tc_hc: D25.
    await typeInto(out, 'Biểu 1', { D23: 3, D25: 5 });
    const result = await cli('check', out);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Tổ chức bị kỷ luật vượt số tổ chức được kiểm tra');
  });

  it('is refused as another version by the built-in campaign when named explicitly', async () => {
    const out = join(dir, 'sua-cu.xlsx');
    await cli('templates', '--campaign', edited, '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Văn Lâm', '--forms', 'B1', '--out', out);
    const builtIn = join(dir, 'goc.tongket.json');
    writeFileSync(builtIn, BUILT_IN_FILE);
    const result = await cli('check', out, '--campaign', builtIn);
    expect(result.code).toBe(1);
    expect(result.out).toContain('là biểu B1 phiên bản 2');
  });

  it('is what merge uses when every file carries it, with no --campaign', async () => {
    const files = [0, 1].map((i) => join(dir, `gop-${i}.xlsx`));
    for (const [i, file] of files.entries()) {
      await cli('templates', '--campaign', edited, '--unit-type', 'huyen', '--unit-name', i === 0 ? 'Huyện ủy Văn Lâm' : 'Huyện ủy Mỹ Hào', '--forms', 'B1', '--out', file);
      await typeInto(file, 'Biểu 1', { D23: 4, D25: 1 + i });
    }
    const out = join(dir, 'tong-hop-sua.xlsx');
    const result = await cli('merge', ...files, '--out', out);
    expect(result.code).toBe(0);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(out);
    const sheet = summary.getWorksheet('TH Biểu 1') as ExcelJS.Worksheet;
    expect(sheet.getCell('B25').value).toBe('Trong đó: bị kỷ luật');
    expect((sheet.getCell('D25').value as ExcelJS.CellFormulaValue).result).toBe(3);
  });
});

describe('merging files of two campaigns', () => {
  it('is refused with exit 2, each campaign named with its files, and nothing written', async () => {
    const other = JSON.parse(campaignFileText(NQ25));
    Object.assign(other, { key: 'soket_thu', shortName: 'Sơ kết thử' });
    const otherPath = join(dir, 'so-ket.tongket.json');
    writeFileSync(otherPath, JSON.stringify(other));
    const first = join(dir, 'hai-bo-1.xlsx');
    const second = join(dir, 'hai-bo-2.xlsx');
    await cli('templates', '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Văn Lâm', '--forms', 'B1', '--out', first);
    await cli('templates', '--campaign', otherPath, '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Mỹ Hào', '--forms', 'B1', '--out', second);
    const out = join(dir, 'hai-bo-tong-hop.xlsx');
    const result = await cli('merge', first, second, '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Các tệp thuộc 2 bộ biểu khác nhau, không tổng hợp lẫn');
    expect(result.err).toContain('bộ biểu "Tổng kết NQ25-NQ/TW và KL43-KL/TW" (nq25): hai-bo-1.xlsx');
    expect(result.err).toContain('bộ biểu "Sơ kết thử" (soket_thu): hai-bo-2.xlsx');
    expect(readdirSync(dir)).not.toContain('hai-bo-tong-hop.xlsx');
  });
});

describe('the offline kit', () => {
  it('carries its campaign file beside the workbooks', async () => {
    const kit = join(dir, 'bo-bieu');
    expect((await cli('templates', '--all', '--out-dir', kit)).code).toBe(0);
    expect(readFileSync(join(kit, 'nq25.tongket.json'), 'utf8')).toBe(BUILT_IN_FILE);
  });
});

describe('an output the CLI cannot write', () => {
  it('is refused with exit 2 and a Vietnamese reason when its folder does not exist, for templates, merge and export alike', async () => {
    const missing = join(dir, 'khong-co', 'ra.xlsx');
    const templates = await cli('templates', '--unit-type', 'huyen', '--forms', 'B1', '--out', missing);
    expect([templates.code, templates.err]).toEqual([2, `không ghi được ${missing}: thư mục chứa tệp không tồn tại.`]);
    const unit = join(dir, 'mot-don-vi.xlsx');
    await cli('templates', '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Văn Lâm', '--forms', 'B1', '--out', unit);
    const merge = await cli('merge', unit, '--out', missing);
    expect([merge.code, merge.err]).toEqual([2, `không ghi được ${missing}: thư mục chứa tệp không tồn tại.`]);
    const exported = await cli('campaign', 'export', '--out', join(dir, 'khong-co', 'bo.tongket.json'));
    expect(exported.code).toBe(2);
  });
});
