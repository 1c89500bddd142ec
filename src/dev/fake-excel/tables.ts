import type { GridRange } from '../../core/a1';
import { formatAddress, intersects, parseAddress } from './address';
import type { FakeContext } from './context';
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound, notSimulated } from './errors';
import { guardFormat } from './guards';
import { parseInput, store } from './input';
import { cellAt, peekCell, type SheetModel, type TableModel } from './model';
import { childPath, FakeClientResult, LocatedObject, type HasPath, type ObjectPath } from './proxy';
import { FakeRange } from './range';

/**
 * Worksheet.tables, kept small: a table over a range whose first row is its
 * header, its name, its parts as ranges, and rows appended below it. Excel
 * would shift cells under a growing table down; the fake refuses instead.
 */

type Placed = { sheet: SheetModel; table: TableModel };

export class FakeTable extends LocatedObject<Placed> {
  protected readonly typeName = 'Table';
  protected readonly scalarProperties = ['name', 'id', 'showHeaders'];

  constructor(context: FakeContext, resolve: () => Placed | undefined) {
    super(context, resolve, 'table');
  }

  snapshot(property: string): unknown {
    const { table } = this.located();
    return property === 'showHeaders' ? table.hasHeaders : table[property as 'name' | 'id'];
  }

  get name(): string {
    return this.read('name');
  }
  /** Table names are unique across the workbook and follow defined-name rules. */
  set name(name: string) {
    this.later({ set: 'name', value: name }, () => {
      const { table } = this.located();
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) throw invalidArgument(`table name "${name}"`);
      const clash = this.context.model.tableNamed(name);
      if (clash && clash.sheet.tables[clash.index] !== table) throw itemAlreadyExists(`table "${name}"`);
      table.name = name;
    });
  }
  get id(): string {
    return this.read('id');
  }

  private part(name: string, pick: (range: GridRange, table: TableModel) => GridRange | undefined): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, table } = this.located();
      const range = pick(parseAddress(table.address).range, table);
      if (!range) throw invalidArgument(`part of table ${table.name}`);
      return { sheet, range };
    }).at(this, name);
  }

  getRange(): FakeRange {
    return this.part('getRange', (r) => r);
  }
  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (r) => ({ ...r, bottom: r.top }));
  }
  /** A table always has at least one body row in Excel. */
  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', (r) => ({ ...r, top: r.top + 1 }));
  }

  get rows(): { add(index?: number | null, values?: unknown[][]): void; getCount(): FakeClientResult<number> } {
    return {
      add: (index, values) => this.addRows(index ?? undefined, values),
      getCount: () =>
        new FakeClientResult(
          this.context,
          { on: 'TableRowCollection', getCount: true },
          () => {
            const r = parseAddress(this.located().table.address).range;
            return r.bottom - r.top;
          },
          this,
        ),
    };
  }

  private addRows(index: number | undefined, values: unknown[][] | undefined): void {
    this.later({ on: 'TableRowCollection', add: index ?? null, values: values ?? null }, () => {
      const { sheet, table } = this.located();
      const r = parseAddress(table.address).range;
      if (index !== undefined && index !== r.bottom - r.top) throw notSimulated('inserting table rows other than at the end');
      const rows = values ?? [[]];
      const added = { ...r, top: r.bottom + 1, bottom: r.bottom + rows.length };
      for (let row = added.top; row <= added.bottom; row += 1)
        for (let column = r.left; column <= r.right; column += 1) {
          const cell = peekCell(sheet, row, column);
          if (cell && (cell.value !== null || cell.formula !== undefined)) throw notSimulated('a table growing over cells below it (Excel shifts them down)');
        }
      if (values && values.some((row) => row.length !== r.right - r.left + 1)) throw invalidArgument('table row values do not match the table width');
      guardFormat(sheet, 'structure', 'adding table rows');
      // Read before storing: an entry Excel refuses (a text over 32,767 characters) fails the rows whole.
      const inputs = rows.map((row, i) => row.map((value, c) => parseInput(value, peekCell(sheet, added.top + i, r.left + c)?.numberFormat ?? 'General')));
      inputs.forEach((row, i) => row.forEach((input, c) => store(cellAt(sheet, added.top + i, r.left + c), input)));
      table.address = formatAddress({ ...r, bottom: added.bottom });
    });
  }

  delete(): void {
    this.later({ delete: true }, () => {
      const { sheet, table } = this.located();
      sheet.tables.splice(sheet.tables.indexOf(table), 1);
    });
  }
}

export class FakeTableCollection implements HasPath {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetModel,
    readonly path: ObjectPath,
  ) {}

  /**
   * The table goes where the source says, not necessarily on this collection's
   * sheet: a Range on its own sheet; an address on the sheet it names, or, with
   * no sheet name, on the active sheet (TableCollection.add in @types/office-js).
   * Excel refuses a table over merged cells or over another table.
   */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw notSimulated('tables without a header row (Excel inserts one and shifts the data down)');
    let placed: Placed | undefined;
    const describe = typeof address === 'string' ? address : 'range';
    this.context.enqueue(
      { on: 'TableCollection', add: describe, hasHeaders },
      () => (placed = this.place(address, hasHeaders)),
      childPath(this, 'add', [describe, hasHeaders]),
    );
    return new FakeTable(this.context, () => placed).at(this, 'add', [describe, hasHeaders]);
  }

  private place(address: string | FakeRange, hasHeaders: boolean): Placed {
    const { model } = this.context;
    let sheet: SheetModel;
    let range: GridRange;
    if (typeof address === 'string') {
      const parsed = parseAddress(address);
      const named = parsed.sheet === undefined ? model.activeSheet() : model.byName(parsed.sheet);
      if (!named) throw itemNotFound(`sheet of table address ${address}`);
      sheet = named;
      range = parsed.range;
    } else ({ sheet, range } = address.located());
    if (range.bottom === range.top) throw invalidArgument('a table needs a header row and a body row');
    guardFormat(sheet, 'structure', 'adding a table');
    if (sheet.merges.some((m) => intersects(parseAddress(m).range, range))) throw invalidOperation('a table over merged cells');
    if (sheet.tables.some((t) => intersects(parseAddress(t.address).range, range))) throw invalidOperation('a table over another table');
    for (let column = range.left; column <= range.right; column += 1) {
      const header = cellAt(sheet, range.top, column);
      if (header.value === null || header.value === '') header.value = `Column${column - range.left + 1}`;
    }
    const name = model.nextTableName();
    const table: TableModel = { id: name.replace('Table', ''), name, address: formatAddress(range), hasHeaders };
    sheet.tables.push(table);
    return { sheet, table };
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => {
      const found = this.context.model.tableNamed(name);
      const table = found?.sheet === this.sheet() ? found.sheet.tables[found.index] : undefined;
      if (!found || !table) throw itemNotFound(`table "${name}"`);
      return { sheet: found.sheet, table };
    }).at(this, 'getItem', [name]);
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, { on: 'TableCollection', getCount: true }, () => this.sheet().tables.length, this);
  }
}
