import { linear, printExpr, ratio, sumTerms } from '../../src/core/design/cellExpr';
import { readSheetFormula } from '../../src/core/design/sheetFormula';
import type { Expr } from '../../src/forms/expression';

const exprOf = (formula: string): Expr => {
  const reading = readSheetFormula(formula);
  if (!('expr' in reading)) throw new Error(reading.unknown);
  return reading.expr;
};

describe('a formula found in a sheet, read as arithmetic over cells', () => {
  it('looks through the guards a careful form puts around a sum', () => {
    expect(sumTerms(exprOf('=IF(COUNT(D12,E12)=0,"",N(D12)+N(E12))'))).toEqual(['D12', 'E12']);
  });

  it('expands a SUM over a range into its cells', () => {
    expect(sumTerms(exprOf('=IF(COUNT(D11:D15)=0,"",SUM(D11:D15))'))).toEqual(['D11', 'D12', 'D13', 'D14', 'D15']);
    expect(sumTerms(exprOf('=SUM($E$9:$H$9)'))).toEqual(['E9', 'F9', 'G9', 'H9']);
  });

  it('reads a guarded ratio as numerator, denominator and scale', () => {
    const r = ratio(exprOf('=IF(OR(COUNT(F10,E10)<2,E10=0),"",F10/E10*100)'));
    expect(r && { n: printExpr(r.numerator), d: printExpr(r.denominator), scale: r.scale }).toEqual({ n: 'F10', d: 'E10', scale: 100 });
    expect(ratio(exprOf('=IF(C9=0,"",ROUND(D9/C9*100,1))'))?.scale).toBe(100);
  });

  it('keeps the signs of a row computed by subtraction', () => {
    const l = linear(exprOf('=D10-D11+D12'));
    expect(l && Object.fromEntries(l.terms)).toEqual({ D10: 1, D11: -1, D12: 1 });
  });

  it('names what it cannot read instead of guessing: lookups, other sheets, text', () => {
    expect(readSheetFormula('=VLOOKUP(A1,B:C,2,0)')).toEqual({ unknown: expect.stringContaining('VLOOKUP') });
    expect(readSheetFormula("='Biểu 1'!D12+1")).toEqual({ unknown: expect.stringContaining('Biểu 1') });
    expect(readSheetFormula('=A1&"x"')).toEqual({ unknown: expect.stringContaining('&') });
  });
});
