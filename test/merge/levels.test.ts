import { consolidate } from '../../src/core/merge/consolidate';
import { numericInputCells } from '../../src/core/cellRoles';
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
