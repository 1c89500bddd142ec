import { createFakeExcel, PAYLOAD_LIMIT_BYTES, requestBody } from '../../../src/dev/fake-excel';

/** Round trips and request sizes: what the add-in's performance claims are measured with. */
describe('the in-memory Excel’s syncs', () => {
  it('counts each sync and measures its request in UTF-8 bytes', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['a']];
      await context.sync();
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['ệ']];
      await context.sync();
    });
    expect(excel.stats.syncs).toBe(2);
    const [ascii = 0, vietnamese = 0] = excel.stats.requests;
    // "ệ" takes three bytes in UTF-8 where "a" takes one.
    expect(vietnamese - ascii).toBe(2);
    expect(excel.stats.maxRequestBytes).toBe(vietnamese);
    excel.resetStats();
    expect([excel.stats.syncs, excel.stats.requests, excel.stats.maxRequestBytes]).toEqual([0, [], 0]);
  });

  it('makes Excel.run sync what is still queued, and count no round trip when nothing is', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
    });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.cell('S', 'A1')?.value).toBe(1);
    await excel.run(async () => 'nothing queued');
    expect(excel.stats.syncs).toBe(1);
  });

  it('refuses a request over 5 MB whole, applying none of it', async () => {
    const excel = createFakeExcel({ sheets: ['A'] });
    const big = Array.from({ length: 3000 }, () => Array.from({ length: 100 }, () => 'một chuỗi khá dài'));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.getRange('Z1').values = [['trước']];
      sheet.getRange('A1:CV3000').values = big;
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(excel.stats.requests[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.cell('A', 'Z1')).toBeUndefined();
    expect(excel.cell('A', 'A1')).toBeUndefined();
  });

  it('accepts the same data split into requests under the limit', async () => {
    const excel = createFakeExcel({ sheets: ['A'] });
    const half = Array.from({ length: 1500 }, () => Array.from({ length: 100 }, () => 'một chuỗi khá dài'));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.getRange('A1:CV1500').values = half;
      await context.sync();
      sheet.getRange('A1501:CV3000').values = half;
      await context.sync();
    });
    expect(excel.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.cell('A', 'CV3000')?.value).toBe('một chuỗi khá dài');
  });

  it('refuses to read back a whole column of values, as too large a response', async () => {
    const excel = createFakeExcel({ sheets: ['A'] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A:C').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
  });

  it('keeps what ran before a failing operation, since Excel has no transactions', async () => {
    const excel = createFakeExcel({ sheets: ['A'] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('A').getRange('A1').values = [['đã ghi']];
      sheets.getItem('Không có').getRange('A1').values = [['không tới']];
      sheets.getItem('A').getRange('A2').values = [['không tới']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(excel.cell('A', 'A1')?.value).toBe('đã ghi');
    expect(excel.cell('A', 'A2')).toBeUndefined();
  });

  it('does not make a failed batch’s loads readable', async () => {
    const excel = createFakeExcel({ sheets: ['A'] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1').load('values');
      context.workbook.worksheets.getItem('Không có').load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('measures a request as Office.js sends it: every object path and action, not only the values', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      for (let row = 1; row <= 2000; row += 1) sheet.getRange(`A${row}`).format.font.bold = true;
      await context.sync();
    });
    // Each line is a getRange, a format and a font path (each with its Instantiate action) and one action that sets bold.
    expect(excel.stats.requests[0]).toBeGreaterThan(2000 * 500);
  });

  it('sends the object paths with their arguments, each once, in the shape office.js builds', () => {
    const body = requestBody([
      { describe: { set: 'values' }, path: { name: 'getRange', args: ['A1'], parent: { name: 'getItem', args: ['Biểu 1'], parent: undefined } } },
    ]) as { Actions: unknown[]; ObjectPaths: Record<string, { Name: string; ArgumentInfo: unknown }> };
    expect(Object.values(body.ObjectPaths).map((p) => [p.Name, p.ArgumentInfo])).toEqual([
      ['getItem', { Arguments: ['Biểu 1'] }],
      ['getRange', { Arguments: ['A1'] }],
    ]);
    expect(body.Actions).toHaveLength(3);
  });

  it('fails the Nth sync from now when told to, after only the operations it was told to let through', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    excel.failSync(2, { code: 'GeneralException', afterActions: 1 });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1').values = [['một']];
      await context.sync();
      sheet.getRange('A2').values = [['hai']];
      sheet.getRange('A3').values = [['ba']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      sheet.getRange('A4').values = [['bốn']];
      await context.sync();
    });
    expect(['A1', 'A2', 'A3', 'A4'].map((a) => excel.cell('S', a)?.value ?? null)).toEqual(['một', 'hai', null, 'bốn']);
  });
});
