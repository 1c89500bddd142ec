import { parseAddress } from './address';
import { FakeContext, requestContext, SyncStats } from './context';
import { runMustReturnPromise } from './errors';
import { parseInput, store } from './input';
import { cellAt, peekCell, type CellModel, type SheetModel } from './model';
import { afterBatch } from './notify';
import { renderWorkbookHtml, type RenderOptions } from './render';
import { apiVersionString, Requirements } from './requirements';
import { createFakeSettings, type FakeSettings } from './settings';
import { userPaste, userSelect, userType, type UserEdit } from './user';
import { WorkbookModel } from './workbook';
import { FakeWorkbook } from './workbookProxy';
import { createFakeDocument, type FakeDocument } from './fakeDocument';
import type { SavedProperties } from './xlsxFile';

export type { CellModel, ConditionalFormatModel, NameModel, SheetModel, TableModel } from './model';
export type { UserEdit } from './user';
export { FakeOfficeError } from './errors';
export type { FakeDocument } from './fakeDocument';
export { SyncStats, PAYLOAD_LIMIT_BYTES, requestBody } from './context';
export { renderWorkbookHtml, renderSheetHtml, escapeHtml } from './render';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** A sync made to fail on purpose: `code` (default GeneralException), after the first `afterActions` operations of its request ran (default none). */
export type SyncFault = { readonly code?: string; readonly message?: string; readonly afterActions?: number };

/**
 * A strict in-memory Excel for tests and the preview page: the part of the
 * Excel JavaScript API this project uses, with Office.js's rules — queued
 * operations applied at sync, load before read, requirement sets, a 5 MB
 * request limit, protection, events after the change, cell-edit mode — and a
 * simulated user who types, pastes, selects and edits a cell. docs/FAKE-EXCEL.md
 * lists each behaviour with its source. Formulas are stored, never calculated: a
 * formula cell's `values` entry is its cached result, "" unless a test sets
 * `cell(…).value`.
 */
export type FakeExcel = {
  /**
   * Excel.run: a fresh RequestContext; what is still queued when the batch resolves is synced.
   * With `{ delayForCellEdit: true }` a sync made while the user edits a cell waits for the edit
   * to end (where the DelayForCellEdit set is supported); without it, it fails with InvalidOperationInCellEditMode.
   */
  run: {
    <T>(batch: Batch<T>): Promise<T>;
    <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  };
  /** Office.context.requirements. */
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  /** Office.context.document.settings: the add-in's settings saved in this workbook. */
  readonly settings: FakeSettings;
  /** Office.context.document: its URL, settings and getFileAsync (fakeDocument.ts). */
  readonly document: FakeDocument;
  /** Opens an .xlsx as Excel opens a file: its sheets become the workbook's (which must have none yet), `url` the document's. */
  openXlsx(bytes: Uint8Array, url: string): Promise<void>;
  readonly stats: SyncStats;
  resetStats(): void;
  /** Sheet names in tab order. */
  sheetNames(): string[];
  /** The live sheet model (throws for a missing sheet). */
  sheet(name: string): SheetModel;
  /** The live cell model, or undefined for a cell nothing was ever written to. */
  cell(sheet: string, address: string): CellModel | undefined;
  /** Workbook-scoped names. */
  names(): SheetModel['names'];
  /** The last selection made through Range.select() or userSelect(). */
  selection(): { sheet: string; address: string } | undefined;
  activeSheet(): string | undefined;
  userType(sheet: string, address: string, text: string): Promise<UserEdit>;
  userPaste(sheet: string, topLeft: string, values: readonly (readonly unknown[])[]): Promise<UserEdit>;
  userSelect(sheet: string, address: string): Promise<void>;
  /** The user enters cell-edit mode on a cell (double click, F2, or starting to type) and stays there. */
  userStartsEditing(sheet: string, address: string): void;
  /** The user leaves cell-edit mode: Enter with `text` typed into the cell, or Esc without. Delayed batches then run. */
  userStopsEditing(text?: string): Promise<UserEdit | undefined>;
  /** Fault injection: the `n`th sync from now (1 = the next, of any run) fails with the given error. */
  failSync(n: number, fault?: SyncFault): void;
  /** Adds a sheet as if the user had made it (not through the API, no sync counted); values are read as typed into the API. */
  userAddSheet(name: string, cells?: Readonly<Record<string, unknown>>): void;
  /** Resolves when no event handler is running (events follow syncs asynchronously). */
  whenIdle(): Promise<void>;
  /** Errors thrown by handlers of events the add-in's own writes raised. */
  readonly eventErrors: readonly unknown[];
  renderWorkbookHtml(options?: RenderOptions): string;
};

export type FakeExcelOptions = {
  /** The ExcelApi level of the simulated Excel: 1.8 (Excel 2019, the default) or "1.10" and up as strings. */
  readonly apiVersion?: number | string;
  /** Other requirement sets to claim, e.g. { ExcelApiOnline: '1.1' }. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Sheets the workbook starts with. Real Excel always has one; the default is none, so tests see only what the add-in made. */
  readonly sheets?: readonly string[];
  /**
   * Whether `delayForCellEdit` is honoured: office.js sets the flag only where the host supports the
   * "DelayForCellEdit" requirement set and drops it silently elsewhere. Default true.
   */
  readonly delayForCellEdit?: boolean;
  /** Office.context.document.url: where the workbook was opened from; "" for a new workbook never saved. */
  readonly url?: string;
};

export function createFakeExcel({ apiVersion = 1.8, requirementSets = {}, sheets = [], delayForCellEdit = true, url = '' }: FakeExcelOptions = {}): FakeExcel {
  // CompressedFile: Excel on Windows and Mac give the document's .xlsx (getFileAsync); a test of Excel on the web passes { CompressedFile: '' }.
  const claimed: Record<string, string> = { CompressedFile: '1.1', ...(delayForCellEdit ? { DelayForCellEdit: '1.1' } : {}), ...requirementSets, ExcelApi: apiVersionString(apiVersion) };
  const sets = Object.fromEntries(Object.entries(claimed).filter(([, version]) => version !== ''));
  const model = new WorkbookModel(new Requirements(sets));
  for (const name of sheets) model.add(name);
  const stats = new SyncStats();
  const sheetOf = (name: string) => {
    const sheet = model.byName(name);
    if (!sheet) throw new Error(`No sheet "${name}" in the in-memory workbook`);
    return sheet;
  };
  async function run<T>(first: Excel.RunOptions | Batch<T>, second?: Batch<T>): Promise<T> {
    const [options, batch] = typeof first === 'function' ? [{}, first] : [first, second];
    if (typeof batch !== 'function') throw new TypeError('Excel.run needs a batch function');
    const delay = options.delayForCellEdit === true && model.requirements.isSetSupported('DelayForCellEdit');
    const context = new FakeContext(model, stats, afterBatch(model), { delayForCellEdit: delay });
    try {
      const pending = batch(requestContext(context, new FakeWorkbook(context)));
      if (!pending || typeof (pending as { then?: unknown }).then !== 'function') throw runMustReturnPromise();
      const result = await pending;
      // Excel.run ends with a sync of whatever is still queued; with nothing queued there is no round trip to count.
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }
  const settings = createFakeSettings();
  const file: { url: string; saved: SavedProperties } = { url, saved: {} };
  const excel: FakeExcel = {
    run,
    requirements: { isSetSupported: (name, version) => model.requirements.isSetSupported(name, version) },
    settings,
    document: createFakeDocument(model, settings, file),
    async openXlsx(bytes, opened) {
      if (model.sheets.length > 0) throw new Error('openXlsx opens a file into a workbook without sheets');
      file.saved = await (await import('./xlsxFile')).openXlsxInto(model, bytes);
      file.url = opened;
    },
    stats,
    resetStats: () => stats.reset(),
    sheetNames: () => model.sheets.map((s) => s.name),
    sheet: sheetOf,
    cell(sheet, address) {
      const { range } = parseAddress(address);
      return peekCell(sheetOf(sheet), range.top, range.left);
    },
    names: () => model.names,
    selection: () => model.selection,
    activeSheet: () => model.activeSheet()?.name,
    userType: (sheet, address, text) => userType(model, sheetOf(sheet), address, text),
    userPaste: (sheet, topLeft, values) => userPaste(model, sheetOf(sheet), topLeft, values),
    userSelect: (sheet, address) => userSelect(model, sheetOf(sheet), address),
    userStartsEditing(sheet, address) {
      if (model.editing) throw new Error(`The user is already editing ${model.editing.sheet.name}!${model.editing.address}`);
      parseAddress(address);
      model.editing = { sheet: sheetOf(sheet), address };
    },
    async userStopsEditing(text) {
      const editing = model.editing;
      if (!editing) throw new Error('The user is not editing a cell');
      // Enter commits the cell (raising onChanged) before Excel runs the batches that waited. An entry
      // Excel refuses (locked cell, validation) is reported and the edit ends; Excel would keep the user in the cell.
      const edit = text === undefined ? undefined : await userType(model, editing.sheet, editing.address, text);
      model.stopEditing();
      return edit;
    },
    failSync(n, { code = 'GeneralException', message = 'There was an internal error while processing the request.', afterActions = 0 } = {}) {
      model.faults.failSync(n, { code, message, afterActions });
    },
    userAddSheet(name, cells = {}) {
      const sheet = model.add(name);
      for (const [address, value] of Object.entries(cells)) {
        const { range } = parseAddress(address);
        const cell = cellAt(sheet, range.top, range.left);
        store(cell, parseInput(value, cell.numberFormat));
      }
    },
    whenIdle: () => model.events.idle(),
    eventErrors: model.events.errors,
    renderWorkbookHtml: (options) => renderWorkbookHtml(excel, options),
  };
  return excel;
}
