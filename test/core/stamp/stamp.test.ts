import { cellRole, numericInputCells } from '../../../src/core/cellRoles';
import { addressOf, formGrid } from '../../../src/core/layout/grid';
import type { FormSheet } from '../../../src/core/rules/checkForm';
import { changedFigures, sheetFigures, stampOf } from '../../../src/core/stamp/figures';
import { decodeStamp, encodeStamp, latestStamp, stampColumn, stampInRow } from '../../../src/core/stamp/stamp';
import { NQ25 } from '../../support/campaigns';

const form = NQ25.forms[0]!;
const grid = formGrid(form);
const [first, second, third] = numericInputCells(form).map((c) => ({ ...c, address: addressOf(grid, c.row, c.column) }));

/** Biểu 1 of a unit with these input cells typed in, by address. */
function sheet(typed: Readonly<Record<string, number | string>>, unitName = 'Huyện ủy Văn Lâm'): FormSheet {
  return { form, sheet: form.sheetName, unitName, cellAt: (row, column) => ({ value: typed[addressOf(grid, row, column)] ?? null }) };
}

const AT = new Date('2026-11-30T08:15:00.000Z');

describe('a submission stamp', () => {
  it('records the unit, the person, the time, the campaign and form versions and every figure typed, in form order', () => {
    const stamp = stampOf(NQ25, sheet({ [second!.address]: 7, [first!.address]: 120 }), 'Nguyễn Thị Lan', AT);
    expect(stamp).toEqual({
      unit: 'Huyện ủy Văn Lâm',
      by: 'Nguyễn Thị Lan',
      at: '2026-11-30T08:15:00.000Z',
      campaign: { key: NQ25.key, version: NQ25.version },
      form: { key: form.key, version: form.version },
      figures: [
        [first!.address, 120],
        [second!.address, 7],
      ],
    });
  });

  it('reads back from its cell text as it was written', () => {
    const stamp = stampOf(NQ25, sheet({ [first!.address]: 120 }), 'Lan', AT);
    expect(decodeStamp(encodeStamp(stamp))).toEqual(stamp);
  });

  it('is not read from a cell of other text, broken JSON or a stamp missing a field', () => {
    const text = encodeStamp(stampOf(NQ25, sheet({}), 'Lan', AT));
    expect(decodeStamp('TONGKET-BO-BIEU 1/1 {}')).toBeUndefined();
    expect(decodeStamp(text.slice(0, -1))).toBeUndefined();
    expect(decodeStamp(text.replace('"by":"Lan",', ''))).toBeUndefined();
    expect(decodeStamp(42)).toBeUndefined();
  });
});

describe('where a stamp goes in the marker row', () => {
  const marker = 'TONGKET {}';
  const piece = 'TONGKET-BO-BIEU 1/1 {}';

  it('is the first empty cell right of the marker and the campaign pieces', () => {
    expect(stampColumn([marker, piece, piece, null, null], 5)).toBe(3);
  });

  it('is the cell of an earlier stamp, so submitting again replaces it', () => {
    const earlier = encodeStamp(stampOf(NQ25, sheet({}), 'Lan', AT));
    expect(stampColumn([marker, piece, earlier, null], 4)).toBe(2);
  });

  it('is nowhere when the form’s columns are all taken, rather than past the form', () => {
    expect(stampColumn([marker, piece, piece, null], 3)).toBeUndefined();
  });

  it('is found again by the reader, and the latest of several rows’ stamps dates the file', () => {
    const early = stampOf(NQ25, sheet({}), 'Lan', AT);
    const late = { ...early, at: '2026-12-01T01:00:00.000Z' };
    expect(stampInRow([marker, piece, encodeStamp(early)])).toEqual(early);
    expect(latestStamp([[marker, encodeStamp(early)], [marker, encodeStamp({ ...late, by: 'Trần Văn Nam' })], [marker]])).toEqual({ at: Date.parse('2026-12-01T01:00:00.000Z'), by: 'Trần Văn Nam' });
    expect(latestStamp([[marker]])).toBeUndefined();
  });
});

describe('figures compared with the stamp', () => {
  const submitted = sheet({ [first!.address]: 120, [second!.address]: 7 });
  const stamp = stampOf(NQ25, submitted, 'Lan', AT);

  it('are unchanged when the sheet holds what was submitted', () => {
    expect(changedFigures(submitted, stamp)).toEqual([]);
    expect(sheetFigures(submitted)).toEqual(stamp.figures);
  });

  it('name each cell changed, blanked or filled since, with the value submitted and the value now', () => {
    const now = sheet({ [first!.address]: 210, [third!.address]: 4 });
    expect(changedFigures(now, stamp)).toEqual([
      { sheet: 'Biểu 1', cell: first!.address, submitted: 120, now: 210 },
      { sheet: 'Biểu 1', cell: second!.address, submitted: 7, now: null },
      { sheet: 'Biểu 1', cell: third!.address, submitted: null, now: 4 },
    ]);
  });

  it('record a long note by its length and fingerprint, so that a stamp stays within one cell, and still see it edited', () => {
    const note = form.rows.flatMap((r) => form.columns.map((c) => ({ r: r.key, c: c.key }))).find(({ r, c }) => cellRole(form, r, c).role === 'text')!;
    const at = addressOf(grid, note.r, note.c);
    const long = 'Số liệu ước tính đến hết tháng 6, chưa gồm các chi bộ trực thuộc mới thành lập trong quý II năm nay.'.repeat(3);
    const stamped = stampOf(NQ25, sheet({ [at]: long }), 'Lan', AT);
    expect(stamped.figures).toEqual([[at, expect.stringMatching(/^…\(300 ký tự, mã [0-9a-f]{8}\)$/)]]);
    expect(changedFigures(sheet({ [at]: long }), stamped)).toEqual([]);
    expect(changedFigures(sheet({ [at]: long.replace('tháng 6', 'tháng 7') }), stamped)).toHaveLength(1);
  });

  it('name the unit name cell when the header names another unit, but not for invisible characters around the same name', () => {
    expect(changedFigures(sheet({ [first!.address]: 120, [second!.address]: 7 }, 'Huyện ủy Mỹ Hào'), stamp)).toEqual([
      { sheet: 'Biểu 1', cell: 'A3', submitted: 'Huyện ủy Văn Lâm', now: 'Huyện ủy Mỹ Hào' },
    ]);
    expect(changedFigures(sheet({ [first!.address]: 120, [second!.address]: 7 }, '\u200BHuyện ủy Văn Lâm '), stamp)).toEqual([]);
  });
});
