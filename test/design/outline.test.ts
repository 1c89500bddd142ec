import { parseOutline, splitLeadingOutline } from '../../src/core/design/outline';
import { readIndexRow } from '../../src/core/design/indexRow';
import { SheetView } from '../../src/core/design/sheetView';
import { printExpr } from '../../src/core/design/cellExpr';
import type { DesignCell } from '../../src/core/design/types';

describe('the numbering of a table’s rows', () => {
  it('ranks parts, sections, items and sub-items: A > I > 1 > 1.1 > a > - > +', () => {
    const ranks = ['A', 'I', '1', '1.1', 'a)', '-', '+'].map((t) => parseOutline(t, true).rank as number);
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
  });

  it('reads I, V, X as Roman numerals, and C, D as letters only in a table that numbers with A, B', () => {
    expect(parseOutline('IV').kind).toBe('roman');
    expect(parseOutline('I', true).kind).toBe('roman');
    expect(parseOutline('C').kind).not.toBe('upper');
    expect(parseOutline('C', true).kind).toBe('upper');
  });

  it('finds a numbering written at the start of a label', () => {
    expect(splitLeadingOutline('1. Tổng số hội viên')).toEqual({ stt: '1', label: 'Tổng số hội viên' });
    expect(splitLeadingOutline('a) Từ nguồn vốn vay')).toEqual({ stt: 'a', label: 'Từ nguồn vốn vay' });
    expect(splitLeadingOutline('- Trong đó: nữ')).toEqual({ stt: '-', label: 'Trong đó: nữ' });
    expect(splitLeadingOutline('Thôn Đông Mai')).toBeUndefined();
  });
});

describe('the index row under the headers', () => {
  const view = (texts: string[]) => {
    const cells: DesignCell[][] = [];
    cells[0] = texts.map((value) => ({ value }));
    return new SheetView({ sheet: 's', bounds: { top: 0, left: 0, bottom: 0, right: texts.length - 1 }, cells, merges: [] });
  };
  const formulas = (texts: string[]) =>
    readIndexRow(view(texts), 0, 0, texts.length - 1)
      .filter((c) => c.formula)
      .map((c) => `${c.token}: ${printExpr(c.formula as NonNullable<typeof c.formula>)}`);

  it('states column formulas in parentheses, with – for minus and x for times', () => {
    expect(formulas(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(4)+(5)', '(7)=(5)–(4)', '(8)=(5)/(4)x100'])).toEqual(['6: D + E', '7: E - D', '8: E / D * 100']);
  });

  it('states them with bare numbers after letter columns, and ":" for divided by', () => {
    expect(formulas(['A', 'B', '1', '2', '3=1+2', '4', '5=4:3x100'])).toEqual(['3: C + D', '5: F / E * 100']);
  });
});
