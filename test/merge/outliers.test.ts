import { findOutliers } from '../../src/core/merge/outliers';
import type { DataRow } from '../../src/core/merge/types';
import { NQ25 } from '../support/campaigns';

const B1 = NQ25.forms.find((f) => f.key === 'B1')!;
const row = B1.rows.find((r) => r.kind === 'data')!.key;
const column = B1.columns.find((c) => c.kind === 'input')!.key;
const figures = (values: readonly number[], unitType = 'huyen'): DataRow[] =>
  values.map((value, i) => ({ unit: `Đơn vị ${i + 1}`, unitType, form: B1, row, column, value, source: { label: `dv${i + 1}.xlsx`, sha256: undefined, modified: undefined, readAt: '' } }));

describe('figures far out of line with the same cell of the other units', () => {
  it('compares a figure with the mean of the two middle figures when the others are even in number', () => {
    // The others of 1000 are 10, 10, 20, 30, 30, 40: their median is (20 + 30) / 2 = 25, and 1000 > 10 × 25.
    const found = findOutliers(figures([30, 10, 1000, 40, 20, 10, 30]));
    expect(found.map((o) => [o.unit, o.value, o.median])).toEqual([['Đơn vị 3', 1000, 25]]);
  });

  it('leaves a figure ten times the median alone, and flags one just above', () => {
    // The others of the last figure: 10, 10, 10, 10, 10 → median 10.
    expect(findOutliers(figures([10, 10, 10, 10, 10, 100]))).toEqual([]);
    expect(findOutliers(figures([10, 10, 10, 10, 10, 101])).map((o) => o.value)).toEqual([101]);
  });

  it('compares units only with units of their own type', () => {
    expect(findOutliers([...figures([10, 10, 10], 'huyen'), ...figures([5000, 5000, 5000], 'du_tt')])).toEqual([]);
  });

  it('finds the same outliers in a large group as a figure-by-figure count would', () => {
    // 201 units: 200 between 100 and 299, one at 123,400 (a "1.234" read as a thousand). Peers' median ≈ 200.
    const values = Array.from({ length: 200 }, (_, i) => 100 + ((i * 37) % 200));
    values.splice(57, 0, 123_400);
    const found = findOutliers(figures(values));
    expect(found.map((o) => o.unit)).toEqual(['Đơn vị 58']);
    const others = values.filter((_, i) => i !== 57).sort((a, b) => a - b);
    expect(found[0]!.median).toBe((others[99]! + others[100]!) / 2);
  });
});
