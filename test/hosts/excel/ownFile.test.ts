import { createFakeExcel } from '../../../src/dev/fake-excel';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import { fileNameOf, readOwnFile } from '../../../src/hosts/excel/ownFile';
import { readSourceFile } from '../../../src/hosts/xlsx/readSourceFile';
import { NQ25 } from '../../support/campaigns';
import { unitFile, type UnitFile } from '../../support/units';

jest.setTimeout(60_000);

const READ_AT = '2026-12-02 09:00';
const URL = 'https://contoso.sharepoint.com/Shared%20Documents/Huy%E1%BB%87n%20%E1%BB%A7y%20V%C4%83n%20L%C3%A2m.xlsx';

let vanLam: UnitFile;
beforeAll(async () => {
  vanLam = await unitFile('Huyện ủy Văn Lâm', 'huyen', 1);
});

/** A workbook open in Excel with a unit's file in it. */
async function opened(sets: Record<string, string> = {}) {
  const excel = createFakeExcel({ apiVersion: 1.9, requirementSets: sets });
  await excel.openXlsx(vanLam.bytes, URL);
  return excel;
}

/** What the merge takes from a read: every sheet's values and formulas, and when the file says it was saved. */
function content(read: Awaited<ReturnType<typeof readSourceFile>>) {
  if (read.kind !== 'read') throw new Error(`unreadable: ${read.reason}`);
  return { sheets: read.sheets, campaign: read.campaign?.key, submission: read.source.submission };
}

describe('the open workbook’s own file', () => {
  it('is read in slices of the size asked, closed afterwards, and merges as the file the unit saved', async () => {
    const excel = await opened();
    const bytes = await readOwnFile(excel.document, 16 * 1024);
    expect(excel.document.openFiles()).toBe(0);
    const [own, saved] = await Promise.all([readSourceFile(NQ25, { name: 'a.xlsx', bytes, modified: undefined }, READ_AT), readSourceFile(NQ25, { name: 'a.xlsx', bytes: vanLam.bytes, modified: undefined }, READ_AT)]);
    expect(content(own)).toEqual(content(saved));
  });

  it('holds what was typed since the workbook was opened', async () => {
    const excel = await opened();
    await excel.userType('Biểu 1', 'D11', '4321');
    const read = content(await readSourceFile(NQ25, { name: 'a.xlsx', bytes: await readOwnFile(excel.document), modified: undefined }, READ_AT));
    const sheet = read.sheets.find((s) => s.name === 'Biểu 1');
    expect(sheet?.values[10]?.[3]).toBe(4321);
  });

  it('cannot be asked in slices over 4 MB, as Office documents', async () => {
    const excel = await opened();
    await expect(readOwnFile(excel.document, 4_194_305)).rejects.toThrow('Excel không đưa được tệp của sổ: mã lỗi Office 5001');
    expect(excel.document.openFiles()).toBe(0);
  });

  it('cannot be got a third time while two are open, as Office documents', async () => {
    const excel = await opened();
    const get = () => new Promise<Office.AsyncResult<Office.File>>((resolve) => excel.document.getFileAsync('compressed' as unknown as Office.FileType, {}, resolve));
    const [first, second, third] = [await get(), await get(), await get()];
    expect([first, second, third].map((r) => String(r.status))).toEqual(['succeeded', 'succeeded', 'failed']);
    await new Promise((resolve) => first.value.closeAsync(resolve));
    expect(String((await get()).status)).toBe('succeeded');
  });

  it('is named by the document’s URL, or said to be unsaved', () => {
    expect(fileNameOf(URL)).toBe('Huyện ủy Văn Lâm.xlsx');
    expect(fileNameOf('C:\\Users\\Van Lam\\Bieu mau.xlsx')).toBe('Bieu mau.xlsx');
    expect(fileNameOf('')).toBe('Sổ chưa lưu.xlsx');
    expect(fileNameOf(undefined)).toBe('Sổ chưa lưu.xlsx');
    expect(fileNameOf('/tmp/Book 1')).toBe('Book 1.xlsx');
  });
});

describe('the port’s own source', () => {
  it('is the workbook’s file where Excel gives compressed files', async () => {
    const excel = await opened();
    const port = createExcelPort(NQ25, excel.run, excel.requirements, { document: excel.document });
    const own = await port.ownSource(READ_AT);
    expect(own.kind).toBe('file');
    expect(own.name).toBe('Huyện ủy Văn Lâm.xlsx');
    expect(port.workbookName()).toBe('Huyện ủy Văn Lâm.xlsx');
  });

  it('is the sheets’ values, under the workbook’s name, where Excel gives none (Excel on the web)', async () => {
    const excel = await opened({ CompressedFile: '' });
    const port = createExcelPort(NQ25, excel.run, excel.requirements, { document: excel.document });
    const own = await port.ownSource(READ_AT);
    expect(own.kind).toBe('values');
    if (own.kind !== 'values' || own.read.kind !== 'read') throw new Error('values expected');
    expect(own.read.source.label).toBe('Huyện ủy Văn Lâm.xlsx');
    expect(own.read.sheets.map((s) => s.name)).toEqual(vanLamSheets());
  });
});

const vanLamSheets = () => ['Biểu 1', 'Biểu 2', 'Biểu 3A', 'Biểu 4', 'Biểu 5A', 'Biểu 5B', 'Biểu 6A', 'Biểu 6B'];
