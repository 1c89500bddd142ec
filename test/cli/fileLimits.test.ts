import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { FILE_LIMITS } from '../../src/core/fileLimits';
import { formatNumber } from '../../src/core/rules/messages';
import { createFakeExcel } from '../../src/dev/fake-excel';
import { createExcelPort } from '../../src/hosts/excel/excelPort';
import { readFiles } from '../../src/taskpane/merge/readFiles';
import { NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';
import { unitFile, type UnitFile } from '../support/units';
import { packedPart, partsOfWorkbook, repeated, zipOf, type PackedPart } from '../support/zipBomb';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = Buffer.alloc(1024 * 1024, '0');
/** Sheet parts of the unit's workbook: Biểu 1 is sheet1.xml, Biểu 2 sheet2.xml, … */
const SHEET = (n: number) => `xl/worksheets/sheet${n}.xml`;
/** A worksheet of `megabytes` MB: a comment of zeros, as a bomb would be (compressed about a thousand times). */
const zeros = (name: string, megabytes: number) => packedPart(name, ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!--', ...repeated(MB, megabytes), '--><sheetData/></worksheet>']);

let unit: UnitFile;
let parts: PackedPart[];
beforeAll(async () => {
  unit = await unitFile('Huyện ủy Văn Lâm', 'huyen', 7);
  parts = await partsOfWorkbook(unit.bytes);
});

/** The unit's workbook with some parts replaced, as a file in the test's folder. */
function withParts(name: string, replace: (part: PackedPart) => PackedPart, options: { zip64?: boolean } = {}): string {
  const path = join(dir, name);
  writeFileSync(path, zipOf(parts.map(replace), options));
  return path;
}

describe('tongket check on a workbook too large to read', () => {
  it('refuses a workbook whose four sheets inflate to 450 MB each, naming the file and the sheet', async () => {
    const path = withParts('bom.xlsx', (p) => ([1, 2, 3, 4].some((n) => p.name === SHEET(n)) ? zeros(p.name, 450) : p));
    const result = await cli('check', path);
    expect(result.code).toBe(2);
    expect(result.err).toContain('bom.xlsx: sheet "Biểu 1" (xl/worksheets/sheet1.xml) giải nén ra 450 MB, quá giới hạn 256 MB cho một sheet');
  });

  it('refuses a sheet whose size in the zip is a lie, as soon as it inflates past it', async () => {
    const path = withParts('noi-doi.xlsx', (p) => (p.name === SHEET(2) ? { ...zeros(p.name, 450), declaredSize: 30_000 } : p));
    const result = await cli('check', path);
    expect(result.code).toBe(2);
    expect(result.err).toContain('noi-doi.xlsx: sheet "Biểu 2" (xl/worksheets/sheet2.xml) ghi kích thước 30 kB nhưng giải nén ra nhiều hơn thế');
  });

  it('reads a form with a million rows pasted below it down to the form’s rows only, its figures as typed', async () => {
    const original = await (await JSZip.loadAsync(unit.bytes)).file(SHEET(1))!.async('string');
    const [head, tail] = original.split('</sheetData>') as [string, string];
    // A million rows below the form, in pieces of 10,000 (each deflated on its own): 45 MB.
    const rows = function* () {
      for (let from = 1000; from < 1_000_000; from += 10_000)
        yield Array.from({ length: Math.min(10_000, 1_000_001 - from) }, (_, i) => `<row r="${from + i}"><c r="D${from + i}"><v>1</v></c></row>`).join('');
    };
    const path = withParts('trieu-dong.xlsx', (p) => (p.name === SHEET(1) ? packedPart(p.name, [head, ...rows(), `</sheetData>${tail}`]) : p));
    const [pasted, plain] = [await cli('check', path), await cli('check', withParts('goc.xlsx', (p) => p))];
    expect(pasted.out.replaceAll('trieu-dong.xlsx', 'goc.xlsx')).toBe(plain.out);
    expect(pasted.code).toBe(plain.code);
  });

  it('says that rows far below the form are the problem when a sheet is too large even to be read down to its form', async () => {
    const original = await (await JSZip.loadAsync(unit.bytes)).file(SHEET(1))!.async('string');
    const head = original.slice(0, original.indexOf('<sheetData>')).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:H9000000"/>');
    const path = withParts('chin-trieu.xlsx', (p) => (p.name === SHEET(1) ? packedPart(p.name, [head, '<sheetData><!--', ...repeated(MB, 300), '--></sheetData></worksheet>']) : p));
    const result = await cli('check', path);
    expect(result.code).toBe(2);
    expect(result.err).toContain('chin-trieu.xlsx: sheet "Biểu 1" (xl/worksheets/sheet1.xml) giải nén ra 300 MB, quá giới hạn 256 MB cho một sheet');
    expect(result.err).toContain('Sheet "Biểu 1" có dữ liệu đến hàng 9.000.000 (vùng A1:H9000000), xa bên dưới biểu: hãy xóa các hàng thừa dưới biểu');
  });

  it('refuses many small parts that each lie a little, before they add up to hundreds of megabytes', async () => {
    const path = join(dir, 'nhieu-noi-doi.xlsx');
    const liars = Array.from({ length: 30 }, (_, i) => ({ ...zeros(`xl/media/image${i + 1}.bin`, 7), declaredSize: 100_000 }));
    writeFileSync(path, zipOf([...parts, ...liars]));
    const result = await cli('check', path);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^nhieu-noi-doi\.xlsx: phần xl\/media\/image\d+\.bin ghi kích thước 98 kB nhưng giải nén ra nhiều hơn thế/);
  });

  it('refuses sheets each under the limit that together pass the limit for the whole file', async () => {
    const path = withParts('tong.xlsx', (p) => ([3, 4, 5].some((n) => p.name === SHEET(n)) ? zeros(p.name, 7) : p));
    const result = await cli('check', path);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^tong\.xlsx: các phần của tệp giải nén ra tổng cộng 21 MB, quá giới hạn 16 MB .*lớn nhất là sheet "Biểu \d\w?"/);
  });

  it('refuses a zip of more parts than any workbook has', async () => {
    const path = join(dir, 'nhieu-phan.xlsx');
    const empty = packedPart('x', ['']);
    writeFileSync(path, zipOf([...parts, ...Array.from({ length: FILE_LIMITS.entries }, (_, i) => ({ ...empty, name: `rac/${i}.xml` }))]));
    const result = await cli('check', path);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`nhieu-phan.xlsx: tệp nén gồm ${formatNumber(FILE_LIMITS.entries + parts.length)} phần, quá giới hạn`);
  });

  it('still reads a unit workbook, also one written with ZIP64 sizes', async () => {
    for (const [name, options] of [['thuong.xlsx', {}], ['zip64.xlsx', { zip64: true }]] as const) {
      const result = await cli('check', withParts(name, (p) => p, options));
      expect(result.err).toBe('');
      expect(result.out).toContain(`${name}: 8 biểu của bộ`);
    }
  });
});

describe('the merge tab of the pane, given a zip bomb', () => {
  it('lists the file as unreadable with the sheet that is too large, and reads the good file beside it', async () => {
    const bomb = zipOf(parts.map((p) => (p.name === SHEET(1) ? zeros(p.name, 450) : p)));
    const excel = createFakeExcel();
    const port = createExcelPort(NQ25, excel.run, excel.requirements);
    const files = [new File([bomb as Uint8Array<ArrayBuffer>], 'bom.xlsx'), new File([unit.bytes as Uint8Array<ArrayBuffer>], unit.name)];
    const reads = await readFiles(port.readSourceFile, files, '25/11/2026 09:00', () => undefined, new AbortController().signal);
    expect(reads.map((r) => r.kind)).toEqual(['unreadable', 'read']);
    expect(reads[0]?.kind === 'unreadable' && reads[0].reason).toContain('bom.xlsx: sheet "Biểu 1" (xl/worksheets/sheet1.xml) giải nén ra 450 MB');
  });
});
