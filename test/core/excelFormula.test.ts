import { compactList, derivedFormula, sumFormula } from '../../src/core/layout/excelFormula';
import { parseFormula, type Ref } from '../../src/forms/expression';

const columns: Record<string, string> = { p1: 'D12', p2: 'E12', t2013: 'D9', t2023: 'E9', gq: 'F20', tq: 'F19' };
const resolve = (ref: Ref) => columns[ref.first] ?? '?';

describe('formulas of derived cells', () => {
  it('adds blanks as nothing and stays blank only when every operand is blank', () => {
    expect(derivedFormula(parseFormula('p1 + p2'), resolve)).toBe('=IF(COUNT(D12,E12)=0,"",N(D12)+N(E12))');
  });

  it('needs both figures for a difference, which may be negative', () => {
    expect(derivedFormula(parseFormula('t2023 - t2013'), resolve)).toBe('=IF(COUNT(E9,D9)<2,"",E9-D9)');
  });

  it('leaves a ratio blank when its divisor is zero or blank instead of showing #DIV/0!', () => {
    expect(derivedFormula(parseFormula('gq / tq * 100'), resolve)).toBe('=IF(OR(COUNT(F20,F19)<2,F19=0),"",F20/F19*100)');
  });

  it('keeps the brackets a subtraction of a sum needs', () => {
    expect(derivedFormula(parseFormula('p1 - (p2 + gq)'), resolve)).toBe('=IF(COUNT(D12,E12,F20)<3,"",D12-(E12+F20))');
  });

  it('sums a total row over ranges of consecutive children', () => {
    expect(sumFormula(['D11', 'D12', 'D13', 'D15'])).toBe('=IF(COUNT(D11:D13,D15)=0,"",SUM(D11:D13,D15))');
    expect(compactList(['C5'])).toBe('C5');
  });
});
