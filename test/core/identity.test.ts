import { carriedText } from '../../src/core/campaignCarrier';
import { MAX_CELL_TEXT } from '../../src/core/cellText';
import { decodeIdentity, encodeIdentity, identityCells, type SheetIdentity } from '../../src/core/identity';
import { layoutForm } from '../../src/core/layout/layoutForm';
import type { SheetPlan } from '../../src/core/plan/types';
import { readFormSheet } from '../../src/core/readSheet';
import { campaignJson } from '../../src/forms/defineForm';
import { NQ25, formOf } from '../support/campaigns';

/** A province's worth of unit names, about 45 characters each. */
const names = (n: number, prefix = 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Số') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

const B1 = formOf(NQ25, 'B1');
const summaryOf = (units: readonly string[], withErrors?: readonly string[]): SheetIdentity => ({
  campaign: NQ25.key,
  form: B1.key,
  version: B1.version,
  unitType: 'tinh',
  mode: 'summary',
  units,
  ...(withErrors ? { withErrors } : {}),
});
const planOf = (identity: SheetIdentity) => layoutForm({ campaign: NQ25, form: B1, identity, sheetName: 'TH Biểu 1', unitName: 'Ban Dân vận Tỉnh ủy' });
/** The sheet's values from A1, as a host reads them. */
const valuesOf = (plan: SheetPlan) => plan.cells.map((row) => row.map((cell) => (cell.formula !== undefined ? '' : (cell.value ?? ''))));
const markerRow = (plan: SheetPlan) => valuesOf(plan)[0] as unknown[];

describe('the identity of a summary that names hundreds of units', () => {
  const identity = summaryOf(names(1000), names(4, 'Xã có lỗi'));
  const plan = planOf(identity);

  it('writes no cell over the 32,767 characters Excel holds, though its lists alone are longer', () => {
    expect(JSON.stringify(identity.units).length).toBeGreaterThan(MAX_CELL_TEXT);
    const longest = Math.max(...plan.cells.flat().map((cell) => (typeof cell.value === 'string' ? cell.value.length : 0)));
    expect(longest).toBeLessThanOrEqual(MAX_CELL_TEXT);
  });

  it('is read back whole from the marker row, the campaign still carried beside it', () => {
    const row = markerRow(plan);
    expect(decodeIdentity(row[0], row)).toEqual(identity);
    expect(carriedText(row)).toBe(campaignJson(NQ25));
  });

  it('names the marker-row cells that carry the lists, right of the campaign, so A1 alone says they are unknown', () => {
    const row = markerRow(plan);
    const fromA1 = decodeIdentity(row[0]);
    expect(fromA1).toMatchObject({ form: 'B1', mode: 'summary', listCells: 'C1:D1' });
    expect(fromA1?.units).toBeUndefined();
    expect(row.slice(2, 4).map((cell) => String(cell).slice(0, 19))).toEqual(['TONGKET-DON-VI 1/2 ', 'TONGKET-DON-VI 2/2 ']);
  });

  it('is refused by the reader when a piece of its lists is gone, rather than read as a summary of no units', () => {
    const values = valuesOf(plan);
    (values[0] as unknown[])[3] = '';
    expect(decodeIdentity(values[0]?.[0], values[0])).toMatchObject({ listCells: 'C1:D1' });
    const reading = readFormSheet(NQ25, 'TH Biểu 1', values);
    expect(reading).toMatchObject({ kind: 'refused', reason: expect.stringContaining('danh sách đơn vị của nó (hàng ẩn 1, ô C1:D1) bị thiếu hoặc hỏng') });
    expect(readFormSheet(NQ25, 'TH Biểu 1', valuesOf(plan))).toMatchObject({ kind: 'form', identity });
  });

  it('gives its lists the marker row before the campaign when the form is too narrow for both, and refuses lists no row can hold', () => {
    const huge = summaryOf(names(3300, 'Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Số'));
    const pieces = identityCells(huge, 1).pieces.length;
    expect(pieces).toBe(7);
    const row = markerRow(planOf(huge));
    expect(carriedText(row)).toBeUndefined();
    expect(decodeIdentity(row[0], row)).toEqual(huge);
    expect(() => planOf(summaryOf(names(5000, 'Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Số')))).toThrow(/quá dài để ghi vào hàng ẩn/);
  });
});

describe('the identity marker of a form', () => {
  it('keeps a short unit list inside the marker, as every marker was before, so older readers still read it', () => {
    const identity = summaryOf(names(3));
    expect(identityCells(identity, 2)).toEqual({ marker: encodeIdentity(identity), pieces: [] });
    expect(markerRow(planOf(identity))[0]).toBe(encodeIdentity(identity));
  });

  it('reads a marker written before the lists could move out, with the units inside', () => {
    const old = 'TONGKET {"campaign":"nq25","form":"B1","version":1,"unitType":"huyen","mode":"summary","units":["Xã Lạc Đạo","Xã Chỉ Đạo"]}';
    expect(decodeIdentity(old)).toEqual({ campaign: 'nq25', form: 'B1', version: 1, unitType: 'huyen', mode: 'summary', units: ['Xã Lạc Đạo', 'Xã Chỉ Đạo'] });
    expect(decodeIdentity(old, [old, 'TONGKET-BO-BIEU 1/1 {}'])).toEqual(decodeIdentity(old));
  });
});
