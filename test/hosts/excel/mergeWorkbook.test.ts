import { cellAddress } from '../../../src/core/a1';
import { consolidate } from '../../../src/core/merge/consolidate';
import { tableBody, tableHeaderRow } from '../../../src/core/plan/tablePlan';
import { encodeOutputMarker } from '../../../src/core/merge/outputMarker';
import type { SourceRead } from '../../../src/core/merge/types';
import { createFakeExcel } from '../../../src/dev/fake-excel';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import type { Campaign } from '../../../src/forms/schema';
import { addressOf, formGrid } from '../../../src/core/layout/grid';
import { numericInputCells } from '../../../src/core/cellRoles';
import { EACH_CAMPAIGN, fillingUnitType, formsOwedBy } from '../../support/campaigns';
import { unitFile } from '../../support/units';
import { mergedBy, mergeSupport, READ_AT } from '../../merge/support';

jest.setTimeout(60_000);

const never = async () => {
  throw new Error('nothing should need replacing');
};

describe.each(EACH_CAMPAIGN)('writing a merge of %s into Excel', (_name, campaign: Campaign) => {
  const { readFile } = mergeSupport(campaign);
  const unitType = fillingUnitType(campaign);
  const owed = formsOwedBy(campaign, unitType);
  const first = owed[0]!;
  const summaries = owed.map((f) => `TH ${f.sheetName}`);
  const firstSummary = summaries[0]!;
  const firstInput = numericInputCells(first)[0]!;
  /** Where the first form's summary sums its first input cell. */
  const firstSum = addressOf(formGrid(first), firstInput.row, firstInput.column);

  const merge = (reads: SourceRead[], roster?: Parameters<typeof consolidate>[1]['roster']) =>
    consolidate(campaign, { reads, options: { includeUnitsWithErrors: false }, by: mergedBy(campaign), roster, mergedAt: READ_AT });

  let reads: SourceRead[];
  beforeAll(async () => {
    reads = await Promise.all(['Huyện ủy Văn Lâm', '=Huyện ủy Mỹ Hào'].map(async (name, i) => readFile(await unitFile(name, unitType.key, 100 + i, { campaign }))));
  });

  function setup(sheets: string[] = ['Sheet1']) {
    const excel = createFakeExcel({ apiVersion: 1.9, sheets });
    return { excel, port: createExcelPort(campaign, excel.run, excel.requirements) };
  }

  it('adds the status, data, roster and summary sheets, with the data as an Excel Table the summaries sum', async () => {
    const { excel, port } = setup();
    const result = await port.writeConsolidation(merge(reads), never, () => undefined);
    expect(result).toMatchObject({ cancelled: false, renamed: [] });
    expect(excel.sheetNames()).toEqual(['Sheet1', 'TH Tình hình', 'TH Dữ liệu', 'TH Danh sách', ...summaries]);
    expect(excel.sheet('TH Dữ liệu').tables.map((t) => t.name)).toEqual(['TH_DuLieu']);
    expect(excel.cell(firstSummary, firstSum)?.formula).toMatch(new RegExp(`^=IF\\(COUNTIFS\\('TH Dữ liệu'!\\$C:\\$C,"${first.key}"`));
    expect(excel.activeSheet()).toBe('TH Tình hình');
  });

  it('writes a unit name that starts with "=" as text, not as a formula', async () => {
    const { excel, port } = setup();
    await port.writeConsolidation(merge(reads), never, () => undefined);
    const names = excel.sheet('TH Tình hình');
    const cell = excel.cell('TH Tình hình', 'A6');
    expect(names).toBeDefined();
    expect(cell?.formula ?? null).toBeNull();
    expect(cell?.value).toBe('=Huyện ủy Mỹ Hào');
  });

  it('writes unit names Excel would read otherwise (a leading apostrophe, TRUE, 1.234) exactly as they were typed', async () => {
    const names = ["'Tổ dân vận Văn Lâm", 'TRUE', '1.234'];
    const odd = await Promise.all(names.map(async (name, i) => readFile({ ...(await unitFile(name, unitType.key, 110 + i, { campaign, forms: [first.key] })), name: `don-vi-${i}.xlsx` })));
    const { excel, port } = setup();
    await port.writeConsolidation(merge(odd), never, () => undefined);
    for (const sheet of ['TH Tình hình', 'TH Danh sách'])
      expect([sheet, ...['A5', 'A6', 'A7'].map((address) => excel.cell(sheet, address)?.value)]).toEqual([sheet, ...names]);
    const dataUnits = new Set<unknown>();
    for (let row = 5; excel.cell('TH Dữ liệu', `A${row}`)?.value !== undefined; row += 1) dataUnits.add(excel.cell('TH Dữ liệu', `A${row}`)?.value);
    expect([...dataUnits]).toEqual(names);
  });

  it('asks before replacing its own earlier sheets, and leaves everything as it was when the user says no', async () => {
    const { excel, port } = setup();
    await port.writeConsolidation(merge(reads), never, () => undefined);
    const before = excel.sheetNames();
    let asked: readonly string[] = [];
    const declined = await port.writeConsolidation(merge(reads.slice(0, 1)), async (sheets) => ((asked = sheets), false), () => undefined);
    expect(declined.cancelled).toBe(true);
    expect(asked).toEqual(['TH Tình hình', 'TH Dữ liệu', ...summaries]);
    expect(excel.sheetNames()).toEqual(before);
    const accepted = await port.writeConsolidation(merge(reads.slice(0, 1)), async () => true, () => undefined);
    expect(accepted.cancelled).toBe(false);
    expect(excel.sheetNames().sort()).toEqual([...before].sort());
    expect(excel.cell(firstSummary, firstSum)?.formula).toMatch(/^=IF\(COUNTIFS/);
  });

  it('never touches a sheet of the user’s that has an output’s name: the new sheet takes another', async () => {
    const { excel, port } = setup([firstSummary]);
    excel.userAddSheet('Ghi chép', { B2: 'của tôi' });
    const result = await port.writeConsolidation(merge(reads), never, () => undefined);
    expect(result.renamed).toEqual([`${firstSummary} (2)`]);
    expect(excel.sheetNames()).toContain(`${firstSummary} (2)`);
    expect(excel.cell('Ghi chép', 'B2')?.value).toBe('của tôi');
  });

  it('keeps the roster sheet the user edited and reads it back for the next merge', async () => {
    const { excel, port } = setup();
    excel.userAddSheet('TH Danh sách', {
      A1: encodeOutputMarker(campaign.key, 'roster'),
      A3: 'Tên đơn vị',
      B3: 'Loại đơn vị',
      A4: 'Huyện ủy Văn Lâm',
      B4: unitType.key,
      // A clerk may write the unit type's label instead of its key.
      A5: 'Huyện ủy Khoái Châu',
      B5: unitType.label,
    });
    const { roster } = await port.readWorkbookSources(READ_AT);
    expect(roster?.entries).toEqual([
      { unit: 'Huyện ủy Văn Lâm', unitType: unitType.key },
      { unit: 'Huyện ủy Khoái Châu', unitType: unitType.key },
    ]);
    const merged = merge(reads, roster);
    expect(merged.tables.roster).toBeUndefined();
    expect(merged.missing.map((m) => m.unit)).toEqual(['Huyện ủy Khoái Châu']);
    await port.writeConsolidation(merged, never, () => undefined);
    expect(excel.cell('TH Danh sách', 'A5')?.value).toBe('Huyện ủy Khoái Châu');
  });

  it('reads unit sheets copied into the open workbook, skipping its own earlier summaries', async () => {
    const { excel, port } = setup();
    await port.insertForms({ unitType: unitType.key, unitName: 'Huyện ủy Văn Giang', forms: [first.key] }, async () => new Map(), () => undefined);
    await port.writeConsolidation(merge(reads), never, () => undefined);
    const { source } = await port.readWorkbookSources(READ_AT);
    const again = merge([source]);
    expect(again.result.units.map((u) => u.unit)).toEqual(['Huyện ủy Văn Giang']);
    expect(again.result.reports[0]!.problems).toEqual([`Sổ này: bỏ qua ${owed.length} sheet tổng hợp của lần tổng hợp trước.`]);
    expect(excel.sheetNames()).toContain(first.sheetName);
  });

  it('writes in a number of syncs that does not grow with the number of units, the print setup in a sync of its own', async () => {
    const counts: number[] = [];
    for (const n of [1, 2]) {
      const { excel, port } = setup();
      excel.resetStats();
      await port.writeConsolidation(merge(reads.slice(0, n)), never, () => undefined);
      counts.push(excel.stats.syncs);
    }
    expect(counts).toEqual([5, 5]);
  });

  it('writes every cell of the data, status and roster tables as planned: Text columns exactly, with no leading apostrophe', async () => {
    const { excel, port } = setup();
    const merged = merge(reads);
    await port.writeConsolidation(merged, never, () => undefined);
    const { data, status, roster } = merged.tables;
    let texts = 0;
    for (const plan of [data, status, ...(roster ? [roster] : [])]) {
      const top = tableHeaderRow(plan);
      const rows: (readonly unknown[])[] = [[plan.marker], ...plan.titles.map((t) => [t]), plan.header, ...tableBody(plan)];
      const at = [0, ...plan.titles.map((_, i) => i + 1), top, ...tableBody(plan).map((_, i) => top + 1 + i)];
      rows.forEach((row, i) =>
        row.forEach((value, c) => {
          const address = cellAddress(at[i] as number, c);
          const seen = excel.cell(plan.sheetName, address)?.value ?? null;
          expect({ at: `${plan.sheetName}!${address}`, value: seen }).toEqual({ at: `${plan.sheetName}!${address}`, value: value === '' ? null : value });
          if (typeof value === 'string') texts += 1;
        }),
      );
    }
    expect(texts).toBeGreaterThan(100);
    // STT such as "2.1" and the read-at time are among them, as text.
    expect(data.rows.some((row) => typeof row[4] === 'string' && /^\d+\.\d+$/.test(row[4]))).toBe(true);
  });

  it('keeps every request under 5 MB for a data table of 70,000 rows, number formats included', async () => {
    const merged = merge(reads);
    const { data } = merged.tables;
    const rows = Array.from({ length: 70_000 }, (_, i) => data.rows[i % data.rows.length]!);
    const big = { ...merged, tables: { ...merged.tables, data: { ...data, rows } } };
    const { excel, port } = setup();
    await port.writeConsolidation(big, never, () => undefined);
    expect(excel.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    const last = tableHeaderRow(data) + rows.length;
    expect(excel.cell('TH Dữ liệu', cellAddress(last, 0))?.value).toBe(rows[rows.length - 1]![0]);
    expect(excel.cell('TH Dữ liệu', cellAddress(last, 4))?.numberFormat).toBe('@');
  });

  it('keeps the earlier summary whole when a write fails half-way, leaves no temporary sheet, and the next merge succeeds', async () => {
    const { excel, port } = setup();
    await port.writeConsolidation(merge(reads), never, () => undefined);
    const before = excel.sheetNames();
    const formula = excel.cell(firstSummary, firstSum)?.formula;
    const ids = before.map((name) => excel.sheet(name).id);
    // Sync 3 writes the new sheets: it fails part-way through.
    excel.failSync(3, { afterActions: 300 });
    await expect(port.writeConsolidation(merge(reads.slice(0, 1)), async () => true, () => undefined)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.sheetNames()).toEqual(before);
    expect(before.map((name) => excel.sheet(name).id)).toEqual(ids);
    expect(excel.cell(firstSummary, firstSum)?.formula).toBe(formula);
    const again = await port.writeConsolidation(merge(reads.slice(0, 1)), async () => true, () => undefined);
    expect(again.cancelled).toBe(false);
    expect(excel.sheetNames().filter((name) => name.startsWith('~'))).toEqual([]);
    expect(excel.cell(firstSummary, firstSum)?.formula).toMatch(/^=IF\(COUNTIFS\('TH Dữ liệu'!/);
    // No formula still names a temporary sheet, and none lost its reference.
    const formulas = excel.sheetNames().flatMap((name) => [...excel.sheet(name).cells.values()].flatMap((cell) => (cell.formula ? [cell.formula] : [])));
    expect(formulas.filter((f) => f.includes('~tongket') || f.includes('#REF!'))).toEqual([]);
  });

  it('prints each summary form without its checks, and keeps the summaries when Excel refuses that print setup', async () => {
    const { excel, port } = setup();
    const merged = merge(reads);
    expect(await port.writeConsolidation(merged, never, () => undefined)).not.toHaveProperty('printWarning');
    for (const plan of merged.forms) expect({ sheet: plan.sheetName, area: excel.sheet(plan.sheetName).pageLayout.printArea }).toEqual({ sheet: plan.sheetName, area: plan.print.area });

    const refused = setup();
    // Syncs 1–4 write (see the count above), sync 5 is the print setup.
    refused.excel.failSync(5, { code: 'GeneralException', afterActions: 2 });
    const result = await refused.port.writeConsolidation(merged, never, () => undefined);
    expect(result).toMatchObject({ cancelled: false, printWarning: expect.stringMatching(/^Excel không nhận cách đặt trang in/) });
    expect(refused.excel.sheetNames()).toEqual(['Sheet1', 'TH Tình hình', 'TH Dữ liệu', 'TH Danh sách', ...summaries]);
  });

  it('refuses a workbook whose structure is protected before writing anything, and says in Vietnamese what to do', async () => {
    const { excel, port } = setup();
    await excel.run(async (context) => context.workbook.protection.protect());
    await expect(port.writeConsolidation(merge(reads), never, () => undefined)).rejects.toThrow(/^Sổ đang được bảo vệ cấu trúc .*không thể ghi các sheet tổng hợp; chưa có gì được ghi\./);
    expect(excel.sheetNames()).toEqual(['Sheet1']);
  });

  it('makes the data table on the data sheet while the user has another sheet active', async () => {
    const { excel, port } = setup(['Sheet1']);
    await excel.userSelect('Sheet1', 'B2');
    await port.writeConsolidation(merge(reads), never, () => undefined);
    expect(excel.sheet('TH Dữ liệu').tables.map((t) => t.name)).toEqual(['TH_DuLieu']);
    expect(excel.sheet('Sheet1').tables).toEqual([]);
  });
});
