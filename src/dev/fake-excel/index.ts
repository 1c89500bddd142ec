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

export type { CellModel, ConditionalFormatModel, NameModel, SheetModel, TableModel } from './model';
export type { UserEdit } from './user';
export { FakeOfficeError } from './errors';
export { SyncStats, PAYLOAD_LIMIT_BYTES } from './context';
export { renderWorkbookHtml, renderSheetHtml, escapeHtml } from './render';

/**
 * A strict in-memory Excel for tests and the preview page: the part of the
 * Excel JavaScript API this project uses, with Office.js's rules — queued
 * operations applied at sync, load before read, requirement sets, a 5 MB
 * request limit, protection, events after the change — and a simulated user
 * who types, pastes and selects. Formulas are stored, never calculated: a
 * formula cell's `values` entry is its cached result, "" unless a test sets
 * `cell(…).value`.
 */
export type FakeExcel = {
  /** Excel.run: a fresh RequestContext; what is still queued when the batch resolves is synced. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements. */
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  /** Office.context.document.settings: the add-in's settings saved in this workbook. */
  readonly settings: FakeSettings;
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
};

export function createFakeExcel({ apiVersion = 1.8, requirementSets = {}, sheets = [] }: FakeExcelOptions = {}): FakeExcel {
  const model = new WorkbookModel(new Requirements({ ...requirementSets, ExcelApi: apiVersionString(apiVersion) }));
  for (const name of sheets) model.add(name);
  const stats = new SyncStats();
  const sheetOf = (name: string) => {
    const sheet = model.byName(name);
    if (!sheet) throw new Error(`No sheet "${name}" in the in-memory workbook`);
    return sheet;
  };
  const excel: FakeExcel = {
    async run(batch) {
      const context = new FakeContext(model, stats, afterBatch(model));
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
    },
    requirements: { isSetSupported: (name, version) => model.requirements.isSetSupported(name, version) },
    settings: createFakeSettings(),
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
