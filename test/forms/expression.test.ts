import { ExpressionError, parseComparison, parseFormula, refsOf } from '../../src/forms/expression';

describe('the catalog’s expression language', () => {
  it('reads rows, columns, cells and cells of another form', () => {
    const c = parseComparison('B1:qt_luot.p1 >= cb_khoi.t2023 + nu');
    expect(refsOf(c.left)).toEqual([{ type: 'ref', form: 'B1', first: 'qt_luot', second: 'p1' }]);
    expect(refsOf(c.right)).toEqual([
      { type: 'ref', first: 'cb_khoi', second: 't2023' },
      { type: 'ref', first: 'nu' },
    ]);
  });

  it('binds multiplication tighter than addition and honours brackets', () => {
    expect(parseFormula('a + b * 2')).toMatchObject({ op: '+', right: { op: '*' } });
    expect(parseFormula('(a + b) * 2')).toMatchObject({ op: '*', left: { op: '+' } });
    expect(parseFormula('a / b * 100')).toMatchObject({ op: '*', left: { op: '/' } });
  });

  it('says where a formula goes wrong', () => {
    expect(() => parseFormula('a + * b')).toThrow(ExpressionError);
    expect(() => parseFormula('a + * b')).toThrow('vị trí 5');
    expect(() => parseComparison('a + b')).toThrow('cần một phép so sánh');
    expect(() => parseFormula('a b')).toThrow('thừa ký tự');
    expect(() => parseFormula('a % b')).toThrow('ký tự không hợp lệ');
  });
});
