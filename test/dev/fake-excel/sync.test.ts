import { createFakeExcel, PAYLOAD_LIMIT_BYTES } from '../../../src/dev/fake-excel';

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
});
