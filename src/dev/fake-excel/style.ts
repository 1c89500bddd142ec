import type { GridRange } from '../../core/a1';
import type { FakeContext } from './context';
import { guardFormat, type FormatKind } from './guards';
import { cellAt, forEachCell, type CellModel, type SheetModel } from './model';
import { LocatedObject, type ClientObject } from './proxy';
import type { GuardedApi } from './requirements';
import { uniform, type Locate, type Target } from './target';

/**
 * A format object (Range.format, its font, fill, protection): each property
 * is described once — how a cell stores it, what a protected sheet says, which
 * requirement set it needs — and gets a queued setter and a loadable getter.
 */

type CellProperty = {
  readonly read: (cell: CellModel | undefined) => unknown;
  readonly write: (cell: CellModel, value: unknown) => void;
};
type RangeProperty = {
  readonly readRange: (sheet: SheetModel, range: GridRange) => unknown;
  readonly writeRange: (sheet: SheetModel, range: GridRange, value: unknown) => void;
};
export type StyleProperty = (CellProperty | RangeProperty) & { readonly kind?: FormatKind; readonly api?: GuardedApi };
export type StyleSpec = Readonly<Record<string, StyleProperty>>;

export class StyleProxy extends LocatedObject<Target> {
  protected readonly scalarProperties: readonly string[];
  private readonly children = new Map<string, ClientObject>();

  constructor(
    context: FakeContext,
    protected readonly typeName: string,
    locate: Locate,
    private readonly spec: StyleSpec,
  ) {
    super(context, locate, `${typeName} of a null object`);
    this.scalarProperties = Object.keys(spec);
    for (const [property, s] of Object.entries(spec))
      Object.defineProperty(this, property, {
        enumerable: true,
        get: () => {
          if (s.api) context.model.requirements.require(s.api);
          return this.read(property);
        },
        set: (value: unknown) => this.write(property, value),
      });
  }

  protected override checkLoadable(property: string): void {
    const api = this.spec[property]?.api;
    if (api) this.context.model.requirements.require(api);
  }

  snapshot(property: string): unknown {
    const s = this.spec[property];
    const { sheet, range } = this.located();
    if (!s) return undefined;
    return 'readRange' in s ? s.readRange(sheet, range) : uniform(sheet, range, s.read);
  }

  /** ExcelApi checks happen at the call, as Office.js's do; protection is the host's, at sync. */
  write(property: string, value: unknown): void {
    const s = this.spec[property];
    if (!s) return;
    if (s.api) this.context.model.requirements.require(s.api);
    this.later({ set: property, value }, () => {
      const { sheet, range } = this.located();
      guardFormat(sheet, s.kind ?? 'cells', `setting ${this.typeName}.${property}`);
      if ('writeRange' in s) s.writeRange(sheet, range, value);
      else forEachCell(range, (row, column) => s.write(cellAt(sheet, row, column), value));
    });
  }

  /** A sub-object (font, fill), made once so that loads and reads meet on the same proxy. */
  protected child<T extends ClientObject>(name: string, make: () => T): T {
    let child = this.children.get(name);
    if (!child) {
      child = make();
      this.children.set(name, child);
    }
    return child as T;
  }

  protected override navigate(name: string): ClientObject | undefined {
    return this.navigable.includes(name) ? (this as unknown as Record<string, ClientObject>)[name] : undefined;
  }

  /** Names of sub-objects a load path may go through. */
  protected get navigable(): readonly string[] {
    return [];
  }
}

/** A cell property kept in one field of the cell model, with Excel's default for an untouched cell. */
export function field<K extends keyof CellModel>(key: K, fallback: CellModel[K], extra: Partial<StyleProperty> = {}): StyleProperty {
  return {
    read: (cell) => cell?.[key] ?? fallback,
    write: (cell, value) => {
      cell[key] = value as CellModel[K];
    },
    ...extra,
  } as StyleProperty;
}
