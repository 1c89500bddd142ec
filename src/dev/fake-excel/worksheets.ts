import type { FakeContext } from './context';
import { itemNotFound } from './errors';
import type { ChangeHandler, SheetModel } from './model';
import { CollectionObject, FakeClientResult } from './proxy';
import { eventSource, FakeWorksheet } from './worksheet';

/**
 * Workbook.worksheets. Lookups resolve at sync, so a sheet added earlier in
 * the same batch is found and one deleted is not; getItem takes a name or an id.
 */
export class FakeWorksheetCollection extends CollectionObject<SheetModel, FakeWorksheet> {
  protected readonly typeName = 'WorksheetCollection';
  protected readonly itemProperties = ['name', 'id', 'position', 'visibility'];

  constructor(context: FakeContext) {
    super(context);
  }

  protected list(): SheetModel[] {
    return this.context.model.sheets;
  }

  protected proxyOf(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, () => (this.context.model.sheets.includes(sheet) ? sheet : undefined));
  }

  private find(key: string): SheetModel | undefined {
    return this.context.model.byName(key) ?? this.context.model.byId(key);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const found = this.find(key);
      if (!found) throw itemNotFound(`worksheet "${key}"`);
      return found;
    }).at(this, 'getItem', [key]);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.model.requirements.require('WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => this.find(key)).at(this, 'getItemOrNullObject', [key]);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const active = this.context.model.activeSheet();
      if (!active) throw itemNotFound('active worksheet of an empty workbook');
      return active;
    }).at(this, 'getActiveWorksheet');
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const first = this.context.model.sheets.find((s) => !visibleOnly || s.visibility === 'Visible');
      if (!first) throw itemNotFound('first worksheet');
      return first;
    }).at(this, 'getFirst', [visibleOnly]);
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    this.context.model.requirements.require('WorksheetCollection.getCount');
    return new FakeClientResult(
      this.context,
      { on: this.typeName, getCount: visibleOnly },
      () => (visibleOnly ? this.context.model.visibleCount() : this.context.model.sheets.length),
      this,
    );
  }

  /** Adds at the end; no name gives "SheetN". Name rules and clashes fail the sync. */
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.later({ add: name ?? null }, () => {
      created = this.context.model.add(name);
    });
    return new FakeWorksheet(this.context, () => (created && this.context.model.sheets.includes(created) ? created : undefined)).at(this, 'add', [name ?? null]);
  }

  /** ExcelApi 1.9: a change on any sheet. */
  get onChanged() {
    this.context.model.requirements.require('WorksheetCollection.onChanged');
    return eventSource<ChangeHandler>(this.context, 'WorksheetCollection.onChanged', () => this.context.model.changeHandlers, this);
  }
}
