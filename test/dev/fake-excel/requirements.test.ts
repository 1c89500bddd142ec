import { createFakeExcel } from '../../../src/dev/fake-excel';

/** An Excel 2019 (ExcelApi 1.8) is the default, so code that forgets isSetSupported fails here first. */
describe('the in-memory Excel’s requirement sets', () => {
  it('claims ExcelApi up to 1.8 by default, comparing versions part by part', () => {
    const excel = createFakeExcel();
    expect(excel.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(excel.requirements.isSetSupported('excelapi')).toBe(true);
    expect(excel.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(excel.requirements.isSetSupported('ExcelApiOnline', '1.1')).toBe(false);
    const recent = createFakeExcel({ apiVersion: '1.10' });
    expect(recent.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(recent.requirements.isSetSupported('ExcelApi', '1.11')).toBe(false);
  });

  it('refuses ExcelApi 1.9 features on an ExcelApi 1.8 Excel where they are touched, before any sync', async () => {
    const excel = createFakeExcel({ sheets: ['A'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      const apiNotFound = expect.objectContaining({ code: 'ApiNotFound' });
      expect(() => sheet.pageLayout).toThrow(apiNotFound);
      expect(() => {
        sheet.getRange('A1').format.indentLevel = 1;
      }).toThrow(apiNotFound);
      expect(() => {
        sheet.getRange('A1').format.autoIndent = true;
      }).toThrow(apiNotFound);
      expect(() => sheet.getRange('A1').format.load('indentLevel')).toThrow(apiNotFound);
      expect(() => context.workbook.worksheets.onChanged).toThrow(apiNotFound);
    });
    expect(excel.stats.syncs).toBe(0);
  });

  it('allows them on ExcelApi 1.9', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9, sheets: ['A'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows('$8:$9');
      sheet.getRange('B2').format.indentLevel = 2;
      const format = sheet.getRange('B2').format.load('indentLevel');
      await context.sync();
      expect(format.indentLevel).toBe(2);
    });
    expect(excel.sheet('A').pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$8:$9' });
  });

  it('holds older levels to what they had: no data validation before ExcelApi 1.8', async () => {
    const excel = createFakeExcel({ apiVersion: 1.7, sheets: ['A'] });
    await excel.run(async (context) => {
      expect(() => context.workbook.worksheets.getItem('A').getRange('A1').dataValidation).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});
