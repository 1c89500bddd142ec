import { createFakeExcel } from '../../src/dev/fake-excel';

/** The in-memory Excel holds the add-in to Office.js's rules; if it were lax, the host tests would prove nothing. */
describe('the in-memory Excel', () => {
  it('applies writes only at sync, and reads only what was loaded', async () => {
    const excel = createFakeExcel();
    excel.userAddSheet('Trang 1');
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Trang 1').getRange('B2');
      range.values = [[42]];
      expect(excel.cell('Trang 1', 'B2')).toBeUndefined();
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values, address');
      await context.sync();
      expect(range.values).toEqual([[42]]);
      expect(range.address).toBe("'Trang 1'!B2");
    });
  });

  it('answers isNullObject for a missing sheet and fails the sync for getItem', async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
      missing.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Không có').getRange('A1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('counts syncs and measures each request', async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('A');
      sheet.getRange('A1:B2').values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.requestBytes[0]).toBeGreaterThan(20);
  });

  it('refuses a request over 5 MB and applies none of it', async () => {
    const excel = createFakeExcel();
    excel.userAddSheet('A');
    const big = Array.from({ length: 3000 }, () => Array.from({ length: 100 }, () => 'một chuỗi khá dài'));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.getRange('Z1').values = [['trước']];
      sheet.getRange('A1:CV3000').values = big;
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(excel.cell('A', 'Z1')).toBeUndefined();
  });

  it('refuses ExcelApi 1.9 features on an ExcelApi 1.8 host', async () => {
    const excel = createFakeExcel({ apiVersion: 1.8 });
    expect(excel.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(excel.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('A');
      expect(() => sheet.pageLayout).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => {
        sheet.getRange('A1').format.indentLevel = 1;
      }).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  it('refuses writes to locked cells of a protected sheet', async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('A');
      sheet.getRange('B2').format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
      sheet.getRange('B2').values = [[1]];
      await context.sync();
      sheet.getRange('A1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(excel.cell('A', 'B2')?.value).toBe(1);
  });

  it('lets a simulated user type only where the sheet allows, with the validation message', async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('A');
      const input = sheet.getRange('B2');
      input.format.protection.locked = false;
      input.dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      input.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Sai', message: 'Chỉ nhập số nguyên không âm' };
      sheet.protection.protect();
    });
    expect(await excel.userType('A', 'A1', '5')).toMatchObject({ accepted: false, reason: 'locked' });
    expect(await excel.userType('A', 'B2', '-3')).toEqual({ accepted: false, reason: 'validation', message: 'Chỉ nhập số nguyên không âm' });
    expect(await excel.userType('A', 'B2', '12 người')).toMatchObject({ accepted: false, reason: 'validation' });
    expect(await excel.userType('A', 'B2', '12')).toEqual({ accepted: true });
    expect(excel.cell('A', 'B2')?.value).toBe(12);
  });

  it('lets a paste through data validation, as Excel does, and tells the change handlers where', async () => {
    const excel = createFakeExcel();
    const seen: string[] = [];
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('A');
      sheet.getRange('B2:C3').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      sheet.onChanged.add(async (event) => {
        seen.push(event.address);
      });
    });
    await excel.userPaste('A', 'B2', [['1.234', -5]]);
    expect(excel.cell('A', 'B2')?.value).toBe('1.234');
    expect(excel.cell('A', 'C2')?.value).toBe(-5);
    expect(seen).toEqual(['B2:C2']);
  });

  it('stores a typed formula as a formula, and an apostrophe-led string as text', async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('A');
      sheet.getRange('A1:B1').formulas = [['=1+1', "'=HYPERLINK(1)"]];
    });
    expect(excel.cell('A', 'A1')).toMatchObject({ formula: '=1+1', value: '' });
    expect(excel.cell('A', 'B1')).toMatchObject({ formula: undefined, value: '=HYPERLINK(1)' });
  });
});
