import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellAddress } from '../../src/core/a1';
import { cellRole } from '../../src/core/cellRoles';
import { formGrid } from '../../src/core/layout/grid';
import { main } from '../../src/cli/main';
import type { Campaign, FormDef } from '../../src/forms/schema';
import { CAMPAIGNS, fillingUnitType, formsOwedBy } from '../support/campaigns';
import { computedValues } from '../support/computedValues';
import { expectedValue } from '../support/expected';
import type { Figures } from '../support/fill';
import { convert } from '../support/libreoffice';
import { unitFile, type UnitFile } from '../support/units';

/**
 * The summary of generated units of every campaign, recalculated by a real
 * spreadsheet engine (both summaries in one LibreOffice start): each input cell
 * equals the units' figures summed here, and every total, difference and
 * percentage is the form's own formula over those sums. Each merge takes its
 * campaign from the files, as a province merging what its units sent does.
 */

jest.setTimeout(240_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-merge-lo-'));
const UNITS = ['Văn Lâm', 'Mỹ Hào', 'Kim Động', 'Ân Thi'];
const units = new Map<Campaign, UnitFile[]>();
const computed = new Map<Campaign, Map<string, Map<string, number | string>>>();

function summed(campaign: Campaign, form: string): Figures {
  const total: Figures = new Map();
  for (const unit of units.get(campaign) ?? [])
    for (const [row, columns] of unit.figures.get(form) ?? new Map<string, Map<string, number>>())
      for (const [column, value] of columns) {
        const cells = total.get(row) ?? new Map<string, number>();
        cells.set(column, (cells.get(column) ?? 0) + value);
        total.set(row, cells);
      }
  return total;
}

beforeAll(async () => {
  const outputs: string[] = [];
  for (const [c, campaign] of CAMPAIGNS.entries()) {
    const unitType = fillingUnitType(campaign).key;
    // NQ25 keeps the seeds it always had; each further campaign draws from its own range.
    const files = await Promise.all(UNITS.map((name, i) => unitFile(`Đơn vị ${name}`, unitType, 200 + 1000 * c + i, { campaign })));
    units.set(campaign, files);
    const paths = files.map((u, i) => {
      const path = join(dir, `${campaign.key}-don-vi-${i}.xlsx`);
      writeFileSync(path, u.bytes);
      return path;
    });
    const out = join(dir, `${campaign.key}-tong-hop.xlsx`);
    const errors: string[] = [];
    const code = await main(['merge', ...paths, '--out', out], () => undefined, (line) => errors.push(line));
    expect([campaign.key, code]).toEqual([campaign.key, 0]);
    expect(errors.join('\n')).toContain(`Tổng hợp theo bộ biểu "${campaign.shortName}"`);
    outputs.push(out);
  }
  mkdirSync(join(dir, 'lo'));
  const recalculated = await convert(outputs, 'xlsx', join(dir, 'lo'));
  for (const [c, campaign] of CAMPAIGNS.entries()) {
    const values = new Map<string, Map<string, number | string>>();
    for (const form of formsOwedBy(campaign, fillingUnitType(campaign))) values.set(form.key, await computedValues(recalculated[c] as string, `TH ${form.sheetName}`));
    computed.set(campaign, values);
  }
});

const SUMMARIES = CAMPAIGNS.flatMap((campaign) => formsOwedBy(campaign, fillingUnitType(campaign)).map((form) => [campaign.shortName, form.key, campaign, form] as const));

describe.each(SUMMARIES)('the summary of %s, form %s, after LibreOffice recalculates it', (_name, key, campaign: Campaign, form: FormDef) => {
  it('equals, cell by cell, the units’ figures summed in the test and the form’s formulas over those sums', () => {
    const grid = formGrid(form);
    const figures = summed(campaign, key);
    const values = computed.get(campaign)?.get(key) as Map<string, number | string>;
    let compared = 0;
    for (const row of form.rows)
      for (const column of form.columns) {
        const role = cellRole(form, row.key, column.key).role;
        if (role !== 'input' && role !== 'formula') continue;
        const shown = values.get(cellAddress(grid.rowOf.get(row.key)!, grid.columnOf.get(column.key)!));
        const expected = expectedValue(campaign, form, figures, row.key, column.key);
        const where = `${key} ${row.key}.${column.key}`;
        if (expected === undefined) expect([where, shown ?? '']).toEqual([where, '']);
        else expect([where, Math.abs((shown as number) - expected) < 1e-6]).toEqual([where, true]);
        compared += 1;
      }
    expect(compared).toBeGreaterThan(10);
  });
});
