import { parseAddress } from './address';
import type { FakeContext } from './context';
import { invalidArgument } from './errors';
import { usedRange, type ChangeHandler, type SelectionHandler, type SheetModel, type SheetVisibility } from './model';
import { FakeNamedItemCollection } from './names';
import { childPath, LocatedObject, type ClientObject, type HasPath } from './proxy';
import { FakeRange } from './range';
import { FakeTableCollection } from './tables';
import { FakeFreezePanes, FakePageLayout, FakeWorksheetProtection } from './worksheetParts';

/**
 * A Worksheet proxy. Which sheet it is gets decided at each sync, like
 * Office.js's object paths: by name or id through getItem, as the sheet a
 * queued add() will create, and so on.
 */

/** An event's add()/remove(), both queued: a handler listens from the next sync. */
export function eventSource<H>(context: FakeContext, describe: string, list: () => H[], on?: HasPath) {
  return {
    add: (handler: H) => {
      context.enqueue({ on: describe, add: true }, () => list().push(handler), on?.path);
      return {
        context,
        remove: () =>
          context.enqueue(
            { on: describe, remove: true },
            () => {
              const handlers = list();
              const at = handlers.indexOf(handler);
              if (at >= 0) handlers.splice(at, 1);
            },
            on?.path,
          ),
      };
    },
  };
}

export class FakeWorksheet extends LocatedObject<SheetModel> {
  protected readonly typeName = 'Worksheet';
  protected readonly scalarProperties = ['name', 'id', 'position', 'visibility'];
  private readonly parts = new Map<string, unknown>();

  /** `resolve`: the sheet, undefined for a null object; throws ItemNotFound for a getItem path to nothing. */
  constructor(context: FakeContext, resolve: () => SheetModel | undefined) {
    super(context, resolve, 'worksheet (null object)');
  }

  snapshot(property: string): unknown {
    const sheet = this.located();
    if (property === 'position') return this.context.model.sheets.indexOf(sheet);
    return sheet[property as 'name' | 'id' | 'visibility'];
  }

  /** Navigation properties made once, so that a load and a later read meet on the same object. */
  private part<T>(name: string, make: () => T): T {
    if (!this.parts.has(name)) this.parts.set(name, make());
    return this.parts.get(name) as T;
  }

  protected override navigate(name: string): ClientObject | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'pageLayout') return this.pageLayout;
    return undefined;
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.later({ set: 'name', value: name }, () => this.context.model.rename(this.located(), name));
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  set position(position: number) {
    this.later({ set: 'position', value: position }, () => {
      const { sheets } = this.context.model;
      const sheet = this.located();
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) throw invalidArgument(`position ${position}`);
      if (sheets.indexOf(sheet) !== position) this.context.model.guardStructure(`move sheet "${sheet.name}"`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }
  get visibility(): SheetVisibility {
    return this.read('visibility');
  }
  set visibility(visibility: SheetVisibility) {
    this.later({ set: 'visibility', value: visibility }, () => this.context.model.setVisibility(this.located(), visibility));
  }

  /**
   * "B3:F20", "A:C", "3:5"; no address is the whole sheet. The address is checked at sync, as in Excel.
   * Like every method of a null object (getItemOrNullObject of a missing sheet), it fails the sync with ItemNotFound.
   */
  getRange(address?: string): FakeRange {
    const sheetOf = this.within('getRange');
    return new FakeRange(this.context, () => {
      const sheet = sheetOf();
      if (address === undefined) return { sheet, range: parseAddress('1:1048576').range };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && this.context.model.byName(parsed.sheet) !== sheet) throw invalidArgument(`address ${address} of another sheet`);
      return { sheet, range: parsed.range };
    }).at(this, 'getRange', address === undefined ? [] : [address]);
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRange().getCell(row, column);
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    this.context.model.requirements.require('Worksheet.getRangeByIndexes');
    if (rowCount < 1 || columnCount < 1) throw invalidArgument('getRangeByIndexes size');
    return this.getRange().getCell(row, column).getResizedRange(rowCount - 1, columnCount - 1);
  }

  /** Excel answers A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): FakeRange {
    const sheetOf = this.within('getUsedRange');
    return new FakeRange(this.context, () => {
      const sheet = sheetOf();
      return { sheet, range: usedRange(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    }).at(this, 'getUsedRange', [valuesOnly]);
  }

  /** A null object for an empty sheet; on a null sheet, ItemNotFound like any other method. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.model.requirements.require('Worksheet.getUsedRangeOrNullObject');
    const sheetOf = this.within('getUsedRangeOrNullObject');
    return new FakeRange(this.context, () => {
      const sheet = sheetOf();
      const range = usedRange(sheet, valuesOnly);
      return range ? { sheet, range } : undefined;
    }).at(this, 'getUsedRangeOrNullObject', [valuesOnly]);
  }

  delete(): void {
    this.later({ delete: true }, () => this.context.model.remove(this.located()));
  }

  activate(): void {
    this.later({ activate: true }, () => {
      const sheet = this.located();
      if (sheet.visibility !== 'Visible') throw invalidArgument(`activate hidden sheet "${sheet.name}"`);
      this.context.model.activeSheetId = sheet.id;
    });
  }

  get protection(): FakeWorksheetProtection {
    this.context.model.requirements.require('Worksheet.protection');
    return this.part('protection', () => new FakeWorksheetProtection(this.context, this.within('protection')).at(this, 'protection'));
  }

  get freezePanes(): FakeFreezePanes {
    this.context.model.requirements.require('Worksheet.freezePanes');
    return this.part('freezePanes', () => new FakeFreezePanes(this.context, this.within('freezePanes'), this));
  }

  /** ExcelApi 1.9: on an older Excel the property itself is missing, so the access throws. */
  get pageLayout(): FakePageLayout {
    this.context.model.requirements.require('Worksheet.pageLayout');
    return this.part('pageLayout', () => new FakePageLayout(this.context, this.within('pageLayout')).at(this, 'pageLayout'));
  }

  get names(): FakeNamedItemCollection {
    this.context.model.requirements.require('Worksheet.names');
    return this.part('names', () => new FakeNamedItemCollection(this.context, { kind: 'Worksheet', list: () => this.located().names }).at(this, 'names'));
  }

  get tables(): FakeTableCollection {
    return this.part('tables', () => new FakeTableCollection(this.context, () => this.located(), childPath(this, 'tables')));
  }

  get onChanged() {
    this.context.model.requirements.require('Worksheet.onChanged');
    return eventSource<ChangeHandler>(this.context, 'Worksheet.onChanged', () => this.located().changeHandlers, this);
  }

  get onSelectionChanged() {
    this.context.model.requirements.require('Worksheet.onSelectionChanged');
    return eventSource<SelectionHandler>(this.context, 'Worksheet.onSelectionChanged', () => this.located().selectionHandlers, this);
  }
}
