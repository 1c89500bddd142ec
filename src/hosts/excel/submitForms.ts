import { readWindow } from '../../core/readSheet';
import { submissionCheck } from '../../core/stamp/check';
import { stampedForms, submitPlan, type ReadSheet } from '../../core/stamp/submitPlan';
import type { Campaign } from '../../forms/schema';
import type { SubmitOutcome, SubmitPort } from '../../ports/submitPort';
import { CELL_EDIT_RETRY_MS, patientRun, type BatchRun, type ExcelRun } from './cellEdit';
import { translatingRun } from './officeError';
import { queueSheetWindow, windowValues } from './sheetWindow';

type Loaded = { readonly sheet: Excel.Worksheet; readonly window: Excel.Range; readonly protection: Excel.WorksheetProtection };

/** Every sheet's window and protection: two syncs, whatever the number of sheets. */
async function loadSheets(context: Excel.RequestContext, campaign: Campaign): Promise<Loaded[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const loaded = sheets.items.map((sheet) => ({ sheet, window: queueSheetWindow(sheet, readWindow(campaign)), protection: sheet.protection.load('protected, options') }));
  await context.sync();
  return loaded;
}

const readSheets = (loaded: readonly Loaded[]): ReadSheet[] => loaded.map((l) => ({ name: l.sheet.name, values: windowValues(l.window), formulas: l.window.formulas }));

/**
 * "Nộp biểu" over Office.js. The check runs again in the batch that writes,
 * on the cells as they are then: the user may have typed while the warnings
 * were on screen, and a stamp records only what it was checked against. A
 * protected form sheet is unprotected to write the stamp into its locked
 * marker row and protected again with its own options.
 */
export function createSubmitPort(campaign: Campaign, excelRun: ExcelRun, retryMs: readonly number[] = CELL_EDIT_RETRY_MS): SubmitPort {
  const run: BatchRun = translatingRun(patientRun(excelRun, retryMs));
  return {
    submissionStatus: () =>
      run(async (context) => {
        const { forms } = stampedForms(campaign, readSheets(await loadSheets(context, campaign)));
        return submissionCheck(forms);
      }),

    async submit(request, confirmWarnings): Promise<SubmitOutcome> {
      const at = new Date();
      const first = await run(async (context) => submitPlan(campaign, readSheets(await loadSheets(context, campaign)), request.by, at));
      if (first.blocked) return blockedOutcome(first);
      const warnings = first.issues.filter((i) => i.severity === 'warning');
      if (warnings.length > 0 && !(await confirmWarnings(warnings))) return { kind: 'cancelled' };
      return run(async (context) => {
        const loaded = await loadSheets(context, campaign);
        const plan = submitPlan(campaign, readSheets(loaded), request.by, at);
        if (plan.blocked) return blockedOutcome(plan);
        for (const write of plan.writes) {
          const { sheet, window, protection } = loaded.find((l) => l.sheet.name === write.sheet) as Loaded;
          if (protection.protected) sheet.protection.unprotect();
          const cell = sheet.getRange(write.address);
          cell.numberFormat = [['@']];
          cell.values = [[write.text]];
          if (request.lock) window.format.protection.locked = true;
          if (protection.protected || request.lock) sheet.protection.protect(protection.protected ? protection.options : { allowFormatRows: true, allowFormatColumns: true });
        }
        await context.sync();
        return { kind: 'submitted', sheets: plan.writes.map((w) => w.sheet), at: at.toISOString(), warnings: plan.issues.filter((i) => i.severity === 'warning').length };
      });
    },
  };
}

function blockedOutcome(plan: ReturnType<typeof submitPlan>): SubmitOutcome {
  return { kind: 'blocked', issues: plan.issues.filter((i) => i.severity === 'error'), refused: plan.refused, full: plan.full, noForms: plan.formSheets === 0 };
}
