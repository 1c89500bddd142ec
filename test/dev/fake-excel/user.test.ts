import { createFakeExcel, type FakeExcel } from '../../../src/dev/fake-excel';

/** A protected sheet with one unlocked input, B2, that takes whole numbers ≥ 0. */
async function formSheet(excel: FakeExcel): Promise<void> {
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add('Biểu 1');
    const input = sheet.getRange('B2:C2');
    input.format.protection.locked = false;
    input.dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
    input.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Sai', message: 'Chỉ nhập số nguyên không âm' };
    sheet.protection.protect();
  });
}

describe('the simulated user of the in-memory Excel', () => {
  it('cannot type into a locked cell of a protected sheet', async () => {
    const excel = createFakeExcel();
    await formSheet(excel);
    expect(await excel.userType('Biểu 1', 'A1', '5')).toMatchObject({ accepted: false, reason: 'locked' });
    expect(excel.cell('Biểu 1', 'A1')).toBeUndefined();
  });

  it('is stopped by a whole-number rule with the rule’s own message', async () => {
    const excel = createFakeExcel();
    await formSheet(excel);
    for (const text of ['-3', '1.5', '12 người', 'abc'])
      expect(await excel.userType('Biểu 1', 'B2', text)).toEqual({ accepted: false, reason: 'validation', message: 'Chỉ nhập số nguyên không âm' });
    expect(excel.cell('Biểu 1', 'B2')?.value).toBeNull();
    expect(await excel.userType('Biểu 1', 'B2', '12')).toEqual({ accepted: true });
    expect(excel.cell('Biểu 1', 'B2')?.value).toBe(12);
  });

  it('types numbers as numbers, text as text and "=…" as a formula', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.userType('S', 'A1', '12.5');
    await excel.userType('S', 'A2', 'Hà Nội');
    await excel.userType('S', 'A3', '=A1*2');
    expect([excel.cell('S', 'A1')?.value, excel.cell('S', 'A2')?.value, excel.cell('S', 'A3')]).toEqual([12.5, 'Hà Nội', expect.objectContaining({ formula: '=A1*2', value: '' })]);
  });

  it('lets a decimal rule with a Warning alert through, as a person clicking Yes would', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const v = context.workbook.worksheets.getItem('S').getRange('A1').dataValidation;
      v.rule = { decimal: { formula1: 0, formula2: 100, operator: 'Between' } };
      v.errorAlert = { showAlert: true, style: 'Warning', title: '', message: 'Ngoài 0–100' };
    });
    expect(await excel.userType('S', 'A1', '150')).toEqual({ accepted: true });
  });

  it('pastes past data validation, as Excel does, keeping the rule', async () => {
    const excel = createFakeExcel();
    await formSheet(excel);
    expect(await excel.userPaste('Biểu 1', 'B2', [['1.234', -5]])).toEqual({ accepted: true });
    expect([excel.cell('Biểu 1', 'B2')?.value, excel.cell('Biểu 1', 'C2')?.value]).toEqual(['1.234', -5]);
    expect(excel.cell('Biểu 1', 'B2')?.validation?.rule).toEqual({ wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
  });

  it('cannot paste over locked cells of a protected sheet, not even partly', async () => {
    const excel = createFakeExcel();
    await formSheet(excel);
    expect(await excel.userPaste('Biểu 1', 'B2', [[1, 2, 3]])).toMatchObject({ accepted: false, reason: 'locked' });
    expect(excel.cell('Biểu 1', 'B2')?.value).toBeNull();
  });

  it('cannot paste into part of a merged area', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => context.workbook.worksheets.getItem('S').getRange('A1:C1').merge());
    expect(await excel.userPaste('S', 'B1', [[1]])).toMatchObject({ accepted: false, reason: 'merged' });
  });

  it('tells the sheet’s change handlers where the edit was, after the edit, from the next sync on', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9 });
    await formSheet(excel);
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Biểu 1').onChanged.add(async (event) => {
        seen.push(event);
      });
      await excel.userType('Biểu 1', 'B2', '1');
      expect(seen).toEqual([]);
      await context.sync();
    });
    await excel.userType('Biểu 1', 'B2', '7');
    await excel.userPaste('Biểu 1', 'B2', [[8, 9]]);
    expect(seen.map((e) => [e.address, e.changeType, e.source])).toEqual([
      ['B2', 'RangeEdited', 'Local'],
      ['B2:C2', 'RangeEdited', 'Local'],
    ]);
    expect(seen[0]?.details).toMatchObject({ valueBefore: 1, valueAfter: 7, valueTypeAfter: 'Double' });
    expect(seen[1]?.details).toBeUndefined();
    expect(seen[0]?.worksheetId).toBe(excel.sheet('Biểu 1').id);
  });

  it('gives handlers event args whose getRange works in their own Excel.run', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    const read: unknown[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add((event) =>
        excel.run(async (ctx) => {
          const range = event.getRange(ctx).load('values, address');
          await ctx.sync();
          read.push(range.address, range.values);
        }),
      );
    });
    await excel.userPaste('S', 'C3', [['a', 'b']]);
    expect(read).toEqual(['S!C3:D3', [['a', 'b']]]);
  });

  it('raises onChanged for the add-in’s own writes too, once their sync has applied them', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    const addresses: string[] = [];
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.onChanged.add(async (event) => {
        addresses.push(event.address);
      });
      await context.sync();
      sheet.getRange('D4:E5').values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
      expect(addresses).toEqual([]);
    });
    await excel.whenIdle();
    expect(addresses).toEqual(['D4:E5']);
    expect(excel.eventErrors).toEqual([]);
  });

  it('fails the simulated edit when a handler throws, so the test sees it', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add(async () => {
        throw new Error('handler broke');
      });
    });
    await expect(excel.userType('S', 'A1', '1')).rejects.toThrow('handler broke');
  });

  it('selects like a click: the sheet becomes active and onSelectionChanged hears it', async () => {
    const excel = createFakeExcel({ sheets: ['Một', 'Hai'] });
    const seen: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Hai').onSelectionChanged.add(async (event) => {
        seen.push(event.address);
      });
    });
    await excel.userSelect('Hai', 'd19');
    expect([excel.activeSheet(), excel.selection(), seen]).toEqual(['Hai', { sheet: 'Hai', address: 'D19' }, ['D19']]);
  });
});
