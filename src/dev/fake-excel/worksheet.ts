import { parseRange, rangeAddress } from '../../core/a1';
import { ClientObject, type FakeContext } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import { usedRange, type SheetModel } from './model';
import { FakeRange } from './range';

type Handler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | void;

/** A Worksheet proxy; which sheet it is gets decided at sync, like Office.js's lazy paths. */
export class FakeWorksheet extends ClientObject {
  protected readonly scalarProperties = ['name', 'id', 'position', 'visibility'];

  constructor(
    context: FakeContext,
    readonly resolveSheet: () => SheetModel | undefined,
  ) {
    super(context);
  }

  private sheet(): SheetModel {
    const sheet = this.resolveSheet();
    if (!sheet) throw itemNotFound('worksheet');
    return sheet;
  }

  protected snapshot(property: string): unknown {
    const sheet = this.resolveSheet();
    if (property === 'isNullObject') return sheet === undefined;
    if (!sheet) return undefined;
    if (property === 'position') return this.context.model.sheets.indexOf(sheet);
    if (property === 'name' || property === 'id' || property === 'visibility') return sheet[property];
    throw new Error(`The in-memory Excel does not load Worksheet.${property}`);
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.later({ rename: name }, () => {
      if (this.context.model.byName(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
      this.sheet().name = name;
    });
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  set position(position: number) {
    this.later({ position }, () => {
      const { sheets } = this.context.model;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(position, sheets.length), 0, sheet);
    });
  }
  set visibility(visibility: SheetModel['visibility']) {
    this.later({ visibility }, () => (this.sheet().visibility = visibility));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolveSheet();
      if (!sheet) return undefined;
      if (address === undefined) return { sheet, range: { top: 0, left: 0, bottom: 1048575, right: 16383 } };
      const whole = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address) ?? /^\$?(\d+):\$?(\d+)$/.exec(address);
      if (whole && /^\d/.test(address.replace('$', ''))) {
        return { sheet, range: { top: Number(whole[1]) - 1, left: 0, bottom: Number(whole[2]) - 1, right: 16383 } };
      }
      if (whole) {
        const r = parseRange(`${whole[1]}1:${whole[2]}1`);
        return { sheet, range: { top: 0, left: r.left, bottom: 1048575, right: r.right } };
      }
      return { sheet, range: parseRange(address) };
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.getRange(rangeAddress(row, column, row + rows - 1, column + columns - 1));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolveSheet();
      const range = sheet && usedRange(sheet, valuesOnly);
      return sheet && range ? { sheet, range } : undefined;
    });
  }

  delete(): void {
    this.later({ delete: true }, () => this.context.model.remove(this.sheet()));
  }

  activate(): void {
    this.later({ activate: true }, () => (this.context.model.activeSheetId = this.sheet().id));
  }

  get freezePanes() {
    return { freezeRows: (rows: number) => this.later({ freezeRows: rows }, () => (this.sheet().frozenRows = rows)) };
  }

  get protection() {
    return {
      protect: (options?: Record<string, unknown>) => this.later({ protect: options ?? {} }, () => (this.sheet().protection = { protected: true, options: options ?? {} })),
      unprotect: () => this.later({ unprotect: true }, () => (this.sheet().protection = { protected: false, options: {} })),
    };
  }

  /** ExcelApi 1.9. */
  get pageLayout() {
    this.context.model.require('Worksheet.pageLayout', '1.9');
    const set = (key: string, value: unknown) => this.later({ pageLayout: key, value }, () => (this.sheet().pageLayout[key] = value));
    return {
      set orientation(v: string) {
        set('orientation', v);
      },
      set paperSize(v: string) {
        set('paperSize', v);
      },
      set zoom(v: unknown) {
        set('zoom', v);
      },
      setPrintTitleRows: (rows: string) => set('printTitleRows', rows),
    };
  }

  get onChanged() {
    return {
      add: (handler: Handler) => {
        this.later({ onChanged: 'add' }, () => this.sheet().changeHandlers.push(handler));
        return {
          remove: () =>
            this.later({ onChanged: 'remove' }, () => {
              const handlers = this.sheet().changeHandlers;
              handlers.splice(handlers.indexOf(handler), 1);
            }),
        };
      },
    };
  }
}
