import { decodeIdentity } from '../../../src/core/identity';
import { formGrid } from '../../../src/core/layout/grid';
import { createFakeExcel, type FakeExcel } from '../../../src/dev/fake-excel';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import { NQ25 } from '../../../src/forms/nq25';
import type { ConflictChoice, SheetConflict } from '../../../src/taskpane/port.types';

const HUYEN = ['B1', 'B2', 'B3A', 'B4', 'B5A', 'B5B', 'B6A', 'B6B'];

function insert(excel: FakeExcel, forms = HUYEN, choose: (c: readonly SheetConflict[]) => ReadonlyMap<string, ConflictChoice> = () => new Map()) {
  const asked: SheetConflict[][] = [];
  const port = createExcelPort(NQ25, excel.run, excel.requirements);
  const result = port.insertForms(
    { unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms },
    async (conflicts) => {
      asked.push([...conflicts]);
      return choose(conflicts);
    },
    () => undefined,
  );
  return { result, asked };
}

describe('inserting a unit’s forms into Excel', () => {
  it.each([1.8, 1.9])('takes at most three syncs for the eight forms of a district (ExcelApi %s)', async (apiVersion) => {
    const excel = createFakeExcel({ apiVersion });
    const { result } = insert(excel);
    expect((await result).created).toEqual(HUYEN.map((k) => NQ25.forms.find((f) => f.key === k)?.sheetName));
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...excel.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
  });

  it('needs no more syncs for one form than for eight', async () => {
    const one = createFakeExcel();
    await insert(one, ['B1']).result;
    const eight = createFakeExcel();
    await insert(eight).result;
    expect(eight.stats.syncs).toBe(one.stats.syncs);
  });

  it('writes the unit name, the identity, unlocked inputs with validation, and protects the sheet', async () => {
    const excel = createFakeExcel();
    await insert(excel, ['B1']).result;
    const grid = formGrid(NQ25.forms[0] as (typeof NQ25.forms)[number]);
    expect(excel.cell('Biểu 1', 'A3')?.value).toBe('Huyện ủy Văn Lâm');
    expect(decodeIdentity(excel.cell('Biểu 1', 'A1')?.value)).toEqual({ campaign: 'nq25', form: 'B1', version: 1, unitType: 'huyen', mode: 'blank' });
    const input = excel.cell('Biểu 1', `D${grid.firstDataRow + 2}`);
    expect(input).toMatchObject({ locked: false, validation: { errorAlert: { message: 'Chỉ nhập số nguyên không âm', style: 'Stop' } } });
    expect(excel.cell('Biểu 1', `F${grid.firstDataRow + 2}`)).toMatchObject({ locked: true, formula: expect.stringMatching(/^=IF\(COUNT/) });
    expect(excel.sheet('Biểu 1').protection.protected).toBe(true);
    expect(excel.sheet('Biểu 1').hiddenRows.has(0)).toBe(true);
    expect(excel.activeSheet()).toBe('Biểu 1');
  });

  it('sets A4 landscape printing and indents only where ExcelApi 1.9 allows', async () => {
    const old = createFakeExcel({ apiVersion: 1.8 });
    await insert(old, ['B1']).result;
    expect(old.sheet('Biểu 1').pageLayout).toEqual({});
    const recent = createFakeExcel({ apiVersion: 1.9 });
    await insert(recent, ['B1']).result;
    expect(recent.sheet('Biểu 1').pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: '$8:$9' });
  });

  it('replaces a blank form it made before, without asking', async () => {
    const excel = createFakeExcel();
    await insert(excel, ['B1']).result;
    const again = insert(excel, ['B1']);
    expect(await again.result).toMatchObject({ replaced: ['Biểu 1'], created: [] });
    expect(again.asked).toEqual([]);
    expect(excel.sheetNames()).toEqual(['Biểu 1']);
  });

  it('never overwrites figures the user typed: it asks, and skips unless told to copy', async () => {
    const excel = createFakeExcel();
    await insert(excel, ['B1']).result;
    const row = formGrid(NQ25.forms[0] as (typeof NQ25.forms)[number]).firstDataRow + 2;
    await excel.userType('Biểu 1', `D${row}`, '17');
    const skipped = insert(excel, ['B1']);
    expect(await skipped.result).toMatchObject({ skipped: ['Biểu 1'], created: [], replaced: [] });
    expect(skipped.asked[0]).toEqual([{ form: 'B1', sheetName: 'Biểu 1', reason: 'filled', copyName: 'Biểu 1 (2)' }]);
    expect(excel.cell('Biểu 1', `D${row}`)?.value).toBe(17);

    const copied = insert(excel, ['B1'], (conflicts) => new Map(conflicts.map((c) => [c.sheetName, 'copy'])));
    expect(await copied.result).toMatchObject({ copied: ['Biểu 1 (2)'] });
    expect(excel.sheetNames()).toEqual(['Biểu 1', 'Biểu 1 (2)']);
    expect(excel.cell('Biểu 1', `D${row}`)?.value).toBe(17);
  });

  it('treats a sheet of the user’s with a form’s name as foreign and leaves it alone', async () => {
    const excel = createFakeExcel();
    excel.userAddSheet('biểu 1', { A1: 'ghi chép riêng' });
    const { result, asked } = insert(excel, ['B1']);
    expect(await result).toMatchObject({ skipped: ['biểu 1'] });
    expect(asked[0]?.[0]).toMatchObject({ reason: 'foreign', sheetName: 'biểu 1' });
    expect(excel.cell('biểu 1', 'A1')?.value).toBe('ghi chép riêng');
  });
});
