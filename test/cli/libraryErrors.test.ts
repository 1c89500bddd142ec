import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { damageOf } from '../../src/hosts/xlsx/damagedFile';
import { templateWorkbook } from '../../src/hosts/xlsx/templateWorkbook';
import { NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-damaged-'));

/** A unit's Biểu 1 (xl/worksheets/sheet1.xml) and Biểu 2 (sheet2.xml), damaged inside the zip by `damage`. */
async function damagedFile(name: string, damage: (zip: JSZip) => Promise<void>): Promise<string> {
  const workbook = await templateWorkbook(NQ25, { unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms: ['B1', 'B2'] });
  workbook.getWorksheet('Biểu 1')!.getCell('D11').value = 3;
  const zip = await JSZip.loadAsync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  await damage(zip);
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
  return path;
}

const rewrite = (part: string, change: (xml: string) => string) => async (zip: JSZip) => {
  zip.file(part, change(await zip.file(part)!.async('string')));
};

/** What ExcelJS says when it fails on these files: none of it may reach the user. */
const LIBRARY_WORDS = /Cannot|undefined|reading '|Invalid|disallowed|Out of bounds|merged cells/;

const CASES: readonly { name: string; damage: (zip: JSZip) => Promise<void>; says: string }[] = [
  {
    name: 'a sheet cut short (a download interrupted)',
    damage: rewrite('xl/worksheets/sheet2.xml', (xml) => xml.slice(0, xml.length / 2)),
    says: 'tệp bị hỏng: sheet "Biểu 2" (xl/worksheets/sheet2.xml) bị cắt cụt (mất phần cuối)',
  },
  {
    name: 'the cell formats emptied',
    damage: rewrite('xl/styles.xml', () => ''),
    says: 'tệp bị hỏng: định dạng ô (xl/styles.xml) trống',
  },
  {
    name: 'the list of sheets overwritten with text',
    damage: rewrite('xl/workbook.xml', () => 'not xml <<<'),
    says: 'tệp bị hỏng: danh sách sheet (xl/workbook.xml) không phải nội dung XML',
  },
  {
    name: 'an attribute written twice in the cell formats',
    damage: rewrite('xl/styles.xml', (xml) => xml.replace(/<xf /, '<xf numFmtId="0" ')),
    says: 'tệp bị hỏng: định dạng ô (xl/styles.xml) có nội dung XML hỏng',
  },
  {
    name: 'a sheet broken inside, at a figure',
    damage: rewrite('xl/worksheets/sheet1.xml', (xml) => xml.replace(/(<c r="D11"[^>]*><v>3)<\/v>/, '$1</x>')),
    says: 'tệp bị hỏng: sheet "Biểu 1" (xl/worksheets/sheet1.xml) có nội dung XML hỏng ở khoảng ô D11',
  },
  {
    name: 'a row written twice, the copy without its number (so read as row 12)',
    damage: rewrite('xl/worksheets/sheet1.xml', (xml) => xml.replace(/<row r="11"[^>]*>[\s\S]*?<\/row>/, (row) => row + row.replace(/<row r="11"/, '<row'))),
    says: 'tệp bị hỏng: sheet "Biểu 1" có hàng hoặc ô ghi lặp, sai thứ tự ở khoảng ô A11',
  },
  {
    name: 'a link between parts without its target',
    damage: rewrite('xl/_rels/workbook.xml.rels', (xml) => xml.replace('Target="worksheets/sheet2.xml"', '')),
    says: 'tệp bị hỏng: bảng liên kết các phần của tệp (xl/_rels/workbook.xml.rels) có mục liên kết thiếu thông tin (Id, Type hoặc Target)',
  },
  {
    name: 'two merged ranges that overlap',
    damage: rewrite('xl/worksheets/sheet1.xml', (xml) => xml.replace(/<mergeCells count="(\d+)">/, '<mergeCells count="$1"><mergeCell ref="D11:E11"/><mergeCell ref="E11:E12"/>')),
    says: 'tệp bị hỏng: sheet "Biểu 1" có hai vùng gộp ô chồng lên nhau (D11:E11 và E11:E12), điều Excel không cho phép',
  },
  {
    name: 'a cell past Excel’s last column',
    damage: rewrite('xl/worksheets/sheet1.xml', (xml) => xml.replace('<c r="D11"', '<c r="ZZZZ11"')),
    says: 'tệp bị hỏng: sheet "Biểu 1" có ô mang địa chỉ không có trong Excel ("ZZZZ11")',
  },
  {
    name: 'a sheet’s part missing, which alone would drop the sheet without a word',
    damage: async (zip) => void zip.remove('xl/worksheets/sheet2.xml'),
    says: 'tệp bị hỏng: thiếu phần chứa sheet "Biểu 2" (xl/worksheets/sheet2.xml), nên không đọc được sheet đó',
  },
  {
    name: 'the links between parts missing, which alone would read as a workbook without forms',
    damage: async (zip) => void zip.remove('xl/_rels/workbook.xml.rels'),
    says: 'tệp bị hỏng: bảng liên kết các phần của tệp (xl/_rels/workbook.xml.rels) bị thiếu hoặc hỏng, nên không tìm thấy sheet "Biểu 1", sheet "Biểu 2"',
  },
];

describe('a damaged unit file, refused in Vietnamese naming the part, sheet or cell', () => {
  it.each(CASES)('by tongket check: $name', async ({ damage, says }) => {
    const result = await cli('check', await damagedFile('hong.xlsx', damage));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`hong.xlsx: ${says}`);
    expect(result.err).toContain('hãy xin đơn vị gửi lại tệp');
    expect(result.err).not.toMatch(LIBRARY_WORDS);
  });

  it.each(CASES)('by tongket merge, in its report and its JSON: $name', async ({ damage, says }) => {
    const path = await damagedFile('hong-gop.xlsx', damage);
    const text = await cli('merge', path, '--out', join(dir, 'tong.xlsx'));
    expect(text.code).toBe(2);
    expect(text.out).toContain(`BỎ QUA hong-gop.xlsx: ${says}`);
    const json = await cli('merge', path, '--out', join(dir, 'tong.xlsx'), '--json');
    const report = JSON.parse(json.out) as { sources: { state: string; problems: string[] }[] };
    expect(report.sources[0]).toMatchObject({ state: 'unreadable', problems: [expect.stringContaining(says)] });
    expect(json.out).not.toMatch(LIBRARY_WORDS);
  });

  it('names the part behind a failure it cannot trace in the zip, never the library’s words', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook><sheets/></workbook>');
    expect(await damageOf(zip, "Cannot read properties of undefined (reading 'styles')")).toBe(
      'tệp bị hỏng ở định dạng ô (xl/styles.xml); hãy xin đơn vị gửi lại tệp (hoặc mở tệp bằng Excel, để Excel sửa, lưu lại rồi gửi lại).',
    );
    expect(await damageOf(zip, 'something no one has seen')).toBe(
      'tệp bị hỏng ở một phần bên trong tệp mà chương trình không đọc được; hãy xin đơn vị gửi lại tệp (hoặc mở tệp bằng Excel, để Excel sửa, lưu lại rồi gửi lại).',
    );
  });
});
