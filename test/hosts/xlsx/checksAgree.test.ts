import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAddress } from '../../../src/core/a1';
import { numericInputCells } from '../../../src/core/cellRoles';
import { statusArea } from '../../../src/core/layout/checkColumn';
import { formGrid, HEADER_BLOCK } from '../../../src/core/layout/grid';
import { layoutForm } from '../../../src/core/layout/layoutForm';
import { checkColumnTexts, checkSheets } from '../../../src/core/rules/checkForm';
import { writePlan } from '../../../src/hosts/xlsx/writePlan';
import { CAMPAIGNS, fillingUnitType } from '../../support/campaigns';
import type { Campaign, FormDef } from '../../../src/forms/schema';
import { inputCase, caseValue } from '../../support/cases';
import { savedWorkbook, type SavedSheet } from '../../support/computedValues';
import { convert } from '../../support/libreoffice';

/**
 * The two compilations of the rules agree: for 200 generated inputs per form of
 * every campaign, what the sheet's own formulas show after LibreOffice
 * recalculates (the Kiểm tra column and the status line) is exactly what the
 * TypeScript engine reports for the same cells. Every campaign's workbooks go
 * through one LibreOffice start.
 */

jest.setTimeout(600_000);
const CASES = 200;
const dir = mkdtempSync(join(tmpdir(), 'tongket-agree-'));
const saved = new Map<string, Map<string, SavedSheet>>();
const sheetName = (form: FormDef, i: number) => `${form.key}-${String(i).padStart(3, '0')}`;
const formsOf = (campaign: Campaign) => campaign.forms.map((form) => ({ campaign, form, file: `${campaign.key}-${form.key}` }));
const ALL = CAMPAIGNS.flatMap(formsOf);

beforeAll(async () => {
  const inputs: string[] = [];
  for (const { campaign, form, file } of ALL) {
    const workbook = new ExcelJS.Workbook();
    const grid = formGrid(form);
    // NQ25 keeps the seeds it always had; each further campaign draws from its own range.
    const seedBase = 100_000 * CAMPAIGNS.indexOf(campaign) + 1000 * campaign.forms.indexOf(form);
    for (let i = 0; i < CASES; i += 1) {
      const identity = { campaign: campaign.key, form: form.key, version: form.version, unitType: fillingUnitType(campaign).key, mode: 'blank' as const };
      // One case in four leaves the unit name blank, as a unit filling the offline kit may.
      const unitName = i % 4 === 0 ? '' : 'Đơn vị Văn Lâm';
      const sheet = await writePlan(workbook, layoutForm({ campaign, form, identity, sheetName: sheetName(form, i), unitName }));
      const values = inputCase(form, seedBase + i);
      for (const cell of numericInputCells(form)) {
        const value = caseValue(values, cell.row, cell.column);
        if (value !== undefined) sheet.getCell((grid.rowOf.get(cell.row) as number) + 1, (grid.columnOf.get(cell.column) as number) + 1).value = value;
      }
    }
    const path = join(dir, `${file}.xlsx`);
    await workbook.xlsx.writeFile(path);
    inputs.push(path);
  }
  const outDir = join(dir, 'out');
  mkdirSync(outDir);
  // Some 2,600 sheets in one start: several minutes on a busy two-core machine.
  const outputs = await convert(inputs, 'xlsx', outDir, { timeoutMs: 540_000 });
  for (const [i, output] of outputs.entries()) saved.set(ALL[i]?.file as string, await savedWorkbook(output));
});

describe.each(ALL.map(({ campaign, form, file }) => [campaign.shortName, form.key, form, file] as const))('the sheet of %s, form %s,', (_name, _key, form, file) => {
  it(`flags exactly what the engine reports, over ${CASES} generated inputs`, () => {
    const grid = formGrid(form);
    const sheets = saved.get(file) as Map<string, SavedSheet>;
    let compared = 0;
    for (let i = 0; i < CASES; i += 1) {
      const name = sheetName(form, i);
      const cells = sheets.get(name) as SavedSheet;
      const at = (r: number, c: number) => cells.get(cellAddress(r, c));
      const issues = checkSheets([
        {
          form,
          sheet: name,
          cellAt: (row, column) => at(grid.rowOf.get(row) as number, grid.columnOf.get(column) as number) ?? { value: null },
          unitName: String(at(HEADER_BLOCK.unitName, 0)?.value ?? ''),
        },
      ]);
      const texts = checkColumnTexts(issues, form);
      for (const row of form.rows) {
        const inSheet = at(grid.rowOf.get(row.key) as number, grid.checkColumn)?.value ?? '';
        expect({ sheet: name, row: row.key, sheetSays: inSheet }).toEqual({ sheet: name, row: row.key, sheetSays: texts.get(row.key) ?? '' });
        compared += 1;
      }
      const errors = issues.filter((x) => x.severity === 'error').length;
      const warnings = issues.filter((x) => x.severity === 'warning' && x.code !== 'incomplete').length;
      const blanks = Number(issues.find((x) => x.code === 'incomplete')?.values.blanks ?? 0);
      const noName = issues.some((x) => x.code === 'missing-unit-name') ? '; chưa ghi tên đơn vị ở ô A3' : '';
      const status = (errors + warnings === 0 ? 'Biểu hợp lệ' : `Có ${errors} lỗi, ${warnings} cảnh báo`) + (blanks > 0 ? ` (còn ${blanks} ô trống)` : '') + noName;
      expect({ sheet: name, status: at(statusArea(grid).top, statusArea(grid).column)?.value }).toEqual({ sheet: name, status });
    }
    expect(compared).toBe(CASES * form.rows.length);
  });
});
