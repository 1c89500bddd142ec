import type { Campaign } from '../../forms/schema';
import type { WorkbookPort } from '../../taskpane/port.types';
import type { ApiLevel } from './applyPlan';
import { insertForms } from './insertForms';

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
  return {
    insertForms: (request, chooseForConflicts, onProgress) =>
      run((context) => insertForms(context, campaign, request, api, { chooseForConflicts, onProgress })),
  };
}
