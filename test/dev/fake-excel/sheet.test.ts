import { createFakeExcel } from '../../../src/dev/fake-excel';

/** What a sheet keeps besides values: everything the form layout sets, stored and refused as Excel would. */
describe('a sheet of the in-memory Excel', () => {
  it('stores merges, keeping only the top-left contents, and unmerges', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:C1').values = [['Tiêu đề', 'mất', 'mất']];
      sheet.getRange('A1:C1').merge();
      sheet.getRange('A3:B4').merge(true);
      await context.sync();
      expect(excel.sheet('S').merges).toEqual(['A1:C1', 'A3:B3', 'A4:B4']);
      sheet.getRange('A4').unmerge();
    });
    expect(excel.sheet('S').merges).toEqual(['A1:C1', 'A3:B3']);
    expect([excel.cell('S', 'A1')?.value, excel.cell('S', 'B1')?.value]).toEqual(['Tiêu đề', null]);
  });

  it('stores sheet-scoped names and finds them again, or answers a null object', async () => {
    const excel = createFakeExcel({ sheets: ['Biểu 1'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Biểu 1');
      sheet.names.add('TongSo', sheet.getRange('D11:D40'), 'Cột tổng');
      sheet.names.add('TyLe', '=0.05');
      const found = sheet.names.getItemOrNullObject('tongso').load('name, formula, type, scope');
      const missing = sheet.names.getItemOrNullObject('KhongCo').load('name');
      await context.sync();
      expect([found.name, found.formula, found.type, found.scope, missing.isNullObject]).toEqual(['TongSo', "='Biểu 1'!$D$11:$D$40", 'Range', 'Worksheet', true]);
      sheet.names.add('TongSo', '=1');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      sheet.names.add('A1', '=1');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(excel.sheet('Biểu 1').names).toEqual([
      { name: 'TongSo', formula: "='Biểu 1'!$D$11:$D$40", comment: 'Cột tổng', visible: true },
      { name: 'TyLe', formula: '=0.05', comment: '', visible: true },
    ]);
    expect(excel.names()).toEqual([]);
  });

  it('refuses, once protected, writes to locked cells, formatting, merging and a second protect', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('B2').format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true });
      const state = sheet.protection.load('protected');
      await context.sync();
      expect(state.protected).toBe(true);
      sheet.getRange('B2').values = [[1]];
      sheet.getRange('B:B').format.columnWidth = 80;
      await context.sync();
      for (const refused of [
        () => (sheet.getRange('A1').values = [[1]]),
        () => (sheet.getRange('B2').format.font.bold = true),
        () => (sheet.getRange('3:3').format.rowHeight = 30),
        () => sheet.getRange('B2:C2').merge(),
        () => sheet.protection.protect(),
      ]) {
        refused();
        await expect(context.sync()).rejects.toMatchObject({ code: expect.stringMatching(/^(AccessDenied|InvalidOperation)$/) });
      }
    });
    expect(excel.cell('S', 'B2')?.value).toBe(1);
    expect(excel.sheet('S').columnWidths.get(1)).toBe(80);
    expect(excel.cell('S', 'B2')?.font.bold).toBeUndefined();
  });

  it('needs the password a sheet was protected with to unprotect it', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem('S').protection;
      protection.protect({}, 'mật khẩu');
      protection.unprotect('sai');
      await expect(context.sync()).rejects.toMatchObject({ code: 'BadPassword' });
      protection.unprotect('mật khẩu');
    });
    expect(excel.sheet('S').protection.protected).toBe(false);
  });

  it('stores formats per cell, with inside borders on the cells’ own edges', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B2');
      range.format.font.bold = true;
      range.format.fill.color = '#FFF2CC';
      range.format.horizontalAlignment = 'Center';
      range.format.wrapText = true;
      range.numberFormat = [
        ['#,##0', '#,##0'],
        ['0.0', '@'],
      ];
      const inside = range.format.borders.getItem('InsideHorizontal');
      inside.style = 'Continuous';
      inside.weight = 'Thin';
      const read = range.format.borders.getItem('InsideHorizontal').load('style');
      const top = range.format.borders.getItem('EdgeTop').load('style');
      const font = range.format.font.load('bold, italic, name');
      await context.sync();
      expect([read.style, top.style, font.bold, font.italic, font.name]).toEqual(['Continuous', 'None', true, false, 'Calibri']);
    });
    expect(excel.cell('S', 'A1')).toMatchObject({ fill: '#FFF2CC', horizontalAlignment: 'Center', wrapText: true, numberFormat: '#,##0', locked: true });
    expect(excel.cell('S', 'A1')?.borders).toEqual({ EdgeBottom: { style: 'Continuous', weight: 'Thin' } });
    expect(excel.cell('S', 'B2')?.borders).toEqual({ EdgeTop: { style: 'Continuous', weight: 'Thin' } });
  });

  it('stores widths and heights in points, hidden rows, frozen rows and print setup', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9, sheets: ['S'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('C:D').format.columnWidth = 60;
      sheet.getRange('2:2').format.rowHeight = 30;
      sheet.getRange('1:1').rowHidden = true;
      sheet.freezePanes.freezeRows(9);
      sheet.pageLayout.paperSize = 'A4';
      const frozen = sheet.freezePanes.getLocationOrNullObject().load('address');
      const widths = sheet.getRange('C1:E1').format.load('columnWidth');
      await context.sync();
      expect([frozen.address, widths.columnWidth]).toEqual(['S!1:9', null]);
    });
    const sheet = excel.sheet('S');
    expect([sheet.columnWidths.get(2), sheet.columnWidths.get(3), sheet.rowHeights.get(1), sheet.hiddenRows.has(0), sheet.frozenRows, sheet.pageLayout.paperSize]).toEqual([
      60,
      60,
      30,
      true,
      9,
      'A4',
    ]);
  });

  it('stores data validation with Office’s defaults, and clears it', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem('S').getRange('D11:E12').dataValidation;
      validation.rule = { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      validation.prompt = { showPrompt: true, title: 'Nhập', message: 'Số thập phân' };
      validation.errorAlert = { message: 'Sai' } as Excel.DataValidationErrorAlert;
      validation.load('type, ignoreBlanks, errorAlert');
      await context.sync();
      expect([validation.type, validation.ignoreBlanks, validation.errorAlert]).toEqual(['Decimal', true, { showAlert: true, style: 'Stop', title: '', message: 'Sai' }]);
      validation.rule = { decimal: { formula1: 0 } } as Excel.DataValidationRule;
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      context.workbook.worksheets.getItem('S').getRange('E12').dataValidation.clear();
    });
    expect(excel.cell('S', 'D11')?.validation?.prompt?.message).toBe('Số thập phân');
    expect(excel.cell('S', 'E12')?.validation).toBeUndefined();
  });

  it('stores custom conditional formats with their colours, counts and clears them', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('D11:D40');
      const cf = range.conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=AND(D11<>"",D11<0)';
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.color = '#9C0006';
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      expect(excel.sheet('S').conditionalFormats).toEqual([
        { type: 'Custom', range: 'D11:D40', formula: '=AND(D11<>"",D11<0)', fill: '#FFC7CE', fontColor: '#9C0006', bold: undefined },
      ]);
      context.workbook.worksheets.getItem('S').getRange('D20').conditionalFormats.clearAll();
    });
    expect(excel.sheet('S').conditionalFormats).toEqual([]);
  });

  it('makes tables over a header row, names them uniquely, and grows them', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:B1').values = [['Đơn vị', '']];
      const table = sheet.tables.add('A1:B3', true);
      table.rows.add(undefined, [['Huyện A', 5]]);
      const body = table.getDataBodyRange().load('address');
      table.load('name');
      await context.sync();
      expect([table.name, body.address]).toEqual(['Table1', 'S!A2:B4']);
      sheet.tables.add('B2:C5', true);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(excel.sheet('S').tables).toEqual([{ id: '1', name: 'Table1', address: 'A1:B4', hasHeaders: true }]);
    expect(excel.cell('S', 'B1')?.value).toBe('Column2');
    expect(excel.cell('S', 'B4')?.value).toBe(5);
  });

  it('follows Excel’s sheet rules: names, the last visible sheet, activation', async () => {
    const excel = createFakeExcel({ sheets: ['Một'] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      for (const bad of ['a/b', 'x'.repeat(32), "'trích", 'History', 'một']) {
        sheets.add(bad);
        await expect(context.sync()).rejects.toMatchObject({ code: expect.stringMatching(/^(InvalidArgument|ItemAlreadyExists)$/) });
      }
      sheets.getItem('Một').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      const added = sheets.add();
      added.activate();
      added.getRange('A2').select();
      added.load('name, position');
      await context.sync();
      expect([added.name, added.position]).toEqual(['Sheet2', 1]);
    });
    expect([excel.activeSheet(), excel.selection()]).toEqual(['Sheet2', { sheet: 'Sheet2', address: 'A2' }]);
  });

  it('carries a sheet’s new name into the formulas and names that refer to it, and turns references to a deleted sheet into #REF!', async () => {
    const excel = createFakeExcel({ sheets: ['Dữ liệu', 'Tổng', 'Khác'] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('Tổng').getRange('A1:B1').formulas = [["=SUM('Dữ liệu'!$C:$C)", '=Khác!A1+1']];
      context.workbook.names.add('Nguon', "='Dữ liệu'!$A$1");
      await context.sync();
      sheets.getItem('Dữ liệu').name = 'TH Dữ liệu';
      sheets.getItem('Khác').delete();
      await context.sync();
    });
    expect([excel.cell('Tổng', 'A1')?.formula, excel.cell('Tổng', 'B1')?.formula]).toEqual(["=SUM('TH Dữ liệu'!$C:$C)", '=#REF!+1']);
    expect(excel.names()[0]?.formula).toBe("='TH Dữ liệu'!$A$1");
  });

  it('puts a table given an address without a sheet name on the active sheet, and one given a range on that range’s sheet', async () => {
    const excel = createFakeExcel({ sheets: ['Đang mở', 'Dữ liệu'] });
    await excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem('Dữ liệu');
      data.getRange('A1:B1').values = [['Đơn vị', 'Số']];
      data.tables.add('A1:B3', true);
      data.tables.add(data.getRange('D1:E3'), true);
      await context.sync();
    });
    expect(excel.sheet('Đang mở').tables.map((t) => t.address)).toEqual(['A1:B3']);
    expect(excel.sheet('Dữ liệu').tables.map((t) => t.address)).toEqual(['D1:E3']);
  });
});
