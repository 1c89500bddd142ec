import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellAddress } from '../../src/core/a1';
import { cellRole } from '../../src/core/cellRoles';
import { formGrid } from '../../src/core/layout/grid';
import { main } from '../../src/cli/main';
import { NQ25 } from '../../src/forms/nq25';
import { computedValues } from '../support/computedValues';
import { expectedValue } from '../support/expected';
import type { Figures } from '../support/fill';
import { convert } from '../support/libreoffice';
import { unitFile, type UnitFile } from '../support/units';

/**
 * The summary of generated units, recalculated by a real spreadsheet engine:
 * each input cell equals the units' figures summed here, and every total,
 * difference and percentage is the form's own formula over those sums.
 */

jest.setTimeout(240_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-merge-lo-'));
const HUYEN = NQ25.unitTypes.find((t) => t.key === 'huyen')!.forms;
let units: UnitFile[];
let computed: Map<string, Map<string, number | string>>;

function summed(form: string): Figures {
  const total: Figures = new Map();
  for (const unit of units)
    for (const [row, columns] of unit.figures.get(form) ?? new Map<string, Map<string, number>>())
      for (const [column, value] of columns) {
        const cells = total.get(row) ?? new Map<string, number>();
        cells.set(column, (cells.get(column) ?? 0) + value);
        total.set(row, cells);
      }
  return total;
}

beforeAll(async () => {
  units = await Promise.all(['Huyện ủy Văn Lâm', 'Huyện ủy Mỹ Hào', 'Thị ủy Kim Động', 'Huyện ủy Ân Thi'].map((name, i) => unitFile(name, 'huyen', 200 + i)));
  const paths = units.map((u, i) => {
    const path = join(dir, `don-vi-${i}.xlsx`);
    writeFileSync(path, u.bytes);
    return path;
  });
  const out = join(dir, 'tong-hop.xlsx');
  const code = await main(['merge', ...paths, '--out', out], () => undefined, () => undefined);
  expect(code).toBe(0);
  mkdirSync(join(dir, 'lo'));
  const [recalculated] = await convert([out], 'xlsx', join(dir, 'lo'));
  computed = new Map();
  for (const key of HUYEN) computed.set(key, await computedValues(recalculated as string, `TH ${NQ25.forms.find((f) => f.key === key)!.sheetName}`));
});

describe.each(HUYEN.map((key) => [key, NQ25.forms.find((f) => f.key === key)!] as const))('the summary of %s after LibreOffice recalculates it', (key, form) => {
  it('equals, cell by cell, the units’ figures summed in the test and the form’s formulas over those sums', () => {
    const grid = formGrid(form);
    const figures = summed(key);
    const values = computed.get(key)!;
    let compared = 0;
    for (const row of form.rows)
      for (const column of form.columns) {
        const role = cellRole(form, row.key, column.key).role;
        if (role !== 'input' && role !== 'formula') continue;
        const shown = values.get(cellAddress(grid.rowOf.get(row.key)!, grid.columnOf.get(column.key)!));
        const expected = expectedValue(form, figures, row.key, column.key);
        const where = `${key} ${row.key}.${column.key}`;
        if (expected === undefined) expect([where, shown ?? '']).toEqual([where, '']);
        else expect([where, Math.abs((shown as number) - expected) < 1e-6]).toEqual([where, true]);
        compared += 1;
      }
    expect(compared).toBeGreaterThan(10);
  });
});
