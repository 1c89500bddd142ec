import { cellAddress, rangeAddress, sheetPrefix, type GridRange } from '../../core/a1';
import { ClientObject, type FakeContext } from './context';
import { itemNotFound, protectedCell } from './errors';
import { cellAt, forEachCell, peekCell, type CellModel, type SheetModel, type ValidationAlert, type ValidationPrompt } from './model';
import { RangeFormat } from './rangeFormat';

type Target = { sheet: SheetModel; range: GridRange } | undefined;

/** Office.js reads a typed "=…" as a formula and "'…" as text without the apostrophe. */
export function storeInput(cell: CellModel, input: unknown): void {
  if (typeof input === 'string' && input.startsWith('=')) {
    cell.formula = input;
    cell.value = '';
  } else {
    cell.formula = undefined;
    cell.value = typeof input === 'string' && input.startsWith("'") ? input.slice(1) : input === '' || input === undefined ? null : (input as CellModel['value']);
  }
}

/** A 2-D array, or one value applied to every cell, as Office.js accepts for range writes. */
function grid<T>(input: T | T[][], r: number, c: number): T {
  return Array.isArray(input) ? ((input as T[][])[r]?.[c] as T) : input;
}

export class FakeRange extends ClientObject {
  protected readonly scalarProperties = ['address', 'values', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'];

  constructor(
    context: FakeContext,
    /** Resolved at sync time: the sheet may be created in the same batch. */
    readonly target: () => Target,
  ) {
    super(context);
  }

  private resolve(): { sheet: SheetModel; range: GridRange } {
    const t = this.target();
    if (!t) throw itemNotFound('range of a missing sheet');
    return t;
  }

  protected snapshot(property: string): unknown {
    if (property === 'isNullObject') return this.target() === undefined;
    const t = this.target();
    if (!t) return undefined;
    const { sheet, range } = t;
    const rows = Array.from({ length: range.bottom - range.top + 1 }, (_, r) =>
      Array.from({ length: range.right - range.left + 1 }, (_, c) => peekCell(sheet, range.top + r, range.left + c)),
    );
    switch (property) {
      case 'address':
        return `${sheetPrefix(sheet.name).replace(/^'([^ '!]+)'!$/, '$1!')}${rangeAddress(range.top, range.left, range.bottom, range.right)}`;
      case 'values':
        return rows.map((row) => row.map((cell) => (cell?.formula !== undefined ? '' : (cell?.value ?? ''))));
      case 'formulas':
        return rows.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? ''));
      case 'numberFormat':
        return rows.map((row) => row.map((cell) => cell?.numberFormat ?? 'General'));
      case 'rowCount':
        return range.bottom - range.top + 1;
      case 'columnCount':
        return range.right - range.left + 1;
      case 'rowIndex':
        return range.top;
      case 'columnIndex':
        return range.left;
      default:
        throw new Error(`The in-memory Excel does not load Range.${property}`);
    }
  }

  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown) {
    this.write('values', input);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown) {
    this.write('formulas', input);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.later({ set: 'numberFormat', input }, () => this.each((cell, r, c) => (cell.numberFormat = String(grid(input, r, c)))));
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }

  set rowHidden(hidden: boolean) {
    this.later({ set: 'rowHidden', hidden }, () => {
      const { sheet, range } = this.resolve();
      for (let r = range.top; r <= range.bottom; r += 1) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }

  get format(): RangeFormat {
    return new RangeFormat(this.context, () => this.resolve());
  }

  get dataValidation() {
    const each = (apply: (cell: CellModel) => void) => this.later({ dataValidation: true }, () => this.each((cell) => apply(cell)));
    return {
      set rule(rule: unknown) {
        each((cell) => (cell.validation = { ...cell.validation, rule }));
      },
      set prompt(prompt: ValidationPrompt) {
        each((cell) => (cell.validation = { ...cell.validation, prompt }));
      },
      set errorAlert(errorAlert: ValidationAlert) {
        each((cell) => (cell.validation = { ...cell.validation, errorAlert }));
      },
      clear: () => each((cell) => (cell.validation = undefined)),
    };
  }

  get conditionalFormats() {
    const later = (describe: unknown, run: () => void) => this.later(describe, run);
    const resolve = () => this.resolve();
    return {
      add(type: string) {
        if (type !== 'Custom') throw new Error(`The in-memory Excel supports custom conditional formats only (got ${type})`);
        const model = { range: '', formula: '', fill: undefined as string | undefined, fontColor: undefined as string | undefined };
        later({ conditionalFormat: type }, () => {
          const { sheet, range } = resolve();
          model.range = rangeAddress(range.top, range.left, range.bottom, range.right);
          sheet.conditionalFormats.push(model);
        });
        const set = (apply: () => void) => later({ conditionalFormat: 'set' }, apply);
        return {
          custom: {
            rule: {
              set formula(f: string) {
                set(() => (model.formula = f));
              },
            },
            format: {
              fill: {
                set color(c: string) {
                  set(() => (model.fill = c));
                },
              },
              font: {
                set color(c: string) {
                  set(() => (model.fontColor = c));
                },
              },
            },
          },
        };
      },
      clearAll: () => this.later({ conditionalFormats: 'clearAll' }, () => {
        const { sheet, range } = this.resolve();
        const here = rangeAddress(range.top, range.left, range.bottom, range.right);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.range !== here);
      }),
    };
  }

  merge(across = false): void {
    this.later({ merge: across }, () => {
      const { sheet, range } = this.resolve();
      if (across) for (let r = range.top; r <= range.bottom; r += 1) sheet.merges.push(rangeAddress(r, range.left, r, range.right));
      else sheet.merges.push(rangeAddress(range.top, range.left, range.bottom, range.right));
    });
  }

  select(): void {
    this.later({ select: true }, () => {
      const { sheet, range } = this.resolve();
      this.context.model.selection = { sheet: sheet.name, address: rangeAddress(range.top, range.left, range.bottom, range.right) };
      this.context.model.activeSheetId = sheet.id;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.target();
      return t && { sheet: t.sheet, range: { top: t.range.top + row, left: t.range.left + column, bottom: t.range.top + row, right: t.range.left + column } };
    });
  }

  private write(kind: 'values' | 'formulas', input: unknown): void {
    this.later({ set: kind, input }, () => {
      const { sheet } = this.resolve();
      this.each((cell, r, c, row, column) => {
        if (sheet.protection.protected && cell.locked) throw protectedCell(cellAddress(row, column));
        storeInput(cell, grid(input, r, c));
      });
    });
  }

  private each(visit: (cell: CellModel, r: number, c: number, row: number, column: number) => void): void {
    const { sheet, range } = this.resolve();
    forEachCell(range, (row, column) => visit(cellAt(sheet, row, column), row - range.top, column - range.left, row, column));
  }
}
