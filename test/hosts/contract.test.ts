import ExcelJS from 'exceljs';
import { cellAddress } from '../../src/core/a1';
import { layoutForm } from '../../src/core/layout/layoutForm';
import { createFakeExcel } from '../../src/dev/fake-excel';
import { queuePlan, queuePrintSetup } from '../../src/hosts/excel/applyPlan';
import { writePlan } from '../../src/hosts/xlsx/writePlan';
import type { Campaign } from '../../src/forms/schema';
import { EACH_CAMPAIGN, fillingUnitType } from '../support/campaigns';

/**
 * The two hosts draw the same sheet: every form's plan is applied through
 * Office.js (to the in-memory Excel) and written by ExcelJS to an .xlsx file
 * that is read back, and the two are compared cell by cell, for every campaign.
 */

type Seen = { content: unknown; numberFormat: string; locked: boolean; validation: string | undefined };
type Plans = ReturnType<typeof layoutForm>[];

const plansOf = (campaign: Campaign): Plans =>
  campaign.forms.map((form) =>
    layoutForm({
      campaign,
      form,
      identity: { campaign: campaign.key, form: form.key, version: form.version, unitType: fillingUnitType(campaign).key, mode: 'blank' },
      sheetName: form.sheetName,
      unitName: '=Đơn vị "thử"',
    }),
  );

async function throughOfficeJs(plans: Plans): Promise<(sheet: string, address: string) => Seen> {
  const excel = await officeJsWorkbook(plans);
  return (sheet, address) => {
    const cell = excel.cell(sheet, address);
    const rule = cell?.validation?.rule as { wholeNumber?: { formula1: number }; decimal?: { formula1: number } } | undefined;
    const kind = rule?.wholeNumber ? 'whole' : rule?.decimal ? 'decimal' : undefined;
    return {
      content: cell?.formula ?? cell?.value ?? null,
      numberFormat: cell?.numberFormat ?? 'General',
      locked: cell?.locked ?? true,
      validation: kind && `${kind} ≥ ${(rule?.wholeNumber ?? rule?.decimal)?.formula1}: ${cell?.validation?.errorAlert?.message}`,
    };
  };
}

/** The plans applied through Office.js to the in-memory Excel, print setup included (the host sends it in a request of its own). */
async function officeJsWorkbook(plans: Plans) {
  const excel = createFakeExcel({ apiVersion: 1.9 });
  await excel.run(async (context) => {
    const sheets = plans.map((plan) => {
      const sheet = context.workbook.worksheets.add(plan.sheetName);
      queuePlan(sheet, plan, { indent: true, pageLayout: true });
      return sheet;
    });
    await context.sync();
    sheets.forEach((sheet, i) => queuePrintSetup(sheet, plans[i] as Plans[number]));
  });
  return excel;
}

async function throughExcelJs(plans: Plans): Promise<{ seen: (sheet: string, address: string) => Seen; workbook: ExcelJS.Workbook }> {
  const written = new ExcelJS.Workbook();
  for (const plan of plans) await writePlan(written, plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await written.xlsx.writeBuffer());
  const seen = (sheet: string, address: string): Seen => {
    const cell = (workbook.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(address);
    // ExcelJS answers for a merged cell with its master's value; Excel keeps the others empty.
    const value = (cell.isMerged && cell.master.address !== cell.address ? null : cell.value) as ExcelJS.CellValue;
    const content =
      value && typeof value === 'object' && 'formula' in value ? `=${String(value.formula).replace(/_xlfn\./g, '')}` : value === undefined ? null : value;
    const v = cell.dataValidation;
    return {
      content,
      numberFormat: cell.numFmt ?? 'General',
      locked: cell.protection?.locked ?? true,
      validation: v?.type ? `${v.type} ≥ ${v.formulae?.[0]}: ${v.error}` : undefined,
    };
  };
  return { seen, workbook };
}

describe.each(EACH_CAMPAIGN)('the Office.js and .xlsx hosts, drawing the forms of %s,', (_name, campaign) => {
  const plans = plansOf(campaign);

  it('produce identical cells, formats, locks and validations for every form', async () => {
    const office = await throughOfficeJs(plans);
    const { seen: file } = await throughExcelJs(plans);
    let compared = 0;
    for (const plan of plans)
      plan.cells.forEach((row, r) =>
        row.forEach((_cell, c) => {
          const address = cellAddress(r, c);
          expect({ at: `${plan.sheetName}!${address}`, ...file(plan.sheetName, address) }).toEqual({ at: `${plan.sheetName}!${address}`, ...office(plan.sheetName, address) });
          compared += 1;
        }),
      );
    expect(compared).toBeGreaterThan(100 * campaign.forms.length);
  });

  it('merge the same ranges', async () => {
    const excel = await officeJsWorkbook(plans);
    const { workbook } = await throughExcelJs(plans);
    for (const plan of plans) {
      const fileMerges = (workbook.getWorksheet(plan.sheetName) as ExcelJS.Worksheet).model.merges;
      expect([...fileMerges].sort()).toEqual([...excel.sheet(plan.sheetName).merges].sort());
    }
  });

  it('print the same area of every form, the form without its checks, with the same header rows on every page', async () => {
    const excel = await officeJsWorkbook(plans);
    const { workbook } = await throughExcelJs(plans);
    for (const plan of plans) {
      const file = (workbook.getWorksheet(plan.sheetName) as ExcelJS.Worksheet).pageSetup;
      const office = excel.sheet(plan.sheetName).pageLayout;
      const rows = (text: unknown) => String(text).replace(/\$/g, '');
      expect({ sheet: plan.sheetName, area: file.printArea, titles: rows(file.printTitlesRow), landscape: file.orientation === 'landscape' }).toEqual({
        sheet: plan.sheetName,
        area: office.printArea,
        titles: rows(office.printTitleRows),
        landscape: office.orientation === 'Landscape',
      });
      expect(office.printArea).toBe(plan.print.area);
    }
  });
});
