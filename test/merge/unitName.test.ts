import { readRoster } from '../../src/core/merge/roster';
import { cleanUnitName, oddCharacters, sameUnit, unitKey } from '../../src/core/merge/unitName';
import { NQ25 } from '../support/campaigns';
import { unitFile } from '../support/units';
import { DAY, JULY_1, mergeFiles } from './support';

jest.setTimeout(60_000);

describe('unit names', () => {
  it.each([
    ['Huyện uỷ Văn Lâm', 'Huyện ủy Văn Lâm'],
    ['Xã Hoà Bình', 'xã hòa bình'],
    ['  Thị   ủy Mỹ Hào ', 'THỊ ỦY MỸ HÀO'],
    ['Huye\u0302\u0323n ủy Văn Lâm', 'Huyện ủy Văn Lâm'],
    ['Đảng ủy Khối Doanh nghiệp', 'đảng uỷ khối doanh nghiệp'],
  ])('treat "%s" and "%s" as the same unit', (a, b) => {
    expect(sameUnit(a, b)).toBe(true);
  });

  it.each([
    ['Huyện ủy Văn Lâm', 'Huyện ủy Văn Giang'],
    ['Xã Hòa Bình', 'Xã Hoa Bình'],
    ['Xã Mỹ Hào', 'Xã My Hào'],
    ['Đảng ủy xã', 'Dang uy xa'],
  ])('keep "%s" and "%s" apart', (a, b) => {
    expect(sameUnit(a, b)).toBe(false);
  });

  it('gives one key to both tone placements, whatever the normalisation form', () => {
    expect(unitKey('Hoà'.normalize('NFD'))).toBe(unitKey('Hòa'.normalize('NFC')));
  });
});

describe('names that look the same', () => {
  it.each([
    ['a trailing zero-width space', 'Huyện ủy Văn Lâm\u200B'],
    ['a leading BOM', '\uFEFFHuyện ủy Văn Lâm'],
    ['a zero-width joiner and non-joiner', 'Huyện\u200D ủy Văn\u200C Lâm'],
    ['a word joiner and a soft hyphen', 'Huyện ủy\u2060 Văn Lâm\u00AD'],
    ['no-break spaces', 'Huyện\u00A0ủy\u00A0Văn\u00A0Lâm'],
    ['an em space and an ideographic space', 'Huyện\u2003ủy Văn\u3000Lâm'],
    ['a narrow no-break space and repeated spaces', 'Huyện\u202Fủy   Văn  Lâm'],
    ['a line break typed with Alt+Enter', 'Huyện ủy\nVăn Lâm'],
  ])('are the same unit when one has %s', (_what, name) => {
    expect(sameUnit(name, 'Huyện ủy Văn Lâm')).toBe(true);
    expect(cleanUnitName(name)).toBe('Huyện ủy Văn Lâm');
  });

  it('keep a name whose zero-width space sits between two words apart from the name with a space there', () => {
    expect(sameUnit('Văn\u200BLâm', 'Văn Lâm')).toBe(false);
    expect(sameUnit('Văn\u200BLâm', 'VănLâm')).toBe(true);
  });

  it('name each invisible or unusual space character once, with its code point', () => {
    expect(oddCharacters('Huyện\u00A0ủy\u00A0Văn Lâm\u200B')).toEqual(['dấu cách không ngắt U+00A0', 'khoảng trắng rộng 0 U+200B']);
    expect(oddCharacters('\uFEFFHuyện\u2003ủy')).toEqual(['dấu BOM U+FEFF', 'dấu cách đặc biệt U+2003']);
    expect(oddCharacters('Huyện ủy  Văn Lâm ')).toEqual([]);
  });
});

describe('merging units whose names look the same', () => {
  it('takes a second file whose name differs only by a trailing zero-width space as the same unit, keeps one, and notes the characters', async () => {
    const plain = { ...(await unitFile('Huyện ủy Văn Lâm', 'huyen', 20, { forms: ['B1'] })), name: 'van-lam.xlsx', modified: JULY_1 };
    const hidden = { ...(await unitFile('Huyện ủy Văn Lâm\u200B', 'huyen', 21, { forms: ['B1'] })), name: 'van-lam-2.xlsx', modified: JULY_1 + DAY };
    const roster = readRoster(NQ25, [['Tên đơn vị', 'Loại đơn vị'], ['Huyện ủy Văn Lâm', 'huyen']], 'danh-sach.csv');
    const result = await mergeFiles([plain, hidden], {}, roster);
    expect(result.result.included.map((u) => [u.unit, u.source.label])).toEqual([['Huyện ủy Văn Lâm', 'van-lam-2.xlsx']]);
    expect(result.result.reports.map((r) => r.state)).toEqual(['duplicate', 'merged']);
    expect(result.result.reports[1]!.problems[0]).toBe(
      'van-lam-2.xlsx: tên đơn vị ở sheet "Biểu 1" ô A3 có ký tự ẩn hoặc dấu cách lạ (khoảng trắng rộng 0 U+200B); đã bỏ qua các ký tự đó và đọc là "Huyện ủy Văn Lâm".',
    );
    expect(result.tables.status.titles[0]).toMatch(/^Tình hình nộp biểu: đã nhận 1\/1 đơn vị/);
    expect(result.tables.data.rows.every((r) => r[0] === 'Huyện ủy Văn Lâm')).toBe(true);
  });

  it('reads a unit name made only of invisible characters as no name', async () => {
    const nameless = await unitFile('\u200B\u00A0', 'huyen', 22, { forms: ['B1'] });
    const result = await mergeFiles([nameless]);
    expect(result.result.reports[0]!.state).toBe('refused');
    expect(result.result.reports[0]!.problems).toEqual([`\u200B\u00A0.xlsx: sheet "Biểu 1" chưa ghi tên đơn vị ở ô A3, không biết của đơn vị nào nên không cộng.`]);
  });

  it('counts neither of two files bearing one name under two unit types, and says so by name in each', async () => {
    const district = { ...(await unitFile('Huyện ủy Văn Lâm', 'huyen', 23, { forms: ['B1'] })), name: 'huyen.xlsx', modified: JULY_1 };
    const commune = { ...(await unitFile('Huyện ủy Văn Lâm', 'co_so', 24, { forms: ['B1'] })), name: 'xa.xlsx', modified: JULY_1 + DAY };
    const other = await unitFile('Huyện ủy Mỹ Hào', 'huyen', 25, { forms: ['B1'] });
    const result = await mergeFiles([district, commune, other]);
    expect(result.result.included.map((u) => u.unit)).toEqual(['Huyện ủy Mỹ Hào']);
    const message =
      'Tên đơn vị "Huyện ủy Văn Lâm" có ở 2 tệp nhưng khác loại đơn vị: huyen.xlsx (Huyện ủy, thành ủy, thị ủy), xa.xlsx (Đảng ủy xã, phường, thị trấn); ' +
      'không rõ là một đơn vị hay hai đơn vị trùng tên nên chưa cộng tệp nào của tên này. Hãy sửa tên đơn vị ở đầu biểu hoặc dùng đúng bộ biểu của loại đơn vị, rồi tổng hợp lại.';
    expect(result.result.reports.map((r) => [r.source.label, r.state, r.problems])).toEqual([
      ['huyen.xlsx', 'refused', [message]],
      ['xa.xlsx', 'refused', [message]],
      ['Huyện ủy Mỹ Hào.xlsx', 'merged', []],
    ]);
  });
});
