import { createFakeExcel } from '../../../src/dev/fake-excel';

/** Excel reads text written through Range.values / Range.formulas as if it were typed (docs/FAKE-EXCEL.md, "Text written through the API"). */
describe('the in-memory Excel reading text written through the API', () => {
  async function written(texts: string[], numberFormat = 'General') {
    const excel = createFakeExcel({ sheets: ['S'] });
    const address = `A1:A${texts.length}`;
    const read = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange(address);
      range.numberFormat = texts.map(() => [numberFormat]);
      range.formulas = texts.map((t) => [t]);
      range.load('values, formulas, numberFormat');
      await context.sync();
      return range;
    });
    return { values: read.values.map(([v]) => v), formulas: read.formulas.map(([f]) => f), formats: read.numberFormat.map(([f]) => f) };
  }

  it('reads "(1)" in a General cell as −1, "1,234" as 1234, "50%" as 0.5 and "1/2" as a date, as a typed entry would be', async () => {
    const { values, formats } = await written(['(1)', '(2.5)', '1,234', '50%', '1/2/2025', '2025-05-01', '2.1']);
    // 45659 is 2 January 2025 and 45778 is 1 May 2025 in Excel's serial dates.
    expect(values).toEqual([-1, -2.5, 1234, 0.5, 45659, 45778, 2.1]);
    expect(formats).toEqual(['General', 'General', '#,##0', '0%', 'm/d/yyyy', 'm/d/yyyy', 'General']);
    // And, as the Range.values documentation says, "=…", "+…" and "-…" that are not numbers are formulas.
    const { formulas } = await written(['=1+1', '+A1', '-abc', '-5']);
    expect(formulas).toEqual(['=1+1', '=+A1', '=-abc', -5]);
  });

  it('reads "1/2" without a year as a date of this year, and leaves a day that no month has as text', async () => {
    const { values } = await written(['1/2', '13/4', '(6)=(4)+(5)', '2 lỗi']);
    expect(typeof values[0]).toBe('number');
    expect(values.slice(1)).toEqual(['13/4', '(6)=(4)+(5)', '2 lỗi']);
  });

  it('hides a leading apostrophe only where the cell is not formatted as Text', async () => {
    const general = await written(["'(1)", "'=SUM(A1)", "''trích"]);
    const text = await written(["'(1)", "'=SUM(A1)", "''trích"], '@');
    expect(general.values).toEqual(['(1)', '=SUM(A1)', "'trích"]);
    expect(text.values).toEqual(["'(1)", "'=SUM(A1)", "''trích"]);
  });

  it('keeps what is written to a Text (@) cell exactly: no formula, no number, no date', async () => {
    const { values, formulas } = await written(['=SUM(A1)', '(1)', '007', '2.1', '2025-05-01 10:30', '+5'], '@');
    expect(values).toEqual(['=SUM(A1)', '(1)', '007', '2.1', '2025-05-01 10:30', '+5']);
    expect(formulas).toEqual(values);
  });

  it('reads what the simulated user types by the same rules', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    await excel.userType('S', 'A1', '(3)');
    await excel.userType('S', 'A2', "'(3)");
    expect([excel.cell('S', 'A1')?.value, excel.cell('S', 'A2')?.value]).toEqual([-3, '(3)']);
  });
});
