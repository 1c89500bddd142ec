import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { decodeStamp } from '../../src/core/stamp/stamp';
import { NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';
import { convert } from '../support/libreoffice';
import { withStoredCells } from '../support/sheetXml';
import { unitFile } from '../support/units';

jest.setTimeout(180_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-submit-'));
const form = NQ25.forms.find((f) => f.key === 'B1')!;
/** The first input cell of Biểu 1 ("D11"), whose figure the tampering tests change. */
const cell = (() => {
  const first = numericInputCells(form)[0]!;
  return addressOf(formGrid(form), first.row, first.column);
})();

/** Huyện ủy Văn Lâm's Biểu 1, filled in and valid, as a file of its own. */
async function validFile(name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, (await unitFile('Huyện ủy Văn Lâm', 'huyen', 400, { forms: ['B1'] })).bytes);
  return path;
}

async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.getWorksheet('Biểu 1') as ExcelJS.Worksheet;
}

/** The stamp Biểu 1's marker row carries, read as the merge reads it. */
async function stampIn(path: string) {
  const row = (await sheetOf(path)).getRow(1);
  const cells: unknown[] = [];
  row.eachCell((c) => void (cells[Number(c.col) - 1] = c.value));
  return cells.map(decodeStamp).find((s) => s !== undefined);
}

type MergedSource = { file: string; state: string; codes: string[]; submission: { by: string; at: string; changed: unknown[] } | null };

async function mergeJson(...files: string[]): Promise<MergedSource[]> {
  const run = await cli('merge', ...files, '--out', join(dir, `tong-hop-${Math.random().toString(36).slice(2)}.xlsx`), '--json');
  return (JSON.parse(run.out) as { sources: MergedSource[] }).sources;
}

describe('tongket submit', () => {
  it('stamps a file without errors with the person, the time and its figures, and exits 0', async () => {
    const path = await validFile('nop.xlsx');
    const run = await cli('submit', path, '--by', 'Nguyễn Thị Lan');
    expect(run.code).toBe(0);
    expect(run.out).toContain('nop.xlsx: 1 biểu của bộ');
    expect(run.out).toContain('0 lỗi');
    const stamp = await stampIn(path);
    expect(stamp).toMatchObject({ unit: 'Huyện ủy Văn Lâm', by: 'Nguyễn Thị Lan', campaign: { key: NQ25.key, version: NQ25.version }, form: { key: 'B1', version: form.version } });
    expect(stamp!.figures).toContainEqual([cell, (await sheetOf(path)).getCell(cell).value]);
    // The stamped file is still the same valid workbook to the checker.
    expect((await cli('check', path)).code).toBe(0);
  });

  // Regression: stamping through an ExcelJS load and save dropped the forms' data validation and the Kiểm tra column's colours.
  it('changes nothing else in the file: data validation, conditional formats, formulas and print area stay', async () => {
    const path = await validFile('giu-nguyen.xlsx');
    const parts = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const count = (what: string) => sheet.split(what).length - 1;
      return {
        validations: count('<dataValidation '),
        conditional: count('<conditionalFormatting'),
        formulas: count('<f>'),
        protection: count('<sheetProtection'),
        names: (await zip.file('xl/workbook.xml')!.async('string')).match(/<definedName\b[^>]*>[^<]*/g),
      };
    };
    const before = await parts(readFileSync(path));
    expect(before.validations).toBeGreaterThan(0);
    expect(before.conditional).toBeGreaterThan(0);
    await cli('submit', path, '--by', 'Lan', '--lock');
    expect(await parts(readFileSync(path))).toEqual(before);
  });

  it('exits 1, lists the errors and leaves the file untouched when it has an error', async () => {
    const path = await validFile('loi.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook.getWorksheet('Biểu 1')!.getCell(cell).value = '1.234';
    await workbook.xlsx.writeFile(path);
    const before = readFileSync(path);
    const run = await cli('submit', path, '--by', 'Lan');
    expect(run.code).toBe(1);
    expect(run.out).toContain(`LỖI  loi.xlsx: Biểu 1, ô ${cell}:`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('exits 2 without a person’s name, since a stamp must say who submitted', async () => {
    const path = await validFile('khong-ten.xlsx');
    const run = await cli('submit', path);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--by');
  });

  it('locks every cell of the form sheets, inputs included, with --lock', async () => {
    const path = await validFile('khoa.xlsx');
    expect((await sheetOf(path)).getCell(cell).protection?.locked).toBe(false);
    expect((await cli('submit', path, '--by', 'Lan', '--lock')).code).toBe(0);
    const sheet = await sheetOf(path);
    // Locked is the default an .xlsx leaves unsaid: ExcelJS reads no protection back for it.
    expect(sheet.getCell(cell).protection?.locked ?? true).toBe(true);
    expect(sheet.getCell('A3').protection?.locked ?? true).toBe(true);
    // ExcelJS reads the protection back but leaves it out of its typings.
    expect((sheet as unknown as { sheetProtection?: unknown }).sheetProtection).toMatchObject({ sheet: true });
  });
});

describe('the submission stamp, once written', () => {
  let stamped: string;
  beforeAll(async () => {
    stamped = await validFile('da-nop.xlsx');
    await cli('submit', stamped, '--by', 'Nguyễn Thị Lan');
  });

  it('is read by the merge as the source’s submission, with nothing changed, and dates the file', async () => {
    const [source] = await mergeJson(stamped);
    expect(source).toMatchObject({ state: 'merged', codes: [], submission: { by: 'Nguyễn Thị Lan', changed: [] } });
    expect(source!.submission!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const run = await cli('merge', stamped, '--out', join(dir, 'ngay-nop.xlsx'), '--json');
    expect(JSON.parse(run.out).units[0].submittedBasis).toBe('dấu nộp trong tệp');
  });

  it('survives saving and reopening the workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(stamped);
    const resaved = join(dir, 'luu-lai.xlsx');
    await workbook.xlsx.writeFile(resaved);
    expect((await mergeJson(resaved))[0]!.submission).toMatchObject({ by: 'Nguyễn Thị Lan', changed: [] });
  });

  it('survives a round trip through LibreOffice', async () => {
    const [output] = await convert([stamped], 'xlsx', join(dir, 'lo'));
    expect((await mergeJson(output!))[0]!.submission).toMatchObject({ by: 'Nguyễn Thị Lan', changed: [] });
  });

  it('flags a figure changed in the file’s XML after the stamp, naming the sheet, the cell and both values', async () => {
    const submitted = (await sheetOf(stamped)).getCell(cell).value as number;
    const tampered = join(dir, 'sua-sau.xlsx');
    writeFileSync(tampered, await withStoredCells(readFileSync(stamped), 'xl/worksheets/sheet1.xml', { [cell]: { v: String(submitted + 90) } }));
    const [source] = await mergeJson(tampered);
    expect(source!.codes).toEqual(['changed-after-submission']);
    expect(source!.submission!.changed).toEqual([{ sheet: 'Biểu 1', cell, submitted, now: submitted + 90 }]);
    // Counted, since the figures now in the file are the unit's latest, but said first on its own line.
    expect(source!.state).toBe('merged');
    const text = await cli('merge', tampered, '--out', join(dir, 'tong-hop-sua.xlsx'));
    expect(text.out).toContain(`SỬA SAU KHI NỘP sua-sau.xlsx: số liệu của "Huyện ủy Văn Lâm" khác với lúc nộp biểu`);
    expect(text.out).toContain(`Biểu 1, ô ${cell}: nộp ${submitted}, nay ${submitted + 90}`);
  });

  it('is written into a file LibreOffice saved, as units without Excel send them, and locks it', async () => {
    const [saved] = await convert([await validFile('libreoffice.xlsx')], 'xlsx', join(dir, 'lo-truoc'));
    // LibreOffice writes locked="false", which ExcelJS does not read: the cell's format is looked at in the XML.
    const protection = async () => {
      const zip = await JSZip.loadAsync(readFileSync(saved!));
      const style = Number(new RegExp(`<c r="${cell}"[^>]*\\ss="(\\d+)"`).exec(await zip.file('xl/worksheets/sheet1.xml')!.async('string'))![1]);
      const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(await zip.file('xl/styles.xml')!.async('string'))![1]!.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
      return /<protection [^>]*locked="(false|0)"/.test(xfs[style]!) ? 'unlocked' : 'locked';
    };
    expect(await protection()).toBe('unlocked');
    expect((await cli('submit', saved!, '--by', 'Lan', '--lock')).code).toBe(0);
    expect((await mergeJson(saved!))[0]!.submission).toMatchObject({ by: 'Lan', changed: [] });
    expect(await protection()).toBe('locked');
    expect((await cli('check', saved!)).code).toBe(0);
  });

  it('is absent from a file never submitted: its submission is null', async () => {
    expect((await mergeJson(await validFile('chua-nop.xlsx')))[0]!.submission).toBeNull();
  });
});
