import { ClientObject, loadedProperties } from './context';
import { FakeOfficeError } from './errors';
import type { SheetModel } from './model';
import { FakeWorksheet } from './worksheet';

/** Workbook.worksheets: lookups by name resolve at sync, so a sheet added in the same batch is found. */
export class FakeWorksheetCollection extends ClientObject {
  protected readonly scalarProperties = ['items'];
  private itemProperties: string[] = ['name', 'id', 'position', 'visibility'];

  protected snapshot(property: string): unknown {
    if (property === 'isNullObject') return false;
    if (property !== 'items') throw new Error(`The in-memory Excel does not load WorksheetCollection.${property}`);
    return this.context.model.sheets.map((sheet) => {
      const proxy = this.proxyOf(sheet);
      proxy.preload('isNullObject', false);
      for (const p of this.itemProperties) proxy.preload(p, p === 'position' ? this.context.model.sheets.indexOf(sheet) : sheet[p as 'name']);
      return proxy;
    });
  }

  /** load('items/name'), load('name, position'): the properties each item comes with. */
  override load(option?: string | string[] | { select?: string }): this {
    const names = loadedProperties(option, []).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    if (names.length > 0) this.itemProperties = names;
    return super.load('items');
  }

  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  private proxyOf(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, () => (this.context.model.sheets.includes(sheet) ? sheet : undefined));
  }

  /** By name or by id, as Office.js accepts either. */
  getItem(name: string): FakeWorksheet {
    const sheet = () => {
      const found = this.context.model.byName(name) ?? this.context.model.byId(name);
      if (!found) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (worksheet "${name}")`);
      return found;
    };
    return new FakeWorksheet(this.context, sheet);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.byName(name));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const { model } = this.context;
      return (model.activeSheetId && model.byId(model.activeSheetId)) || model.sheets[0];
    });
  }

  add(name: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.later({ addWorksheet: name }, () => {
      if (this.context.model.byName(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
      created = this.context.model.add(name);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}
