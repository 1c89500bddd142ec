import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAddress } from '../../../src/core/a1';
import { numericInputCells } from '../../../src/core/cellRoles';
import { formGrid, HEADER_BLOCK } from '../../../src/core/layout/grid';
import { layoutForm } from '../../../src/core/layout/layoutForm';
import { checkColumnTexts, checkSheets } from '../../../src/core/rules/checkForm';
import { writePlan } from '../../../src/hosts/xlsx/writePlan';
import { NQ25 } from '../../../src/forms/nq25';
import type { FormDef } from '../../../src/forms/schema';
import { inputCase, caseValue } from '../../support/cases';
import { savedWorkbook, type SavedSheet } from '../../support/computedValues';
import { convert } from '../../support/libreoffice';

/**
 * The two compilations of the rules agree: for 200 generated inputs per form,
 * what the sheet's own formulas show after LibreOffice recalculates (the
 * Kiểm tra column and the status line) is exactly what the TypeScript engine
 * reports for the same cells.
 */

jest.setTimeout(600_000);
const CASES = 200;
const dir = mkdtempSync(join(tmpdir(), 'tongket-agree-'));
const saved = new Map<string, Map<string, SavedSheet>>();
const sheetName = (form: FormDef, i: number) => `${form.key}-${String(i).padStart(3, '0')}`;

beforeAll(async () => {
  const inputs: string[] = [];
  for (const form of NQ25.forms) {
    const workbook = new ExcelJS.Workbook();
    const grid = formGrid(form);
    for (let i = 0; i < CASES; i += 1) {
      const identity = { campaign: 'nq25', form: form.key, version: form.version, unitType: 'huyen', mode: 'blank' as const };
      // One case in four leaves the unit name blank, as a unit filling the offline kit may.
      const unitName = i % 4 === 0 ? '' : 'Huyện ủy Văn Lâm';
      const sheet = await writePlan(workbook, layoutForm({ campaign: NQ25, form, identity, sheetName: sheetName(form, i), unitName }));
      const values = inputCase(form, 1000 * NQ25.forms.indexOf(form) + i);
      for (const cell of numericInputCells(form)) {
        const value = caseValue(values, cell.row, cell.column);
        if (value !== undefined) sheet.getCell((grid.rowOf.get(cell.row) as number) + 1, (grid.columnOf.get(cell.column) as number) + 1).value = value;
      }
    }
    const path = join(dir, `${form.key}.xlsx`);
    await workbook.xlsx.writeFile(path);
    inputs.push(path);
  }
  const outDir = join(dir, 'out');
  mkdirSync(outDir);
  for (const [i, output] of (await convert(inputs, 'xlsx', outDir)).entries()) saved.set(NQ25.forms[i]?.key as string, await savedWorkbook(output));
});

describe.each(NQ25.forms.map((f) => [f.key, f] as const))('%s', (_key, form) => {
  it(`flags in the sheet exactly what the engine reports, over ${CASES} generated inputs`, () => {
    const grid = formGrid(form);
    const sheets = saved.get(form.key) as Map<string, SavedSheet>;
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
      expect({ sheet: name, status: at(HEADER_BLOCK.status, 0)?.value }).toEqual({ sheet: name, status });
    }
    expect(compared).toBe(CASES * form.rows.length);
  });
});
