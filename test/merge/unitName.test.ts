import { sameUnit, unitKey } from '../../src/core/merge/unitName';

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
