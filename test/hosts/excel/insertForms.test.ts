import { cellRole, numericInputCells } from '../../../src/core/cellRoles';
import { decodeIdentity } from '../../../src/core/identity';
import { addressOf, formGrid } from '../../../src/core/layout/grid';
import { createFakeExcel, type FakeExcel } from '../../../src/dev/fake-excel';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import type { Campaign, FormDef } from '../../../src/forms/schema';
import { EACH_CAMPAIGN, fillingUnitType, formsOwedBy } from '../../support/campaigns';
import type { ConflictChoice, SheetConflict } from '../../../src/taskpane/port.types';

/** The first input cell of a form and the first cell a column formula computes, as addresses. */
function cellsOf(form: FormDef) {
  const grid = formGrid(form);
  const input = numericInputCells(form)[0];
  const computed = form.rows.flatMap((row) => form.columns.map((column) => ({ row: row.key, column: column.key, role: cellRole(form, row.key, column.key) })));
  const formula = computed.find((c) => c.role.role === 'formula' && c.role.source === 'column');
  if (!input || !formula) throw new Error(`${form.key} has no input or no formula column`);
  return { grid, input: addressOf(grid, input.row, input.column), formula: addressOf(grid, formula.row, formula.column) };
}

describe.each(EACH_CAMPAIGN)('inserting a unit’s forms of %s into Excel', (_name, campaign: Campaign) => {
  const unitType = fillingUnitType(campaign);
  const owed = formsOwedBy(campaign, unitType);
  const all = owed.map((f) => f.key);
  const [first] = owed as [FormDef, ...FormDef[]];
  const sheet = first.sheetName;

  function insert(excel: FakeExcel, forms = all, choose: (c: readonly SheetConflict[]) => ReadonlyMap<string, ConflictChoice> = () => new Map()) {
    const asked: SheetConflict[][] = [];
    const port = createExcelPort(campaign, excel.run, excel.requirements);
    const result = port.insertForms(
      { unitType: unitType.key, unitName: 'Đơn vị Văn Lâm', forms },
      async (conflicts) => {
        asked.push([...conflicts]);
        return choose(conflicts);
      },
      () => undefined,
    );
    return { result, asked };
  }

  it.each([1.8, 1.9])(`takes at most three syncs for the ${owed.length} forms its unit type "${unitType.key}" owes (ExcelApi %s)`, async (apiVersion) => {
    const excel = createFakeExcel({ apiVersion });
    const { result } = insert(excel);
    expect((await result).created).toEqual(owed.map((f) => f.sheetName));
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...excel.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
  });

  it(`needs no more syncs for one form than for ${owed.length}`, async () => {
    const one = createFakeExcel();
    await insert(one, [first.key]).result;
    const many = createFakeExcel();
    await insert(many).result;
    expect(many.stats.syncs).toBe(one.stats.syncs);
  });

  it('writes the unit name, the identity, unlocked inputs with validation, and protects the sheet', async () => {
    const excel = createFakeExcel();
    await insert(excel, [first.key]).result;
    const { input, formula } = cellsOf(first);
    expect(excel.cell(sheet, 'A3')?.value).toBe('Đơn vị Văn Lâm');
    expect(decodeIdentity(excel.cell(sheet, 'A1')?.value)).toEqual({ campaign: campaign.key, form: first.key, version: first.version, unitType: unitType.key, mode: 'blank' });
    expect(excel.cell(sheet, input)).toMatchObject({ locked: false, validation: { errorAlert: { message: 'Chỉ nhập số nguyên không âm', style: 'Stop' } } });
    expect(excel.cell(sheet, formula)).toMatchObject({ locked: true, formula: expect.stringMatching(/^=IF\(COUNT/) });
    expect(excel.sheet(sheet).protection.protected).toBe(true);
    expect(excel.sheet(sheet).hiddenRows.has(0)).toBe(true);
    expect(excel.activeSheet()).toBe(sheet);
  });

  it('sets A4 landscape printing and indents only where ExcelApi 1.9 allows', async () => {
    const old = createFakeExcel({ apiVersion: 1.8 });
    await insert(old, [first.key]).result;
    expect(old.sheet(sheet).pageLayout).toEqual({});
    const recent = createFakeExcel({ apiVersion: 1.9 });
    await insert(recent, [first.key]).result;
    const { grid } = cellsOf(first);
    expect(recent.sheet(sheet).pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: `$${grid.headerTop + 1}:$${grid.numberRow + 1}` });
  });

  it('replaces a blank form it made before, without asking', async () => {
    const excel = createFakeExcel();
    await insert(excel, [first.key]).result;
    const again = insert(excel, [first.key]);
    expect(await again.result).toMatchObject({ replaced: [sheet], created: [] });
    expect(again.asked).toEqual([]);
    expect(excel.sheetNames()).toEqual([sheet]);
  });

  it('never overwrites figures the user typed: it asks, and skips unless told to copy', async () => {
    const excel = createFakeExcel();
    await insert(excel, [first.key]).result;
    const { input } = cellsOf(first);
    await excel.userType(sheet, input, '17');
    const skipped = insert(excel, [first.key]);
    expect(await skipped.result).toMatchObject({ skipped: [sheet], created: [], replaced: [] });
    expect(skipped.asked[0]).toEqual([{ form: first.key, sheetName: sheet, reason: 'filled', copyName: `${sheet} (2)` }]);
    expect(excel.cell(sheet, input)?.value).toBe(17);

    const copied = insert(excel, [first.key], (conflicts) => new Map(conflicts.map((c) => [c.sheetName, 'copy'])));
    expect(await copied.result).toMatchObject({ copied: [`${sheet} (2)`] });
    expect(excel.sheetNames()).toEqual([sheet, `${sheet} (2)`]);
    expect(excel.cell(sheet, input)?.value).toBe(17);
  });

  it('treats a sheet of the user’s with a form’s name as foreign and leaves it alone', async () => {
    const excel = createFakeExcel();
    const lower = sheet.toLocaleLowerCase('vi');
    excel.userAddSheet(lower, { A1: 'ghi chép riêng' });
    const { result, asked } = insert(excel, [first.key]);
    expect(await result).toMatchObject({ skipped: [lower] });
    expect(asked[0]?.[0]).toMatchObject({ reason: 'foreign', sheetName: lower });
    expect(excel.cell(lower, 'A1')?.value).toBe('ghi chép riêng');
  });
});
