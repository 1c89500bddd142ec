import { createFakeExcel } from '../../../src/dev/fake-excel';

/** Proxy objects: the add-in must queue, load and sync exactly as Office.js makes it, or these tests fail. */
describe('the in-memory Excel’s proxy objects', () => {
  it('apply a write only at the sync, not when the property is set', async () => {
    const excel = createFakeExcel({ sheets: ['Biểu 1'] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Biểu 1').getRange('B2').values = [[42]];
      expect(excel.cell('Biểu 1', 'B2')).toBeUndefined();
      await context.sync();
      expect(excel.cell('Biểu 1', 'B2')?.value).toBe(42);
    });
  });

  it('throw PropertyNotLoaded, worded as Office.js does, for a property read without load and sync', async () => {
    const excel = createFakeExcel({ sheets: ['Biểu 1'] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Biểu 1').getRange('A1');
      range.values = [['x']];
      expect(() => range.values).toThrow(
        expect.objectContaining({
          code: 'PropertyNotLoaded',
          message:
            'The property \'values\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
        }),
      );
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['x']]);
      expect(() => range.address).toThrow(Error);
    });
  });

  it('accept every form of load: a comma list, an array, select, and an object', async () => {
    const excel = createFakeExcel({ sheets: ['Biểu 1'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Biểu 1');
      const a = sheet.getRange('A1:B2').load('address, rowCount');
      const b = sheet.getRange('C3').load(['columnIndex', 'rowIndex']);
      const c = sheet.getRange('D4').load({ select: 'formulas' });
      const d = sheet.getRange('E5').load({ numberFormat: true, format: { font: { bold: true } } });
      await context.sync();
      expect([a.address, a.rowCount, b.columnIndex, b.rowIndex, c.formulas, d.numberFormat, d.format.font.bold]).toEqual([
        "'Biểu 1'!A1:B2",
        2,
        2,
        2,
        [['']],
        [['General']],
        false,
      ]);
    });
  });

  it('show what was loaded at the last sync until loaded again', async () => {
    const excel = createFakeExcel({ sheets: ['Sheet1'] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('values');
      await context.sync();
      range.values = [[7]];
      await context.sync();
      expect(range.values).toEqual([['']]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[7]]);
    });
  });

  it('qualify addresses with the sheet name, quoted only when Excel would', async () => {
    const excel = createFakeExcel({ sheets: ['Biểu 1', 'Tonghop', 'A1'] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ranges = [sheets.getItem('Biểu 1').getRange('B3:F20'), sheets.getItem('Tonghop').getRange('c5'), sheets.getItem('A1').getRange('2:3'), sheets.getItem('Tonghop').getRange('B:D')];
      ranges.forEach((r) => r.load('address'));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual(["'Biểu 1'!B3:F20", 'Tonghop!C5', "'A1'!2:3", 'Tonghop!B:D']);
    });
  });

  it('answer isNullObject for a missing sheet, and fail the sync for getItem of one', async () => {
    const excel = createFakeExcel({ sheets: ['Biểu 1'] });
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
      const present = context.workbook.worksheets.getItemOrNullObject('BIỂU 1');
      missing.load('name');
      present.load('name');
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, present.name]).toEqual([true, false, 'Biểu 1']);
      context.workbook.worksheets.getItem('Không có').getRange('A1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('give a collection’s items with the properties asked for, and nothing more', async () => {
    const excel = createFakeExcel({ sheets: ['Một', 'Hai'] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const count = sheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Một', 'Hai']);
      expect(count.value).toBe(2);
      expect(() => sheets.items[0]?.visibility).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('find a sheet added earlier in the same batch, and lose one deleted', async () => {
    const excel = createFakeExcel({ sheets: ['Cũ', 'Giữ'] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add('Mới');
      sheets.getItem('Mới').getRange('A1').values = [['ở đây']];
      sheets.getItem('Cũ').delete();
      const gone = sheets.getItemOrNullObject('Cũ').load('name');
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(excel.sheetNames()).toEqual(['Giữ', 'Mới']);
    expect(excel.cell('Mới', 'A1')?.value).toBe('ở đây');
  });

  it('refuse an object used after its Excel.run has finished', async () => {
    const excel = createFakeExcel({ sheets: ['Sheet1'] });
    const kept = await excel.run(async (context) => context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values'));
    expect(kept.values).toEqual([['']]);
    expect(() => {
      kept.values = [[1]];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('read Excel’s input rules: formulas, apostrophes, numbers, booleans, and text-formatted cells', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('F1').numberFormat = [['@']];
      sheet.getRange('A1:F1').values = [['=SUM(B2:B3)', "'=không phải công thức", '12.5', 'true', '-abc', '007']];
      const read = sheet.getRange('A1:F1').load('values, formulas');
      await context.sync();
      expect(read.values).toEqual([['', '=không phải công thức', 12.5, true, '', '007']]);
      expect(read.formulas).toEqual([['=SUM(B2:B3)', '=không phải công thức', 12.5, true, '=-abc', '007']]);
    });
  });

  it('refuse a values array whose size is not the range’s', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('fail the sync with ItemNotFound when a method is called on a null object, though the null object itself loads', async () => {
    const excel = createFakeExcel({ sheets: ['Biểu 1'] });
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
      missing.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      for (const use of [
        () => missing.getRange('A1').load('values'),
        () => missing.getRange('A1').format.load('columnWidth'),
        () => missing.getUsedRangeOrNullObject().load('address'),
        () => missing.protection.load('protected'),
      ]) {
        use();
        await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      }
    });
  });

  it('answer a null object, not an error, for an *OrNullObject method of an object that exists', async () => {
    const excel = createFakeExcel({ sheets: ['Trống'] });
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Trống').getUsedRangeOrNullObject().load('address');
      await context.sync();
      expect(used.isNullObject).toBe(true);
      used.getCell(0, 0).load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });
});
