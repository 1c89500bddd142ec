import { FakeContext, type SyncStats } from './context';
import { cellAt, peekCell, type CellModel, type SheetModel } from './model';
import { toRange } from './model';
import { userPaste, userType, type UserEdit } from './user';
import { WorkbookModel } from './workbook';
import { FakeWorksheetCollection } from './worksheets';

export type { CellModel, SheetModel } from './model';
export type { UserEdit } from './user';
export { FakeOfficeError } from './errors';

/**
 * A strict in-memory Excel for tests and the preview page: the part of the
 * Excel JavaScript API this project uses, with Office.js semantics (queued
 * operations, load before read, requirement sets, 5 MB requests), plus a
 * simulated user who types and pastes. Formulas are stored, not evaluated: a
 * formula cell's `values` read back as "".
 */
export type FakeExcel = {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly stats: SyncStats;
  resetStats(): void;
  sheetNames(): string[];
  sheet(name: string): SheetModel;
  cell(sheet: string, address: string): CellModel | undefined;
  selection(): { sheet: string; address: string } | undefined;
  activeSheet(): string | undefined;
  userType(sheet: string, address: string, text: string): Promise<UserEdit>;
  userPaste(sheet: string, topLeft: string, values: unknown[][]): Promise<UserEdit>;
  /** Adds a sheet as if the user had made it (not through the API, no sync counted). */
  userAddSheet(name: string, cells?: Record<string, unknown>): void;
};

export function createFakeExcel({ apiVersion = 1.8 }: { apiVersion?: number } = {}): FakeExcel {
  const model = new WorkbookModel(apiVersion);
  const stats: SyncStats = { syncs: 0, requestBytes: [] };
  const sheetOf = (name: string) => {
    const sheet = model.byName(name);
    if (!sheet) throw new Error(`No sheet "${name}" in the in-memory workbook`);
    return sheet;
  };
  return {
    async run(batch) {
      const context = new FakeContext(model, stats);
      const root = { workbook: { worksheets: new FakeWorksheetCollection(context) }, sync: () => context.sync() };
      const result = await batch(root as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch returns.
      if (context.pending > 0) await context.sync();
      return result;
    },
    requirements: { isSetSupported: (name, version) => model.supports(name, version) },
    stats,
    resetStats() {
      stats.syncs = 0;
      stats.requestBytes = [];
    },
    sheetNames: () => model.sheets.map((s) => s.name),
    sheet: sheetOf,
    cell(sheet, address) {
      const { top, left } = toRange(address);
      return peekCell(sheetOf(sheet), top, left);
    },
    selection: () => model.selection,
    activeSheet: () => (model.activeSheetId ? model.byId(model.activeSheetId)?.name : model.sheets[0]?.name),
    userType: (sheet, address, text) => userType(sheetOf(sheet), address, text),
    userPaste: (sheet, topLeft, values) => userPaste(sheetOf(sheet), topLeft, values),
    userAddSheet(name, cells = {}) {
      const sheet = model.add(name);
      for (const [address, value] of Object.entries(cells)) {
        const { top, left } = toRange(address);
        cellAt(sheet, top, left).value = value as CellModel['value'];
      }
    },
  };
}
