import { ExpressionError, parseComparison, parseFormula, refsOf } from '../../src/forms/expression';

/** The error a source raises, so its position and message can be checked together. */
function failure(parse: () => unknown): ExpressionError {
  let caught: unknown;
  try {
    parse();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ExpressionError);
  return caught as ExpressionError;
}

describe('the catalog’s expression language', () => {
  it('reads a bare name as a row or a column, left for the form to resolve', () => {
    expect(parseFormula('qt_luot')).toEqual({ type: 'ref', first: 'qt_luot' });
  });

  it('reads row.column as one cell and FORM:row.column as a cell of another form', () => {
    expect(parseFormula('cb_khoi.t2023')).toEqual({ type: 'ref', first: 'cb_khoi', second: 't2023' });
    expect(parseFormula('B1:qt_luot.p1')).toEqual({ type: 'ref', form: 'B1', first: 'qt_luot', second: 'p1' });
  });

  it('lists the references of an expression left to right, numbers aside', () => {
    const c = parseComparison('B1:qt_luot.p1 >= cb_khoi.t2023 + nu * 100');
    expect(refsOf(c.left)).toEqual([{ type: 'ref', form: 'B1', first: 'qt_luot', second: 'p1' }]);
    expect(refsOf(c.right)).toEqual([
      { type: 'ref', first: 'cb_khoi', second: 't2023' },
      { type: 'ref', first: 'nu' },
    ]);
    expect(refsOf(parseFormula('2.5 * 100'))).toEqual([]);
  });

  it('reads whole and decimal numbers', () => {
    expect(parseFormula('100')).toEqual({ type: 'number', value: 100 });
    expect(parseFormula('0.5')).toEqual({ type: 'number', value: 0.5 });
  });

  it('binds multiplication and division tighter than addition and subtraction', () => {
    expect(parseFormula('a + b * 2')).toMatchObject({ op: '+', left: { first: 'a' }, right: { op: '*' } });
    expect(parseFormula('a - b / 2')).toMatchObject({ op: '-', right: { op: '/' } });
  });

  it('groups operators of equal precedence from the left', () => {
    expect(parseFormula('a - b - c')).toMatchObject({ op: '-', left: { op: '-', left: { first: 'a' } }, right: { first: 'c' } });
    expect(parseFormula('don_gq / don_tq * 100')).toMatchObject({ op: '*', left: { op: '/' }, right: { value: 100 } });
  });

  it('honours brackets', () => {
    expect(parseFormula('(a + b) * 2')).toMatchObject({ op: '*', left: { op: '+' } });
  });

  it('ignores spaces, and needs none', () => {
    expect(parseFormula('  sdh+dh +  ddh ')).toEqual(parseFormula('sdh + dh + ddh'));
  });

  it('reads the three comparisons <=, >= and =, each with a whole expression on either side', () => {
    expect(parseComparison('nu <= t2023').op).toBe('<=');
    expect(parseComparison('qt_luot >= qt_hn').op).toBe('>=');
    const sum = parseComparison('sdh + dh + ddh = t2023');
    expect(sum).toMatchObject({ op: '=', left: { op: '+' }, right: { first: 't2023' } });
  });

  it('says where a formula goes wrong, counting from 1', () => {
    const error = failure(() => parseFormula('a + * b'));
    expect([error.source, error.position]).toEqual(['a + * b', 4]);
    expect(error.message).toBe('"a + * b", vị trí 5: không chờ "*" ở đây');
  });

  it('points at a character it does not know, not at the space before it', () => {
    expect(failure(() => parseFormula('a % b')).message).toBe('"a % b", vị trí 3: ký tự không hợp lệ');
    expect(failure(() => parseComparison('a < b')).position).toBe(2);
  });

  it('points past the end when an expression stops short', () => {
    expect(failure(() => parseFormula('a +')).message).toBe('"a +", vị trí 4: biểu thức chưa kết thúc');
    expect(failure(() => parseFormula('(a + b')).message).toBe('"(a + b", vị trí 7: cần ")"');
  });

  it('refuses a leftover token after a whole expression', () => {
    expect(failure(() => parseFormula('a b')).message).toBe('"a b", vị trí 3: thừa ký tự ở cuối');
    expect(failure(() => parseComparison('a <= b <= c')).position).toBe(7);
  });

  it('refuses a comparison in a formula and a formula without one where a rule is expected', () => {
    expect(failure(() => parseFormula('a <= b')).message).toContain('thừa ký tự ở cuối');
    expect(failure(() => parseComparison('a + b')).message).toBe('"a + b", vị trí 6: cần một phép so sánh <=, >= hoặc =');
  });

  it('refuses a cell of another form that names no column', () => {
    expect(failure(() => parseFormula('B1:qt_luot + 1')).message).toBe('"B1:qt_luot + 1", vị trí 12: cần "."');
  });

  it('refuses a sign before a figure, which the catalog never needs', () => {
    expect(failure(() => parseFormula('-a')).position).toBe(0);
  });
});
