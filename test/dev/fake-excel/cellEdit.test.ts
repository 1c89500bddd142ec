import { createFakeExcel } from '../../../src/dev/fake-excel';

const write = (text: string) => async (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem('S').getRange('B2').values = [[text]];
  await context.sync();
};

/** While the user edits a cell, Excel refuses batches, or holds those run with delayForCellEdit (Excel.RunOptions). */
describe('the in-memory Excel while the user edits a cell', () => {
  it('fails a batch with InvalidOperationInCellEditMode, applying none of it', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    excel.userStartsEditing('S', 'A1');
    await expect(excel.run(write('từ add-in'))).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
      message: expect.stringContaining('Excel is in cell-editing mode'),
    });
    expect(excel.cell('S', 'B2')).toBeUndefined();
  });

  it('holds a batch run with delayForCellEdit until the user leaves the cell, then runs it', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    excel.userStartsEditing('S', 'A1');
    const delayed = excel.run({ delayForCellEdit: true }, write('sau khi sửa'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(excel.cell('S', 'B2')).toBeUndefined();
    await excel.userStopsEditing();
    await delayed;
    expect(excel.cell('S', 'B2')?.value).toBe('sau khi sửa');
  });

  it('drops delayForCellEdit where the host lacks the DelayForCellEdit requirement set, as office.js does', async () => {
    const excel = createFakeExcel({ sheets: ['S'], delayForCellEdit: false });
    expect(excel.requirements.isSetSupported('DelayForCellEdit')).toBe(false);
    excel.userStartsEditing('S', 'A1');
    await expect(excel.run({ delayForCellEdit: true }, write('x'))).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('commits what the user typed on leaving the cell with Enter, and tells the change handlers', async () => {
    const excel = createFakeExcel({ sheets: ['S'] });
    const heard: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add(async (event) => {
        heard.push(event.address);
      });
      await context.sync();
    });
    excel.userStartsEditing('S', 'C3');
    expect(await excel.userStopsEditing('42')).toEqual({ accepted: true });
    expect([excel.cell('S', 'C3')?.value, heard]).toEqual([42, ['C3']]);
  });
});
