import { formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress } from './address';
import type { FakeContext } from './context';
import { badPassword, invalidArgument, invalidOperation } from './errors';
import type { SheetModel } from './model';
import { childPath, LocatedObject, type HasPath, type ObjectPath } from './proxy';
import { FakeRange } from './range';

/** Worksheet.protection, Worksheet.freezePanes and Worksheet.pageLayout: settings of the sheet as a whole. */

type Resolve = () => SheetModel | undefined;

const PROTECTION_DEFAULTS: Required<Excel.WorksheetProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

abstract class SheetPart extends LocatedObject<SheetModel> {
  constructor(context: FakeContext, resolve: Resolve) {
    super(context, resolve, 'worksheet (null object)');
  }
}

/** protect() fails on a sheet already protected, as documented; unprotect() needs the password it was given. */
export class FakeWorksheetProtection extends SheetPart {
  protected readonly typeName = 'WorksheetProtection';
  protected readonly scalarProperties = ['protected', 'options'];

  snapshot(property: string): unknown {
    const { protection } = this.located();
    return property === 'protected' ? protection.protected : { ...PROTECTION_DEFAULTS, ...protection.options };
  }

  get protected(): boolean {
    return this.read('protected');
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.read('options');
  }

  protect(options: Excel.WorksheetProtectionOptions = {}, password?: string): void {
    const unknown = Object.keys(options).filter((k) => !(k in PROTECTION_DEFAULTS));
    this.later({ protect: options, password: password ?? null }, () => {
      if (unknown.length > 0) throw invalidArgument(`protection options ${unknown.join(', ')}`);
      const sheet = this.located();
      if (sheet.protection.protected) throw invalidOperation(`protect an already protected sheet "${sheet.name}"`);
      sheet.protection = { protected: true, options: { ...options }, ...(password !== undefined ? { password } : {}) };
    });
  }

  unprotect(password?: string): void {
    this.later({ unprotect: true, password: password ?? null }, () => {
      const sheet = this.located();
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) throw badPassword();
      sheet.protection = { protected: false, options: {} };
    });
  }
}

/** Frozen panes: rows, columns, or both from A1 to a cell. */
export class FakeFreezePanes implements HasPath {
  readonly path: ObjectPath;

  constructor(
    private readonly context: FakeContext,
    /** The sheet; throws ItemNotFound at the sync for a null worksheet. */
    private readonly sheet: () => SheetModel,
    worksheet: HasPath,
  ) {
    this.path = childPath(worksheet, 'freezePanes');
  }

  private freeze(rows: number, columns: number, describe: unknown): void {
    if (rows < 0 || columns < 0) throw invalidArgument('freezePanes count');
    this.context.enqueue(
      { on: 'WorksheetFreezePanes', ...(describe as object) },
      () => {
        const sheet = this.sheet();
        sheet.frozenRows = rows;
        sheet.frozenColumns = columns;
      },
      this.path,
    );
  }

  freezeRows(count = 1): void {
    this.freeze(count, 0, { freezeRows: count });
  }

  freezeColumns(count = 1): void {
    this.freeze(0, count, { freezeColumns: count });
  }

  /** The range given is the top-left pane that stays in place. */
  freezeAt(frozenRange: string | FakeRange): void {
    this.context.enqueue(
      { on: 'WorksheetFreezePanes', freezeAt: typeof frozenRange === 'string' ? frozenRange : 'range' },
      () => {
        const sheet = this.sheet();
        const range = typeof frozenRange === 'string' ? parseAddress(frozenRange).range : frozenRange.located().range;
        sheet.frozenRows = range.bottom + 1;
        sheet.frozenColumns = range.right + 1;
      },
      this.path,
    );
  }

  unfreeze(): void {
    this.freeze(0, 0, { unfreeze: true });
  }

  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return undefined;
      const bottom = sheet.frozenRows > 0 ? sheet.frozenRows - 1 : MAX_ROWS - 1;
      const right = sheet.frozenColumns > 0 ? sheet.frozenColumns - 1 : MAX_COLUMNS - 1;
      return { sheet, range: { top: 0, left: 0, bottom, right } };
    }).at(this, 'getLocationOrNullObject');
  }
}

const PAGE_DEFAULTS: Record<string, unknown> = { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } };

/** Worksheet.pageLayout (ExcelApi 1.9): what prints, stored on the sheet model's `pageLayout` (printArea, printTitleRows and the properties set). */
export class FakePageLayout extends SheetPart {
  protected readonly typeName = 'PageLayout';
  protected readonly scalarProperties = ['orientation', 'paperSize', 'zoom'];

  snapshot(property: string): unknown {
    return this.located().pageLayout[property] ?? PAGE_DEFAULTS[property];
  }

  private set(key: string, value: unknown): void {
    this.later({ set: key, value }, () => {
      if (key === 'orientation' && value !== 'Portrait' && value !== 'Landscape') throw invalidArgument(`pageLayout.orientation ${String(value)}`);
      this.located().pageLayout[key] = value;
    });
  }

  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(value: string) {
    this.set('orientation', value);
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(value: string) {
    this.set('paperSize', value);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read('zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.set('zoom', { ...value });
  }

  /**
   * What prints: one or more areas ("$A$2:$H$40", or a Range), kept on the
   * model as Excel shows them unqualified ("A2:H40", areas joined by ","). An
   * area on another sheet is refused.
   */
  setPrintArea(printArea: string | FakeRange): void {
    this.later({ setPrintArea: typeof printArea === 'string' ? printArea : 'range' }, () => {
      const sheet = this.located();
      const areas =
        typeof printArea === 'string'
          ? printArea.split(',').map((part) => parseAddress(part.trim()))
          : [{ sheet: printArea.located().sheet.name, range: printArea.located().range }];
      if (areas.some((a) => a.sheet !== undefined && a.sheet.toLocaleLowerCase('vi') !== sheet.name.toLocaleLowerCase('vi')))
        throw invalidArgument(`print area on another sheet than "${sheet.name}"`);
      sheet.pageLayout.printArea = areas.map((a) => formatAddress(a.range)).join(',');
    });
  }

  /** Rows repeated at the top of each printed page, e.g. "$8:$9". */
  setPrintTitleRows(rows: string | FakeRange): void {
    this.later({ setPrintTitleRows: typeof rows === 'string' ? rows : 'range' }, () => {
      const sheet = this.located();
      const { range } = typeof rows === 'string' ? parseAddress(rows) : rows.located();
      sheet.pageLayout.printTitleRows = typeof rows === 'string' ? rows : `$${range.top + 1}:$${range.bottom + 1}`;
    });
  }
}
