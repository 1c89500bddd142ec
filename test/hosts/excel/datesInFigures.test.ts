import { numericInputCells } from '../../../src/core/cellRoles';
import { addressOf, formGrid } from '../../../src/core/layout/grid';
import { createFakeExcel } from '../../../src/dev/fake-excel';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import { fillingUnitType, formsOwedBy, NQ25 } from '../../support/campaigns';

/**
 * Office.js gives a date as its serial number: "1/7/2024" in a count cell
 * reaches the pane as 45,474. Only the cell's number format says it is a date,
 * so the pane's check and its reading of the open workbook look at it too.
 */

async function formWithDateIn() {
  const excel = createFakeExcel({ apiVersion: '1.9', sheets: ['Sheet1'] });
  const unitType = fillingUnitType(NQ25);
  const [form] = formsOwedBy(NQ25, unitType);
  if (!form) throw new Error('no form');
  const port = createExcelPort(NQ25, excel.run, excel.requirements);
  await port.insertForms({ unitType: unitType.key, unitName: 'Huyện ủy Văn Lâm', forms: [form.key] }, async () => new Map(), () => undefined);
  const [input] = numericInputCells(form);
  const address = addressOf(formGrid(form), input!.row, input!.column);
  // A General cell into which the user typed 1/7/2024: Excel stores serial 45474 under a date format.
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(form.sheetName);
    sheet.protection.unprotect();
    const cell = sheet.getRange(address);
    cell.numberFormat = [['d/m/yyyy']];
    cell.values = [[45474]];
    await context.sync();
  });
  return { excel, port, form, address };
}

describe('a date typed into a figure cell of the open workbook', () => {
  it('is an error at its cell in the Kiểm tra list, shown as the date the user sees', async () => {
    const { port, form, address } = await formWithDateIn();
    const check = await port.checkWorkbook();
    const issues = check.sheets.flatMap((s) => s.issues).filter((i) => i.address === address);
    expect(issues.map((i) => [i.sheet, i.severity, i.code])).toEqual([[form.sheetName, 'error', 'date-in-number']]);
    expect(issues[0]?.message).toContain('1/7/2024');
  });

  it('is read as a date, not as 45,474, when the sheets of the open workbook are merged', async () => {
    const { port, form, address } = await formWithDateIn();
    const { source } = await port.readWorkbookSources('2025-01-01 08:00');
    if (source.kind !== 'read') throw new Error('workbook not read');
    const sheet = source.sheets.find((s) => s.name === form.sheetName);
    const grid = formGrid(form);
    const [row, column] = [Number(address.slice(1)) - 1, address.charCodeAt(0) - 65];
    expect(grid.firstDataRow).toBeLessThanOrEqual(row);
    expect(String(sheet?.values[row]?.[column])).toBe('1/7/2024');
  });
});
