import type { Campaign } from '../../forms/schema';
import type { WorkbookPort } from '../../taskpane/port.types';
import type { ApiLevel } from './applyPlan';
import { insertForms } from './insertForms';
import { LiveCheck } from './liveCheck';
import { readWorkbookSources, writeConsolidation } from './mergeWorkbook';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type Requirements = { isSetSupported(name: string, minVersion?: string): boolean };

/**
 * The task pane's port over Office.js. `run` is Excel.run in the add-in and the
 * in-memory Excel's run in the preview and the browser tests.
 */
export function createExcelPort(campaign: Campaign, run: ExcelRun, requirements: Requirements): WorkbookPort {
  const api: ApiLevel = {
    indent: requirements.isSetSupported('ExcelApi', '1.9'),
    pageLayout: requirements.isSetSupported('ExcelApi', '1.9'),
  };
  const live = new LiveCheck(run, campaign);
  return {
    insertForms: (request, chooseForConflicts, onProgress) =>
      run((context) => insertForms(context, campaign, request, api, { chooseForConflicts, onProgress })),
    checkWorkbook: () => live.checkAll(),
    onSheetChecked: (listener) => live.subscribe(listener),
    selectCell: (sheet, address) =>
      run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(address).select();
        await context.sync();
      }),
    readWorkbookSources: (readAt) => run((context) => readWorkbookSources(context, campaign, readAt)),
    writeConsolidation: (consolidation, confirmReplace, onProgress) =>
      run((context) => writeConsolidation(context, campaign, consolidation, api, confirmReplace, onProgress)),
    writeFigure: (sheet, address, value) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
        await context.sync();
      }),
  };
}
