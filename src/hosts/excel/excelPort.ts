import type { Campaign } from '../../forms/schema';
import type { WorkbookPort } from '../../ports/workbookPort';
import type { ApiLevel } from './applyPlan';
import { CELL_EDIT_RETRY_MS, patientRun, type ExcelRun } from './cellEdit';
import { insertForms } from './insertForms';
import { LiveCheck } from './liveCheck';
import { readWorkbookSources, writeConsolidation } from './mergeWorkbook';
import { previewForm } from './previewForm';
import { readDesignGrid, type DesignReadApi } from './readDesignGrid';
import { describeEnvironment, runSelfTest } from './selfTest';

export type { ExcelRun } from './cellEdit';
export type Requirements = { isSetSupported(name: string, minVersion?: string): boolean };

export type PortOptions = {
  /** Pauses between runs of a batch Excel refused because a cell was being edited (cellEdit.ts). */
  readonly cellEditRetryMs?: readonly number[];
};

/**
 * The task pane's port over Office.js. `run` is Excel.run in the add-in and the
 * in-memory Excel's run in the preview and the browser tests. Every batch asks
 * Excel to wait while the user edits a cell, and is run again if Excel could
 * not wait (cellEdit.ts).
 */
export function createExcelPort(campaign: Campaign, excelRun: ExcelRun, requirements: Requirements, options: PortOptions = {}): WorkbookPort {
  const run = patientRun(excelRun, options.cellEditRetryMs ?? CELL_EDIT_RETRY_MS);
  const api: ApiLevel = {
    indent: requirements.isSetSupported('ExcelApi', '1.9'),
    pageLayout: requirements.isSetSupported('ExcelApi', '1.9'),
  };
  const live = new LiveCheck(run, campaign);
  const design: DesignReadApi = {
    cellProperties: requirements.isSetSupported('ExcelApi', '1.9'),
    mergedAreas: requirements.isSetSupported('ExcelApi', '1.13'),
  };
  return {
    async insertForms(request, chooseForConflicts, onProgress) {
      const result = await run((context) => insertForms(context, campaign, request, api, { chooseForConflicts, onProgress }));
      // A replaced form is a new sheet with a new id: the live check must watch it too.
      await live.watchNewSheets();
      return result;
    },
    checkWorkbook: () => live.checkAll(),
    onSheetChecked: (listener, onError) => live.subscribe(listener, onError),
    /** `sheet` is the sheet's id (what a check reports, and what survives a rename) or its name. */
    selectCell: (sheet, address) =>
      run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(address).select();
        await context.sync();
      }),
    // The xlsx reader is imported on first use: the workbook library is a chunk of its own, fetched when a file is first added.
    readSourceFile: async (file, readAt) => (await import('../xlsx/readSourceFile')).readSourceFile(campaign, file, readAt),
    readWorkbookSources: (readAt) => run((context) => readWorkbookSources(context, campaign, readAt)),
    async writeConsolidation(consolidation, confirmReplace, onProgress) {
      const result = await run((context) => writeConsolidation(context, campaign, consolidation, api, confirmReplace, onProgress));
      if (!result.cancelled) await live.watchNewSheets();
      return result;
    },
    readDesignGrid: () => run((context) => readDesignGrid(context, design)),
    runSelfTest: (onStep) => runSelfTest(run, campaign, api, describeEnvironment(requirements), onStep),
    previewForm: (draft, form, besideSheet) => run((context) => previewForm(context, draft, form, besideSheet, api)),
    /** `sheet`: the sheet's id or name, as for selectCell. */
    writeFigure: (sheet, address, value) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
        await context.sync();
      }),
  };
}
