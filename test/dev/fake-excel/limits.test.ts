import { createFakeExcel } from '../../../src/dev/fake-excel';

/** Print areas, a protected workbook structure and the length of a cell's text, as Excel has them (docs/FAKE-EXCEL.md). */

describe('the print area of a sheet of the in-memory Excel', () => {
  it('is kept as Excel shows it, from an address or a range of the sheet', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9, sheets: ['Biểu 1', 'Biểu 2'] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Biểu 1').pageLayout.setPrintArea('$A$2:$G$33');
      const other = context.workbook.worksheets.getItem('Biểu 2');
      other.pageLayout.setPrintArea(other.getRange('B3:C4'));
    });
    expect(excel.sheet('Biểu 1').pageLayout.printArea).toBe('A2:G33');
    expect(excel.sheet('Biểu 2').pageLayout.printArea).toBe('B3:C4');
  });

  it('is refused on another sheet, and below ExcelApi 1.9 where it is touched', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9, sheets: ['Biểu 1', 'Biểu 2'] });
    await expect(excel.run(async (context) => context.workbook.worksheets.getItem('Biểu 1').pageLayout.setPrintArea("'Biểu 2'!A1:B2"))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    const old = createFakeExcel({ apiVersion: 1.8, sheets: ['Biểu 1'] });
    await expect(old.run(async (context) => context.workbook.worksheets.getItem('Biểu 1').pageLayout.setPrintArea('A1:B2'))).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
  });
});

describe('a workbook of the in-memory Excel whose structure is protected', () => {
  async function protectedWorkbook(password?: string) {
    const excel = createFakeExcel({ sheets: ['Sheet1', 'Sheet2'] });
    await excel.run(async (context) => {
      context.workbook.protection.protect(password);
    });
    return excel;
  }

  it('says so through Workbook.protection.protected', async () => {
    const excel = await protectedWorkbook();
    const seen = await excel.run(async (context) => {
      const protection = context.workbook.protection.load('protected');
      await context.sync();
      return protection.protected;
    });
    expect(seen).toBe(true);
  });

  it('refuses adding, deleting, renaming, moving and hiding sheets, and leaves the workbook as it was', async () => {
    const excel = await protectedWorkbook();
    const attempts: ((sheets: Excel.WorksheetCollection) => void)[] = [
      (sheets) => sheets.add('Mới'),
      (sheets) => sheets.getItem('Sheet2').delete(),
      (sheets) => (sheets.getItem('Sheet2').name = 'Tên khác'),
      (sheets) => (sheets.getItem('Sheet2').position = 0),
      (sheets) => (sheets.getItem('Sheet2').visibility = 'Hidden'),
    ];
    for (const attempt of attempts)
      await expect(excel.run(async (context) => attempt(context.workbook.worksheets))).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(excel.sheetNames()).toEqual(['Sheet1', 'Sheet2']);
    expect(excel.sheet('Sheet2').visibility).toBe('Visible');
  });

  it('takes new sheets again once unprotected with its password, and not before', async () => {
    const excel = await protectedWorkbook('mk');
    await expect(excel.run(async (context) => context.workbook.protection.unprotect('sai'))).rejects.toMatchObject({ code: 'BadPassword' });
    await excel.run(async (context) => {
      context.workbook.protection.unprotect('mk');
      context.workbook.worksheets.add('Mới');
    });
    expect(excel.sheetNames()).toEqual(['Sheet1', 'Sheet2', 'Mới']);
  });

  it('cannot be protected twice', async () => {
    const excel = await protectedWorkbook();
    await expect(excel.run(async (context) => context.workbook.protection.protect())).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('a cell of the in-memory Excel', () => {
  const limit = 32_767;

  it('holds a text of 32,767 characters', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [['x'.repeat(limit), `'${'y'.repeat(limit)}`]];
    });
    expect([excel.cell('S', 'A1')?.value, excel.cell('S', 'B1')?.value].map((v) => String(v).length)).toEqual([limit, limit]);
  });

  it('refuses a longer text, written as values, as formulas or as table rows, and writes none of the range', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:B1').numberFormat = [['@', 'General']];
      sheet.getRange('D1:E2').values = [
        ['Đơn vị', 'Ghi chú'],
        ['A', 'x'],
      ];
      sheet.tables.add(sheet.getRange('D1:E2'), true).name = 'DonVi';
    });
    const writes: ((sheet: Excel.Worksheet) => void)[] = [
      (sheet) => (sheet.getRange('A1:B1').values = [['x'.repeat(limit + 1), 'ngắn']]),
      (sheet) => (sheet.getRange('A1:B1').formulas = [['ngắn', `'${'y'.repeat(limit + 1)}`]]),
      (sheet) => sheet.tables.getItem('DonVi').rows.add(undefined, [['B', 'z'.repeat(limit + 1)]]),
    ];
    for (const write of writes)
      await expect(excel.run(async (context) => write(context.workbook.worksheets.getItem('S')))).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect([excel.cell('S', 'A1')?.value ?? null, excel.cell('S', 'B1')?.value ?? null, excel.cell('S', 'D3')?.value ?? null]).toEqual([null, null, null]);
  });
});
