import { cellRole, numericInputCells } from '../../../src/core/cellRoles';
import { decodeIdentity } from '../../../src/core/identity';
import { cellAddress } from '../../../src/core/a1';
import { addressOf, formGrid } from '../../../src/core/layout/grid';
import { layoutForm } from '../../../src/core/layout/layoutForm';
import { createFakeExcel, type FakeExcel } from '../../../src/dev/fake-excel';
import { estimateRequestBytes, queuePlan } from '../../../src/hosts/excel/applyPlan';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import type { Campaign, FormDef } from '../../../src/forms/schema';
import { EACH_CAMPAIGN, fillingUnitType, formsOwedBy } from '../../support/campaigns';
import type { ConflictChoice, SheetConflict } from '../../../src/ports/workbookPort';

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

  it.each([1.8, 1.9])(
    `takes at most three syncs to write the ${owed.length} forms its unit type "${unitType.key}" owes, and one more for their print setup where ExcelApi 1.9 allows (ExcelApi %s)`,
    async (apiVersion) => {
      const excel = createFakeExcel({ apiVersion });
      const { result } = insert(excel);
      expect((await result).created).toEqual(owed.map((f) => f.sheetName));
      expect(excel.stats.syncs).toBeLessThanOrEqual(apiVersion >= 1.9 ? 4 : 3);
      expect(Math.max(...excel.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    },
  );

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

  it('sets A4 landscape printing of the form without its checks where ExcelApi 1.9 allows, and says to set it by hand where not', async () => {
    const old = createFakeExcel({ apiVersion: 1.8 });
    expect((await insert(old, [first.key]).result).printWarning).toMatch(/cần ExcelApi 1\.9.*Đặt Vùng In/);
    expect(old.sheet(sheet).pageLayout).toEqual({});
    const recent = createFakeExcel({ apiVersion: 1.9 });
    expect((await insert(recent, [first.key]).result).printWarning).toBeUndefined();
    const { grid } = cellsOf(first);
    expect(recent.sheet(sheet).pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${grid.headerTop + 1}:$${grid.numberRow + 1}`,
      printArea: `A2:${cellAddress(grid.lastDataRow + 9, grid.checkColumn - 1)}`,
    });
  });

  it('keeps the forms it wrote when Excel refuses their print setup, and says what to do by hand', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9 });
    // An empty workbook: sync 1 lists the sheets, sync 2 writes the forms, sync 3 is the print setup, refused part-way (office-js issue #1860).
    excel.failSync(3, { code: 'InvalidArgument', message: 'The argument is invalid or missing or has an incorrect format.', afterActions: 3 });
    const result = await insert(excel).result;
    expect(result.created).toEqual(owed.map((f) => f.sheetName));
    expect(result.printWarning).toMatch(/^Excel không nhận cách đặt trang in, .*các biểu đã ghi vẫn giữ nguyên\. Lý do: Excel không nhận giá trị bổ trợ gửi.*\(mã lỗi Excel: InvalidArgument\)\. .*Đặt Vùng In/);
    expect(excel.sheetNames()).toEqual(owed.map((f) => f.sheetName));
    expect(excel.sheet(sheet).protection.protected).toBe(true);
    expect(decodeIdentity(excel.cell(sheet, 'A1')?.value)).toMatchObject({ form: first.key });
  });

  it('refuses a workbook whose structure is protected before writing anything, and says in Vietnamese what to do', async () => {
    const excel = createFakeExcel({ sheets: ['Sheet1'] });
    await excel.run(async (context) => context.workbook.protection.protect());
    excel.resetStats();
    await expect(insert(excel).result).rejects.toThrow(/^Sổ đang được bảo vệ cấu trúc \(Xem lại › Bảo vệ Sổ làm việc\), nên không thể thêm các sheet biểu; chưa có gì được ghi\./);
    expect(excel.sheetNames()).toEqual(['Sheet1']);
    expect(excel.stats.syncs).toBe(1);
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

  it('writes every text of every form as that very text, the column numbers “(1) … (6)=(4)+(5)” included', async () => {
    const excel = createFakeExcel();
    await insert(excel).result;
    let texts = 0;
    for (const form of owed) {
      const identity = { campaign: campaign.key, form: form.key, version: form.version, unitType: unitType.key, mode: 'blank' as const };
      const plan = layoutForm({ campaign, form, identity, sheetName: form.sheetName, unitName: 'Đơn vị Văn Lâm' });
      const numbers = plan.cells[formGrid(form).numberRow]?.map((cell) => cell.value) ?? [];
      expect(numbers[0]).toBe('(1)');
      plan.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell.value !== 'string' || cell.formula !== undefined) return;
          const address = cellAddress(r, c);
          expect({ at: `${form.sheetName}!${address}`, value: excel.cell(form.sheetName, address)?.value }).toEqual({ at: `${form.sheetName}!${address}`, value: cell.value });
          texts += 1;
        }),
      );
    }
    expect(texts).toBeGreaterThan(20 * owed.length);
  });

  it('reads the marker only of sheets that exist, in a workbook that has none of the forms yet', async () => {
    const excel = createFakeExcel({ sheets: ['Sheet1'] });
    const { result } = insert(excel);
    expect((await result).created).toEqual(owed.map((f) => f.sheetName));
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
  });

  it('keeps the earlier form and leaves no temporary sheet when the write fails half-way, and the next insert succeeds', async () => {
    const excel = createFakeExcel();
    await insert(excel, [first.key]).result;
    const before = excel.sheet(sheet).id;
    // The third sync is the write: let part of it through, then fail.
    excel.failSync(3, { afterActions: 200 });
    await expect(insert(excel, [first.key]).result).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.sheetNames()).toEqual([sheet]);
    expect(excel.sheet(sheet).id).toBe(before);
    expect(await insert(excel, [first.key]).result).toMatchObject({ replaced: [sheet] });
    expect(excel.sheetNames()).toEqual([sheet]);
    expect(excel.sheet(sheet).id).not.toBe(before);
  });

  it('deletes the temporary sheets an interrupted run left, instead of failing on their names', async () => {
    const excel = createFakeExcel();
    await insert(excel, [first.key]).result;
    excel.userAddSheet('~tongket 0', { A1: 'còn sót' });
    excel.userAddSheet('~tongket 1');
    expect(await insert(excel, [first.key]).result).toMatchObject({ replaced: [sheet] });
    expect(excel.sheetNames()).toEqual([sheet]);
  });

  it('estimates each form’s request at no less than what Office.js sends for it, paths and formats included', async () => {
    for (const form of owed) {
      const identity = { campaign: campaign.key, form: form.key, version: form.version, unitType: unitType.key, mode: 'blank' as const };
      const plan = layoutForm({ campaign, form, identity, sheetName: form.sheetName, unitName: 'Đơn vị Văn Lâm' });
      const excel = createFakeExcel({ apiVersion: 1.9 });
      await excel.run(async (context) => queuePlan(context.workbook.worksheets.add(form.sheetName), plan, { indent: true, pageLayout: true }));
      expect({ form: form.key, fits: estimateRequestBytes(plan) >= excel.stats.requests[0]! }).toEqual({ form: form.key, fits: true });
    }
  });
});
