import type { Campaign } from '../../forms/schema';
import type { WorkbookPort } from '../../ports/workbookPort';
import type { ApiLevel } from './applyPlan';
import { CELL_EDIT_RETRY_MS, patientRun, type ExcelRun } from './cellEdit';
import { translatingRun } from './officeError';
import { insertForms } from './insertForms';
import { LiveCheck } from './liveCheck';
import type { DesignReadApi } from './readDesignGrid';
import type { DocumentSettings } from './campaignStore';
import { openPaneWithWorkbook } from './autoOpen';
import { fileNameOf, readOwnFile, type FileDocument } from './ownFile';
import type { SubmitPort } from '../../ports/submitPort';

export type { ExcelRun } from './cellEdit';
export type Requirements = { isSetSupported(name: string, minVersion?: string): boolean };

export type PortOptions = {
  /** Pauses between runs of a batch Excel refused because a cell was being edited (cellEdit.ts). */
  readonly cellEditRetryMs?: readonly number[];
  /** Office.context.document: its file for other panes' merges (ownFile.ts), its settings to open the pane with the workbook (autoOpen.ts). */
  readonly document?: FileDocument & { readonly settings: DocumentSettings };
};

/** "Nộp biểu", its code (the stamp, a whole check) fetched on first use rather than with the pane. */
function lazySubmitPort(load: () => Promise<SubmitPort>): SubmitPort {
  let loaded: Promise<SubmitPort> | undefined;
  const port = () => (loaded ??= load());
  return {
    submissionStatus: async () => (await port()).submissionStatus(),
    submit: async (request, confirmWarnings) => (await port()).submit(request, confirmWarnings),
  };
}

/**
 * The task pane's port over Office.js. `run` is Excel.run in the add-in and the
 * in-memory Excel's run in the preview and the browser tests. Every batch asks
 * Excel to wait while the user edits a cell, and is run again if Excel could
 * not wait (cellEdit.ts). What only the province, the designer or the self-test
 * uses (merging, approvals, reading a table, the self-test) is imported when
 * first called: a unit's pane loads inserting and checking only.
 */
export function createExcelPort(campaign: Campaign, excelRun: ExcelRun, requirements: Requirements, options: PortOptions = {}): WorkbookPort {
  // Excel's English refusals become Vietnamese here, once, for every batch the pane asks for.
  const run = translatingRun(patientRun(excelRun, options.cellEditRetryMs ?? CELL_EDIT_RETRY_MS));
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
    submission: lazySubmitPort(() => import('./submitForms').then((m) => m.createSubmitPort(campaign, excelRun, options.cellEditRetryMs ?? CELL_EDIT_RETRY_MS))),
    async insertForms(request, chooseForConflicts, onProgress) {
      const result = await run((context) => insertForms(context, campaign, request, api, { chooseForConflicts, onProgress }));
      const wrote = result.created.length + result.replaced.length + result.copied.length > 0;
      if (options.document && wrote) await openPaneWithWorkbook(options.document.settings);
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
    readWorkbookSources: async (readAt) => {
      const { readWorkbookSources } = await import('./mergeWorkbook');
      return run((context) => readWorkbookSources(context, campaign, readAt));
    },
    recordApproval: async (unitType, approval) => {
      const { recordApproval } = await import('./recordApproval');
      return run((context) => recordApproval(context, campaign, unitType, approval));
    },
    async writeConsolidation(consolidation, confirmReplace, onProgress) {
      const { writeConsolidation } = await import('./mergeWorkbook');
      const result = await run((context) => writeConsolidation(context, campaign, consolidation, api, confirmReplace, onProgress));
      if (!result.cancelled) await live.watchNewSheets();
      return result;
    },
    workbookName: () => fileNameOf(options.document?.url),
    async ownSource(readAt) {
      const document = options.document;
      const name = fileNameOf(document?.url);
      // Excel on the web gives no compressed file (ownFile.ts): the sheets' values go instead, as the workbook's own reader reads them.
      if (document && requirements.isSetSupported('CompressedFile')) {
        const bytes = await readOwnFile(document).catch(() => undefined);
        if (bytes) return { kind: 'file', name, bytes };
      }
      const { readWorkbookSources } = await import('./mergeWorkbook');
      const { source } = await run((context) => readWorkbookSources(context, campaign, readAt));
      return { kind: 'values', name, read: { ...source, source: { ...source.source, label: name } } };
    },
    readDesignGrid: async () => {
      const { readDesignGrid } = await import('./readDesignGrid');
      return run((context) => readDesignGrid(context, design));
    },
    runSelfTest: async (onStep) => {
      const { describeEnvironment, runSelfTest } = await import('./selfTest');
      return runSelfTest(run, campaign, api, describeEnvironment(requirements), onStep);
    },
    previewForm: async (draft, form, besideSheet) => {
      const { previewForm } = await import('./previewForm');
      return run((context) => previewForm(context, draft, form, besideSheet, api));
    },
    /** `sheet`: the sheet's id or name, as for selectCell. */
    writeFigure: (sheet, address, value) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
        await context.sync();
      }),
  };
}
