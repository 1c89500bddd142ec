import { createFakeExcel } from '../../../src/dev/fake-excel';

/** Reading a range's formats and merges in one go, as the form designer's reader does (docs/FAKE-EXCEL.md). */
describe('Range.getCellProperties and Range.getMergedAreasOrNullObject in the in-memory Excel', () => {
  it('answers every cell with only the properties asked for: no fill as white, no border as "None"', async () => {
    const excel = createFakeExcel({ apiVersion: '1.9', sheets: ['S'] });
    const result = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRange('B1').format.fill.color = '#FFF2CC';
      sheet.getRange('A1').format.indentLevel = 2;
      sheet.getRange('A1:B1').format.borders.getItem('EdgeBottom').style = 'Continuous';
      const properties = sheet.getRange('A1:B1').getCellProperties({ address: true, format: { font: { bold: true }, fill: { color: true }, indentLevel: true, borders: { style: true } } });
      await context.sync();
      return properties.value;
    });
    const none = { style: 'None' };
    expect(result).toEqual([
      [
        { address: 'S!A1', format: { font: { bold: true }, fill: { color: '#FFFFFF' }, indentLevel: 2, borders: { top: none, bottom: { style: 'Continuous' }, left: none, right: none } } },
        { address: 'S!B1', format: { font: { bold: false }, fill: { color: '#FFF2CC' }, indentLevel: 0, borders: { top: none, bottom: { style: 'Continuous' }, left: none, right: none } } },
      ],
    ]);
  });

  it('names the merged areas a range meets, with their sheet, or answers a null object', async () => {
    const excel = createFakeExcel({ apiVersion: '1.13', sheets: ['Biểu 1'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Biểu 1');
      sheet.getRange('A1:C1').merge();
      sheet.getRange('F2:F4').merge();
      const some = sheet.getRange('A1:G3').getMergedAreasOrNullObject().load('address, areaCount');
      const none = sheet.getRange('A5:B6').getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect([some.address, some.areaCount, none.isNullObject]).toEqual(["'Biểu 1'!A1:C1, 'Biểu 1'!F2:F4", 2, true]);
    });
  });

  it('refuses both on an Excel below their requirement sets (ExcelApi 1.9, 1.13)', async () => {
    const excel = createFakeExcel({ apiVersion: '1.9', sheets: ['S'] });
    await expect(excel.run(async (context) => context.workbook.worksheets.getItem('S').getRange('A1').getMergedAreasOrNullObject())).rejects.toMatchObject({ code: 'ApiNotFound' });
    const older = createFakeExcel({ apiVersion: 1.8, sheets: ['S'] });
    await expect(older.run(async (context) => context.workbook.worksheets.getItem('S').getRange('A1').getCellProperties({ format: { font: { bold: true } } }))).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
  });
});
