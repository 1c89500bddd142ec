import { parseAddress } from './address';
import type { FakeContext } from './context';
import { badPassword, invalidOperation, itemNotFound } from './errors';
import { FakeNamedItemCollection } from './names';
import { LocatedObject, rootPath, type HasPath } from './proxy';
import type { WorkbookModel } from './workbook';
import { FakeRange } from './range';
import { FakeWorksheetCollection } from './worksheets';

/** `context.workbook`: its collections are made once per context, so a load and a later read meet. */
export class FakeWorkbook implements HasPath {
  readonly path = rootPath('Workbook');
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  private protectionProxy: FakeWorkbookProtection | undefined;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context).at(this, 'worksheets');
    this.names = new FakeNamedItemCollection(context, { kind: 'Workbook', list: () => context.model.names }).at(this, 'names');
  }

  /** ExcelApi 1.7: whether the structure is protected (Review › Protect Workbook). Made once, so a load and a later read meet. */
  get protection(): FakeWorkbookProtection {
    this.context.model.requirements.require('Workbook.protection');
    this.protectionProxy ??= new FakeWorkbookProtection(this.context, () => this.context.model).at(this, 'protection');
    return this.protectionProxy;
  }

  /** The selection on the active sheet; A1 if nothing was selected there (Excel keeps one per sheet, the fake only the last). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { model } = this.context;
      const sheet = model.activeSheet();
      if (!sheet) throw itemNotFound('selection of an empty workbook');
      const here = model.selection && model.byName(model.selection.sheet) === sheet ? model.selection.address : 'A1';
      return { sheet, range: parseAddress(here).range };
    }).at(this, 'getSelectedRange');
  }

  /** ExcelApi 1.7: the top-left cell of the selection. */
  getActiveCell(): FakeRange {
    this.context.model.requirements.require('Workbook.getActiveCell');
    return this.getSelectedRange().getCell(0, 0);
  }
}

/**
 * Workbook.protection (ExcelApi 1.7). While `protected`, the workbook model
 * refuses adding, deleting, renaming, moving and hiding sheets (workbook.ts).
 * protect() fails on a workbook already protected, as the types say;
 * unprotect() needs the password it was given.
 */
export class FakeWorkbookProtection extends LocatedObject<WorkbookModel> {
  protected readonly typeName = 'WorkbookProtection';
  protected readonly scalarProperties = ['protected'];

  constructor(context: FakeContext, locate: () => WorkbookModel) {
    super(context, locate, 'workbook');
  }

  snapshot(): unknown {
    return this.located().protection.protected;
  }

  get protected(): boolean {
    return this.read('protected');
  }

  protect(password?: string): void {
    this.later({ protect: true, password: password ?? null }, () => {
      const model = this.located();
      if (model.protection.protected) throw invalidOperation('protect an already protected workbook');
      model.protection = { protected: true, ...(password !== undefined ? { password } : {}) };
    });
  }

  unprotect(password?: string): void {
    this.later({ unprotect: true, password: password ?? null }, () => {
      const model = this.located();
      if (model.protection.password !== undefined && model.protection.password !== password) throw badPassword();
      model.protection = { protected: false };
    });
  }
}
