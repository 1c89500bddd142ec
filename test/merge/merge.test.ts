import ExcelJS from 'exceljs';
import { numericInputCells } from '../../src/core/cellRoles';
import { encodeIdentity } from '../../src/core/identity';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { consolidate } from '../../src/core/merge/consolidate';
import { unitKey } from '../../src/core/merge/unitName';
import type { Campaign } from '../../src/forms/schema';
import { EACH_CAMPAIGN, fillingUnitType, formsOwedBy } from '../support/campaigns';
import { readSourceFile } from '../../src/hosts/xlsx/readSourceFile';
import { figure } from '../support/fill';
import { unitFile as nq25UnitFile, type UnitFile } from '../support/units';
import { DAY, JULY_1, READ_AT, mergedBy, mergeSupport } from './support';

jest.setTimeout(60_000);

const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());

describe.each(EACH_CAMPAIGN)('merging units that filled the forms of %s', (_name, campaign: Campaign) => {
  const { mergeFiles, readFile, summaryResult } = mergeSupport(campaign);
  const unitType = fillingUnitType(campaign).key;
  const owed = formsOwedBy(campaign, fillingUnitType(campaign));
  /** The first form the unit type owes (NQ25: Biểu 1), and the second (NQ25: Biểu 2). */
  const [first, second] = owed as [(typeof owed)[number], (typeof owed)[number]];
  const inputs = numericInputCells(first);
  const unitFile = (unit: string, type: string, seed: number, options: Parameters<typeof nq25UnitFile>[3] = {}) => nq25UnitFile(unit, type, seed, { ...options, campaign });
  const formNumber = campaign.texts.formNumber.replace('{số}', first.number);

  let units: UnitFile[];
  beforeAll(async () => {
    units = await Promise.all(['Huyện ủy Văn Lâm', 'Huyện ủy Mỹ Hào', 'Thị ủy Kim Động'].map((name, i) => unitFile(name, unitType, i + 1)));
  });

  it('sums every input cell over the units, blank only where no unit reported it', async () => {
    const result = await mergeFiles(units);
    for (const form of owed)
      for (const cell of numericInputCells(form)) {
        const values = units.map((u) => figure(u.figures.get(form.key)!, cell.row, cell.column)).filter((v): v is number => v !== undefined);
        const expected = values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
        const got = summaryResult(result, form.key, cell.row, cell.column);
        if (expected === undefined) expect([form.key, cell.row, cell.column, got]).toEqual([form.key, cell.row, cell.column, undefined]);
        else expect(Math.abs((got ?? NaN) - expected)).toBeLessThan(1e-9);
      }
  });

  it('writes each summary input cell as a SUMIFS over the per-unit data table, which holds one row per figure', async () => {
    const result = await mergeFiles(units);
    const plan = result.forms.find((p) => p.identity.form === first.key)!;
    const cell = inputs[0]!;
    const grid = formGrid(first);
    const formula = plan.cells[grid.rowOf.get(cell.row)!]![grid.columnOf.get(cell.column)!]!.formula!;
    expect(formula).toContain(`SUMIFS('TH Dữ liệu'!$I:$I,'TH Dữ liệu'!$C:$C,"${first.key}",'TH Dữ liệu'!$D:$D,"${cell.row}",'TH Dữ liệu'!$G:$G,"${cell.column}")`);
    const figures = units.reduce((n, u) => n + [...u.figures.values()].reduce((m, f) => m + [...f.values()].reduce((k, r) => k + r.size, 0), 0), 0);
    expect(result.tables.data.rows).toHaveLength(figures);
    expect(result.tables.data.rows[0]).toEqual(expect.arrayContaining(['Huyện ủy Văn Lâm', first.key, 'Huyện ủy Văn Lâm.xlsx']));
  });

  it('marks the summary with the units it contains and lays it out like the form', async () => {
    const result = await mergeFiles(units);
    const plan = result.forms.find((p) => p.identity.form === first.key)!;
    expect(plan.sheetName).toBe(`TH ${first.sheetName}`);
    expect(plan.identity).toMatchObject({ campaign: campaign.key, form: first.key, version: first.version, mode: 'summary', units: units.map((u) => u.unit) });
    expect(plan.cells.flat().some((c) => c.value === `${formNumber} (tổng hợp 3 đơn vị)`)).toBe(true);
    expect(plan.validations).toEqual([]);
    expect(plan.cells.flat().filter((c) => c.formula?.includes('ISFORMULA'))).toEqual([]);
  });

  it('joins the units’ notes as "Unit: note; Unit: note"', async () => {
    const noteColumn = first.columns.find((c) => c.kind === 'note')!;
    const row = first.rows.find((r) => r.kind === 'data')!;
    const withNote = (unit: UnitFile, note: string) =>
      unitFile(unit.unit, unitType, 9, {
        forms: [first.key],
        edit: (wb) => {
          wb.getWorksheet(first.sheetName)!.getCell(addressOf(formGrid(first), row.key, noteColumn.key)).value = note;
        },
      });
    const result = await mergeFiles([await withNote(units[0]!, 'số liệu ước'), await withNote(units[1]!, 'chưa đủ')]);
    const plan = result.forms.find((p) => p.identity.form === first.key)!;
    const grid = formGrid(first);
    expect(plan.cells[grid.rowOf.get(row.key)!]![grid.columnOf.get(noteColumn.key)!]!.value).toBe('Huyện ủy Văn Lâm: số liệu ước; Huyện ủy Mỹ Hào: chưa đủ');
  });

  it('keeps the newer of two files from one unit, says so, and matches names across tone placement and case', async () => {
    const older = { ...(await unitFile('Huyện uỷ Văn Lâm', unitType, 20)), name: 'van-lam-cu.xlsx', modified: JULY_1 };
    const newer = { ...(await unitFile('huyện ủy  văn lâm', unitType, 21)), name: 'van-lam-moi.xlsx', modified: JULY_1 + DAY };
    const result = await mergeFiles([newer, older]);
    expect(result.result.included.map((u) => u.source.label)).toEqual(['van-lam-moi.xlsx']);
    const old = result.result.reports.find((r) => r.source.label === 'van-lam-cu.xlsx')!;
    expect(old.state).toBe('duplicate');
    expect(old.problems.join(' ')).toMatch(/có 2 tệp: .*; dùng van-lam-moi\.xlsx \(tệp mới hơn\)/);
    const chosen = await mergeFiles([newer, older], { keep: new Map([[unitKey('Huyện ủy Văn Lâm'), 'van-lam-cu.xlsx']]) });
    expect(chosen.result.included.map((u) => u.source.label)).toEqual(['van-lam-cu.xlsx']);
  });

  it('keeps the file added last when the dates cannot decide, and never calls it the newer one', async () => {
    const one = { ...(await unitFile('Huyện ủy Văn Lâm', unitType, 22, { forms: [first.key] })), name: 'van-lam-1.xlsx' };
    const two = { ...(await unitFile('Huyện ủy Văn Lâm', unitType, 23, { forms: [first.key] })), name: 'van-lam-2.xlsx' };
    const sameTime = await mergeFiles([one, two]);
    expect(sameTime.result.included.map((u) => u.source.label)).toEqual(['van-lam-2.xlsx']);
    expect(sameTime.result.reports[0]!.problems.join(' ')).toContain('dùng van-lam-2.xlsx (cùng thời điểm lưu, dùng tệp thêm sau)');
    // A copy in the open workbook has no date: the source added last wins, whichever it is.
    const undated = await readSourceFile(campaign, { name: 'Sổ đang mở', bytes: two.bytes, modified: undefined }, READ_AT);
    const dated = await readFile(one, JULY_1 + DAY);
    const merged = consolidate(campaign, { reads: [dated, undated], options: { includeUnitsWithErrors: false }, by: mergedBy(campaign), roster: undefined, mergedAt: READ_AT });
    expect(merged.result.included.map((u) => u.source.label)).toEqual(['Sổ đang mở']);
    expect(merged.result.reports[0]!.problems.join(' ')).toMatch(/Sổ đang mở \(không rõ ngày\); dùng Sổ đang mở \(tệp thêm sau; không rõ ngày của mọi tệp\)/);
  });

  it('reads a file picked twice once', async () => {
    const result = await mergeFiles([units[0]!, { ...units[0]!, name: 'ban-sao.xlsx' }]);
    expect(result.result.included).toHaveLength(1);
    expect(result.result.reports[1]).toMatchObject({ state: 'duplicate', problems: ['ban-sao.xlsx: cùng nội dung với tệp Huyện ủy Văn Lâm.xlsx đã chọn, không đọc lại.'] });
  });

  it('reports each unreadable file by name and still merges the others', async () => {
    const protectedFile = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new TextEncoder().encode('E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0')]);
    const bad = [
      { name: 'hong.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
      { name: 'mat-khau.xlsx', bytes: protectedFile },
      { name: 'cu.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) },
      { name: 'csv.xlsx', bytes: new TextEncoder().encode('unit,value\nA,1\n') },
      { name: 'rong.xlsx', bytes: new Uint8Array() },
      { name: 'khong-bieu.xlsx', bytes: await bytesOf(Object.assign(new ExcelJS.Workbook(), {}).addWorksheet('Sheet1').workbook) },
    ];
    const result = await mergeFiles([units[0]!, ...bad, units[1]!]);
    expect(result.result.included.map((u) => u.unit)).toEqual(['Huyện ủy Văn Lâm', 'Huyện ủy Mỹ Hào']);
    const problem = (name: string) => result.result.reports.find((r) => r.source.label === name)!;
    expect(problem('hong.xlsx')).toMatchObject({ state: 'unreadable', problems: [expect.stringMatching(/^hong\.xlsx: tệp bị hỏng/)] });
    expect(problem('mat-khau.xlsx').problems[0]).toMatch(/^mat-khau\.xlsx: tệp có mật khẩu/);
    expect(problem('cu.xls').problems[0]).toMatch(/^cu\.xls: tệp Excel 97-2003/);
    expect(problem('csv.xlsx').problems[0]).toMatch(/^csv\.xlsx: .*CSV/);
    expect(problem('rong.xlsx').problems[0]).toMatch(/^rong\.xlsx: tệp rỗng/);
    expect(problem('khong-bieu.xlsx')).toMatchObject({ state: 'refused', problems: [expect.stringMatching(/^khong-bieu\.xlsx: không có biểu nào/)] });
  });

  it('refuses a sheet whose layout was edited, naming the file, sheet and first differing cell, and merges the rest of the file', async () => {
    // A row inserted above the form's second row: its STT cell is now blank.
    const row = formGrid(second).firstDataRow + 2;
    const edited = await unitFile('Huyện ủy Văn Giang', unitType, 30, {
      edit: (wb) => {
        wb.getWorksheet(second.sheetName)!.spliceRows(row, 0, ['', 'Dòng chèn thêm']);
      },
    });
    const result = await mergeFiles([edited]);
    const report = result.result.reports[0]!;
    expect(report.state).toBe('partly');
    expect(report.problems[0]).toBe(
      `Huyện ủy Văn Giang.xlsx: sheet "${second.sheetName}" đã bị sửa bố cục: ô A${row} ghi "", biểu ${second.key} phiên bản ${second.version} ghi "${second.rows[1]?.stt}"`,
    );
    expect(result.result.included[0]!.sheets.map((s) => s.form.key)).not.toContain(second.key);
    expect(result.result.included[0]!.sheets.map((s) => s.form.key)).toContain(first.key);
  });

  it('refuses a form of another version', async () => {
    const other = await unitFile('Huyện ủy Ân Thi', unitType, 31, {
      forms: [first.key],
      edit: (wb) => {
        wb.getWorksheet(first.sheetName)!.getCell('A1').value = encodeIdentity({ campaign: campaign.key, form: first.key, version: first.version + 1, unitType, mode: 'blank' });
      },
    });
    const result = await mergeFiles([other, units[0]!]);
    expect(result.result.reports[0]!.problems[0]).toContain(`là biểu ${first.key} phiên bản ${first.version + 1}; bộ biểu đang dùng có phiên bản ${first.version}`);
    expect(result.result.reports[0]!.state).toBe('refused');
  });

  it('leaves out a unit with errors unless asked, and says which units were counted', async () => {
    const wrong = await unitFile('Huyện ủy Khoái Châu', unitType, 32, {
      forms: [first.key],
      edit: (wb) => {
        wb.getWorksheet(first.sheetName)!.getCell(addressOf(formGrid(first), inputs[0]!.row, inputs[0]!.column)).value = '1.234';
      },
    });
    const without = await mergeFiles([wrong, units[0]!]);
    expect(without.result.units.find((u) => u.unit === 'Huyện ủy Khoái Châu')).toMatchObject({ included: false, errors: 1 });
    expect(without.result.reports[0]!.problems[0]).toBe('Đơn vị "Huyện ủy Khoái Châu" (Huyện ủy Khoái Châu.xlsx) có 1 lỗi nên chưa cộng; sửa lỗi hoặc chọn cộng cả đơn vị có lỗi.');
    const status = without.tables.status.rows.find((r) => r[0] === 'Huyện ủy Khoái Châu')!;
    expect(status).toContain('Không (có lỗi)');
    expect(status).toContain('1 lỗi');
    const withErrors = await mergeFiles([wrong, units[0]!], { includeUnitsWithErrors: true });
    expect(withErrors.result.included).toHaveLength(2);
    // "1.234" is text: it is flagged, never summed as 1234 or 1.234.
    expect(withErrors.tables.data.rows.filter((r) => r[0] === 'Huyện ủy Khoái Châu' && r[3] === inputs[0]!.row && r[6] === inputs[0]!.column)).toEqual([]);
  });
});
