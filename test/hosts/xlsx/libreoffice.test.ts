import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAddress } from '../../../src/core/a1';
import { cellRole } from '../../../src/core/cellRoles';
import { decodeIdentity } from '../../../src/core/identity';
import { formGrid } from '../../../src/core/layout/grid';
import { templateWorkbook } from '../../../src/hosts/xlsx/templateWorkbook';
import { CAMPAIGNS, fillingUnitType } from '../../support/campaigns';
import type { Campaign, FormDef } from '../../../src/forms/schema';
import { expectedValue } from '../../support/expected';
import { fillForm, figure, type Figures } from '../../support/fill';
import { computedValues } from '../../support/computedValues';
import { convert } from '../../support/libreoffice';

/**
 * Generated workbooks of every campaign, filled and recalculated by a real
 * spreadsheet engine (all in one LibreOffice start): every total, sum column,
 * difference and percentage must equal what the campaign's spec says, computed
 * independently in test/support/expected.ts.
 */

jest.setTimeout(240_000);

const SEEDS = [1, 2, 3];
const dir = mkdtempSync(join(tmpdir(), 'tongket-recalc-'));
type Case = {
  campaign: Campaign;
  seed: number;
  figures: Map<string, Figures>;
  recalculated: ExcelJS.Workbook;
  computed: Map<string, Map<string, number | string>>;
};
const cases: Case[] = [];

beforeAll(async () => {
  const inputs: string[] = [];
  const fills: { campaign: Campaign; seed: number; figures: Map<string, Figures> }[] = [];
  for (const [c, campaign] of CAMPAIGNS.entries())
    for (const seed of SEEDS) {
      const request = { unitType: fillingUnitType(campaign).key, unitName: `Đơn vị thử ${seed}`, forms: campaign.forms.map((f) => f.key) };
      const workbook = await templateWorkbook(campaign, request);
      const figures = new Map<string, Figures>();
      for (const [f, form] of campaign.forms.entries()) {
        // NQ25 keeps the seeds it always had; each further campaign draws from its own range.
        const filled = fillForm(form, 10_000 * c + seed * 100 + f, seed === 3 ? 0.6 : 0.15);
        figures.set(form.key, filled);
        const sheet = workbook.getWorksheet(form.sheetName) as ExcelJS.Worksheet;
        const grid = formGrid(form);
        for (const [row, columns] of filled)
          for (const [column, value] of columns) sheet.getCell((grid.rowOf.get(row) as number) + 1, (grid.columnOf.get(column) as number) + 1).value = value;
      }
      const path = join(dir, `${campaign.key}-seed-${seed}.xlsx`);
      await workbook.xlsx.writeFile(path);
      inputs.push(path);
      fills.push({ campaign, seed, figures });
    }
  const outDir = join(dir, 'out');
  mkdirSync(outDir);
  const outputs = await convert(inputs, 'xlsx', outDir);
  for (const [i, output] of outputs.entries()) {
    const { campaign, seed, figures } = fills[i] as (typeof fills)[number];
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(output);
    const computed = new Map<string, Map<string, number | string>>();
    for (const form of campaign.forms) computed.set(form.key, await computedValues(output, form.sheetName));
    cases.push({ campaign, seed, figures, recalculated, computed });
  }
});

const FORMS = CAMPAIGNS.flatMap((campaign) => campaign.forms.map((form) => [campaign.shortName, form.key, campaign, form] as const));

describe.each(FORMS)('the %s form %s, recalculated by LibreOffice,', (_name, _key, campaign: Campaign, form: FormDef) => {
  const ofCampaign = () => cases.filter((c) => c.campaign === campaign);

  it('shows every derived cell as the spec computes it, blank where its inputs are blank', () => {
    const grid = formGrid(form);
    let compared = 0;
    for (const { seed, figures, computed } of ofCampaign()) {
      const values = computed.get(form.key) as Map<string, number | string>;
      const filled = figures.get(form.key) as Figures;
      for (const row of form.rows)
        for (const column of form.columns) {
          if (cellRole(form, row.key, column.key).role !== 'formula') continue;
          const shown = values.get(cellAddress(grid.rowOf.get(row.key) as number, grid.columnOf.get(column.key) as number));
          const expected = expectedValue(campaign, form, filled, row.key, column.key);
          const where = `seed ${seed}, ${form.key} ${row.key}.${column.key}`;
          if (expected === undefined) expect([where, shown ?? '']).toEqual([where, '']);
          else {
            expect([where, typeof shown]).toEqual([where, 'number']);
            expect(Math.abs((shown as number) - expected)).toBeLessThan(1e-9);
          }
          compared += 1;
        }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('keeps the typed figures, the identity and the input validation through the round trip', () => {
    const grid = formGrid(form);
    expect(ofCampaign()).toHaveLength(SEEDS.length);
    for (const { figures, recalculated } of ofCampaign()) {
      const sheet = recalculated.getWorksheet(form.sheetName) as ExcelJS.Worksheet;
      expect(decodeIdentity(sheet.getCell('A1').value)).toMatchObject({ campaign: campaign.key, form: form.key, version: form.version, mode: 'blank' });
      expect(sheet.getRow(1).hidden).toBe(true);
      const filled = figures.get(form.key) as Figures;
      const [row, columns] = [...filled][0] ?? [];
      if (!row || !columns) continue;
      const [column] = [...columns.keys()];
      const cell = sheet.getCell((grid.rowOf.get(row) as number) + 1, (grid.columnOf.get(column as string) as number) + 1);
      expect(cell.value).toBe(figure(filled, row, column as string));
      expect(cell.dataValidation).toMatchObject({ operator: 'greaterThanOrEqual', showErrorMessage: true });
    }
  });
});
