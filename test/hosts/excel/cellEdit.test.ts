import { numericInputCells } from '../../../src/core/cellRoles';
import { addressOf, formGrid } from '../../../src/core/layout/grid';
import { createFakeExcel, type FakeExcelOptions } from '../../../src/dev/fake-excel';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import type { Campaign } from '../../../src/forms/schema';
import type { WorkbookCheck } from '../../../src/ports/workbookPort';
import { EACH_CAMPAIGN, fillingUnitType, formsOwedBy } from '../../support/campaigns';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 3000) throw new Error(`Still waiting for ${what}`);
    await sleep(20);
  }
}

describe.each(EACH_CAMPAIGN)('the task pane’s port, for forms of %s, while the user edits a cell', (_name, campaign: Campaign) => {
  const unitType = fillingUnitType(campaign);
  const first = formsOwedBy(campaign, unitType)[0]!;
  const sheet = first.sheetName;
  const [one, two] = numericInputCells(first);
  const input = addressOf(formGrid(first), one!.row, one!.column);
  const other = addressOf(formGrid(first), two!.row, two!.column);

  async function inserted(options: FakeExcelOptions = {}) {
    const excel = createFakeExcel(options);
    const port = createExcelPort(campaign, excel.run, excel.requirements, { cellEditRetryMs: [10, 10, 10, 10, 10] });
    const insert = () => port.insertForms({ unitType: unitType.key, unitName: 'Huyện ủy Văn Lâm', forms: [first.key] }, async () => new Map(), () => undefined);
    await insert();
    return { excel, port, insert };
  }

  it('writes a fix clicked while the user edits another cell, once the edit ends', async () => {
    const { excel, port } = await inserted();
    excel.userStartsEditing(sheet, other);
    const written = port.writeFigure(sheet, input, 17);
    await sleep(30);
    expect(excel.cell(sheet, input)?.value ?? null).toBeNull();
    await excel.userStopsEditing();
    await written;
    expect(excel.cell(sheet, input)?.value).toBe(17);
  });

  it('runs a refused batch again where Excel cannot hold it, and lets the error through if the user never leaves the cell', async () => {
    const { excel, port } = await inserted({ delayForCellEdit: false });
    excel.userStartsEditing(sheet, other);
    setTimeout(() => void excel.userStopsEditing(), 25);
    await port.writeFigure(sheet, input, 17);
    expect(excel.cell(sheet, input)?.value).toBe(17);
    excel.userStartsEditing(sheet, other);
    await expect(port.writeFigure(sheet, input, 18)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(excel.cell(sheet, input)?.value).toBe(17);
    await excel.userStopsEditing();
  });

  it('keeps one change handler on a form sheet when the sync that adds it is refused and the check runs again', async () => {
    const { excel, port } = await inserted({ delayForCellEdit: false });
    // The check's third sync registers the handlers: Excel refuses it, as it does while a cell is edited.
    excel.failSync(3, { code: 'InvalidOperationInCellEditMode' });
    await port.checkWorkbook();
    expect(excel.sheet(sheet).changeHandlers).toHaveLength(1);
    await port.checkWorkbook();
    expect(excel.sheet(sheet).changeHandlers).toHaveLength(1);
  });

  it('re-checks a sheet edited just before the user began editing the next cell, once that edit ends', async () => {
    const { excel, port } = await inserted();
    const checks: WorkbookCheck[] = [];
    port.onSheetChecked((check) => checks.push(check));
    await port.checkWorkbook();
    await excel.userType(sheet, input, '17');
    excel.userStartsEditing(sheet, other);
    await sleep(450);
    expect(checks).toEqual([]);
    await excel.userStopsEditing('5');
    await waitFor(() => checks.length > 0, 'the re-check');
    expect(checks[0]?.sheets.map((s) => s.sheet)).toEqual([sheet]);
  });

  it('keeps watching a form that Insert replaced, under its new id', async () => {
    const { excel, port, insert } = await inserted();
    const checks: WorkbookCheck[] = [];
    port.onSheetChecked((check) => checks.push(check));
    await port.checkWorkbook();
    const before = excel.sheet(sheet).id;
    expect(await insert()).toMatchObject({ replaced: [sheet] });
    const after = excel.sheet(sheet).id;
    expect(after).not.toBe(before);
    await excel.userType(sheet, input, '5');
    await waitFor(() => checks.some((c) => c.sheets.some((s) => s.sheetId === after)), 'a check of the new sheet');
    expect(excel.sheet(sheet).changeHandlers).toHaveLength(1);
  });

  it('tells the error listener about a re-check that failed, instead of dropping it', async () => {
    const { excel, port } = await inserted();
    const errors: unknown[] = [];
    port.onSheetChecked(
      () => undefined,
      (error) => errors.push(error),
    );
    await port.checkWorkbook();
    excel.failSync(1);
    await excel.userType(sheet, input, '5');
    await waitFor(() => errors.length > 0, 'the error');
    expect(errors).toEqual([expect.objectContaining({ code: 'GeneralException' })]);
  });
});
