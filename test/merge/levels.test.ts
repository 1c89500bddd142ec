import { consolidate } from '../../src/core/merge/consolidate';
import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { summaryWorkbook } from '../../src/hosts/xlsx/summaryWorkbook';
import { NQ25 } from '../support/campaigns';
import { figure } from '../support/fill';
import { unitFile, type UnitFile } from '../support/units';
import { readFile, READ_AT, mergeFiles, summaryResult } from './support';

jest.setTimeout(60_000);

/** A district that consolidated its communes, as the file it sends the province. */
async function districtSummary(communes: readonly UnitFile[], name: string) {
  const reads = await Promise.all(communes.map((c) => readFile(c)));
  const merged = consolidate(NQ25, { reads, options: { includeUnitsWithErrors: false }, by: { unitName: name, unitType: 'huyen' }, roster: undefined, mergedAt: READ_AT });
  const workbook = await summaryWorkbook(merged);
  return { name: `${name} (tổng hợp).xlsx`, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

let communes: UnitFile[];
beforeAll(async () => {
  communes = await Promise.all(['Xã Lạc Đạo', 'Xã Chỉ Đạo', 'Thị trấn Như Quỳnh'].map((name, i) => unitFile(name, 'co_so', 40 + i)));
});

describe('merging across levels', () => {
  it('merges a district’s summary as one unit with its communes’ figures', async () => {
    const district = await districtSummary(communes, 'Huyện ủy Văn Lâm');
    const other = await unitFile('Huyện ủy Mỹ Hào', 'huyen', 50);
    const province = await mergeFiles([district, other]);
    expect(province.result.units.map((u) => [u.unit, u.included, u.errors])).toEqual([
      ['Huyện ủy Mỹ Hào', true, 0],
      ['Huyện ủy Văn Lâm', true, 0],
    ]);
    expect(province.result.units[1]!.summaryOf).toEqual(communes.map((c) => c.unit));
    const b1 = NQ25.forms.find((f) => f.key === 'B1')!;
    for (const cell of numericInputCells(b1)) {
      const values = [...communes, other].map((u) => figure(u.figures.get('B1') ?? new Map(), cell.row, cell.column)).filter((v): v is number => v !== undefined);
      const expected = values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
      expect([cell.row, cell.column, summaryResult(province, 'B1', cell.row, cell.column)]).toEqual([cell.row, cell.column, expected]);
    }
    // The province's summary names every unit inside it, communes included, for the level above.
    expect(province.forms[0]!.identity.units).toEqual(['Huyện ủy Mỹ Hào', 'Huyện ủy Văn Lâm', ...communes.map((c) => c.unit)]);
  });

  it('refuses a summary merged together with a unit it already contains, counts that unit once, and names the units left out with it', async () => {
    const district = await districtSummary(communes, 'Huyện ủy Văn Lâm');
    const result = await mergeFiles([district, communes[0]!]);
    expect(result.result.included.map((u) => u.unit)).toEqual(['Xã Lạc Đạo']);
    const report = result.result.reports[0]!;
    expect(report.state).toBe('refused');
    expect(report.problems).toEqual([
      'Huyện ủy Văn Lâm (tổng hợp).xlsx: bảng tổng hợp của "Huyện ủy Văn Lâm" đã gồm "Xã Lạc Đạo", đơn vị này cũng đã được chọn riêng; không cộng hai lần nên bỏ bảng tổng hợp này. ' +
        'Vì vậy 2 đơn vị khác trong đó chưa được cộng: "Xã Chỉ Đạo", "Thị trấn Như Quỳnh"; muốn dùng bảng tổng hợp này, hãy bỏ tệp riêng của "Xã Lạc Đạo".',
    ]);
  });
});

const B2 = NQ25.forms.find((f) => f.key === 'B2')!;

/** A commune that sent Biểu 2 with only these figures of the row of the Ban Dân vận's cadres (column key → figure), everything else blank. */
const reported = (unit: string, figures: Record<string, number>) =>
  unitFile(unit, 'co_so', 7, {
    forms: ['B2'],
    edit: (workbook) => {
      const sheet = workbook.getWorksheet(B2.sheetName)!;
      for (const cell of numericInputCells(B2)) sheet.getCell(addressOf(formGrid(B2), cell.row, cell.column)).value = null;
      for (const [column, value] of Object.entries(figures)) sheet.getCell(addressOf(formGrid(B2), 'cb_bdv', column)).value = value;
    },
  });

/** Reads a summary file and merges it (with `others`) as the unit type above does. */
async function mergeAbove(files: readonly { name: string; bytes: Uint8Array }[], by: { unitName: string; unitType: string }, includeUnitsWithErrors = false) {
  const reads = await Promise.all(files.map((f) => readFile(f)));
  return consolidate(NQ25, { reads, options: { includeUnitsWithErrors }, by, roster: undefined, mergedAt: READ_AT });
}

const PROVINCE = { unitName: 'Ban Dân vận Tỉnh ủy Hưng Yên', unitType: 'tinh' };
const ABOVE = { unitName: 'Ban Dân vận Trung ương', unitType: 'tinh' };

describe('a summary of valid units, one level up', () => {
  it('merges with no error when one unit reported only the part of a rule and another both sides, so the summed part exceeds the summed whole', async () => {
    // Xã Lạc Đạo gave 5 women and no total; Xã Chỉ Đạo 3 women of 4. Both valid; summed, 8 women of 4.
    const district = await districtSummary([await reported('Xã Lạc Đạo', { nu: 5 }), await reported('Xã Chỉ Đạo', { nu: 3, t2023: 4 })], 'Huyện ủy Văn Lâm');
    const province = await mergeFiles([district]);
    expect(province.result.units.map((u) => [u.unit, u.errors, u.included])).toEqual([['Huyện ủy Văn Lâm', 0, true]]);
    expect(province.result.reports[0]!.state).toBe('merged');
    const at = addressOf(formGrid(B2), 'cb_bdv', 'nu');
    expect(province.result.units[0]!.notes).toEqual([
      `Bảng tổng hợp: 1 quy tắc không khớp trên số tổng (TH Biểu 2 ô ${at}) do có đơn vị chỉ báo một vế; chỉ là cảnh báo.`,
    ]);
    expect(summaryResult(province, 'B2', 'cb_bdv', 'nu')).toBe(8);
  });

  it('shows such a rule on the summary sheet itself as a warning, not an error', async () => {
    const reads = await Promise.all([await reported('Xã Lạc Đạo', { nu: 5 }), await reported('Xã Chỉ Đạo', { nu: 3, t2023: 4 })].map((c) => readFile(c)));
    const merged = consolidate(NQ25, { reads, options: { includeUnitsWithErrors: false }, by: { unitName: 'Huyện ủy Văn Lâm', unitType: 'huyen' }, roster: undefined, mergedAt: READ_AT });
    const plan = merged.forms.find((p) => p.identity.form === 'B2')!;
    const grid = formGrid(B2);
    const check = plan.cells[grid.rowOf.get('cb_bdv')!]![grid.checkColumn]!.formula!;
    const at = addressOf(grid, 'cb_bdv', 'nu');
    expect(check).toContain(`"◦ ${at}: Số nữ vượt tổng số 6/2023 "`);
    expect(check).not.toContain(`"• ${at}: Số nữ`);
  });

  it('merges with no error at the district, the province and the level above, whatever the communes left blank', async () => {
    let summedRulesBroken = 0;
    for (const seed of [1, 2, 3]) {
      const districts = await Promise.all(
        ['Huyện ủy Văn Lâm', 'Huyện ủy Mỹ Hào'].map(async (district, d) => {
          const own = await Promise.all(['Xã Một', 'Xã Hai', 'Xã Ba'].map((name, i) => unitFile(`${name} ${district}`, 'co_so', 500 + seed * 10 + d * 3 + i)));
          return districtSummary(own, district);
        }),
      );
      const province = await mergeAbove([...districts, await unitFile('Huyện ủy Ân Thi', 'huyen', 600 + seed)], PROVINCE);
      expect([seed, province.result.units.map((u) => [u.unit, u.errors, u.included])]).toEqual([
        seed,
        [
          ['Huyện ủy Ân Thi', 0, true],
          ['Huyện ủy Văn Lâm', 0, true],
          ['Huyện ủy Mỹ Hào', 0, true],
        ],
      ]);
      summedRulesBroken += province.result.units.filter((u) => u.notes.some((n) => n.startsWith('Bảng tổng hợp:'))).length;
      const file = { name: 'Tỉnh (tổng hợp).xlsx', bytes: new Uint8Array(await (await summaryWorkbook(province)).xlsx.writeBuffer()) };
      const above = await mergeAbove([file], ABOVE);
      expect([seed, above.result.units.map((u) => [u.unit, u.errors, u.included])]).toEqual([seed, [[PROVINCE.unitName, 0, true]]]);
      // The province, Ân Thi, and each district with its three communes.
      expect(above.forms[0]!.identity.units).toHaveLength(1 + 1 + 2 * 4);
    }
    // The blanks did what the test is about: summed, some part exceeded its whole.
    expect(summedRulesBroken).toBeGreaterThan(0);
  });

  it('is refused one level up when it counted a unit with errors, naming that unit, unless the level above counts units with errors too', async () => {
    const wrong = await reported('Xã Lạc Đạo', { nu: 5, t2023: 4 });
    const reads = await Promise.all([wrong, await reported('Xã Chỉ Đạo', { nu: 3, t2023: 4 })].map((c) => readFile(c)));
    const merged = consolidate(NQ25, { reads, options: { includeUnitsWithErrors: true }, by: { unitName: 'Huyện ủy Văn Lâm', unitType: 'huyen' }, roster: undefined, mergedAt: READ_AT });
    const district = { name: 'Văn Lâm (tổng hợp).xlsx', bytes: new Uint8Array(await (await summaryWorkbook(merged)).xlsx.writeBuffer()) };

    const refused = await mergeAbove([district], PROVINCE);
    expect(refused.result.units.map((u) => [u.unit, u.errors, u.included])).toEqual([['Huyện ủy Văn Lâm', 1, false]]);
    expect(refused.result.reports[0]!.state).toBe('excluded');
    expect(refused.result.reports[0]!.problems).toEqual([
      'Văn Lâm (tổng hợp).xlsx: bảng tổng hợp của "Huyện ủy Văn Lâm" đã cộng cả 1 đơn vị có lỗi: "Xã Lạc Đạo"; chưa cộng bảng này; hãy đề nghị cấp dưới sửa lỗi rồi tổng hợp lại, hoặc chọn cộng cả đơn vị có lỗi.',
    ]);

    const counted = await mergeAbove([district], PROVINCE, true);
    expect(counted.result.units.map((u) => u.included)).toEqual([true]);
    // The province's summary passes the warning on.
    expect(counted.forms[0]!.identity.withErrors).toEqual(['Xã Lạc Đạo']);
  });
});
