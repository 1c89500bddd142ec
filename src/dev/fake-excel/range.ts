import type { GridRange } from '../../core/a1';
import { cellCount, checked, contains, formatAddress, intersects, MAX_COLUMNS, MAX_ROWS, parseAddress, qualifiedAddress } from './address';
import { PAYLOAD_LIMIT_BYTES, type FakeContext } from './context';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import { FakeDataValidation } from './dataValidation';
import { invalidArgument, responseTooLarge } from './errors';
import { guardContents, guardFormat } from './guards';
import { parseInput, store, type Input } from './input';
import { cellAt, emptyCell, forEachCell, peekCell, type CellModel, type SheetModel } from './model';
import { cellProperties } from './cellProperties';
import { displayText } from './numberFormat';
import { childPath, FakeClientResult, LocatedObject, type ClientObject } from './proxy';
import { FakeRangeAreas } from './rangeAreas';
import { RangeFormat } from './rangeFormat';
import { grid, type Locate, type Target } from './target';

/**
 * Range. Contents written through `values` or `formulas` are read as Excel
 * reads them (input.ts); a formula's `values` entry is its cached result, ""
 * here because the fake never calculates. Cell formats live in `format`.
 */

const GRID_PROPERTIES = ['values', 'formulas', 'text', 'numberFormat', 'valueTypes'];

function valueType(cell: CellModel | undefined): string {
  const value = cell?.value ?? null;
  if (value === null || value === '') return 'Empty';
  return typeof value === 'number' ? 'Double' : typeof value === 'boolean' ? 'Boolean' : 'String';
}

/** A 2-D input must match the range; one value (not an array) applies to every cell. */
function shaped(input: unknown, range: GridRange, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = range.bottom - range.top + 1;
  const columns = range.right - range.left + 1;
  const fits = input.length === rows && input.every((row) => Array.isArray(row) && row.length === columns);
  if (!fits) throw invalidArgument(`${what}: the input array is not ${rows}×${columns}, the size of the range`);
  return (r, c) => (input as unknown[][])[r]?.[c];
}

function hiddenState(hidden: Set<number>, from: number, to: number): boolean | null {
  let count = 0;
  for (const i of hidden) if (i >= from && i <= to) count += 1;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

export class FakeRange extends LocatedObject<Target> {
  protected readonly typeName = 'Range';
  protected readonly scalarProperties = [
    'address',
    'addressLocal',
    'values',
    'formulas',
    'text',
    'numberFormat',
    'valueTypes',
    'rowCount',
    'columnCount',
    'cellCount',
    'rowIndex',
    'columnIndex',
    'rowHidden',
    'columnHidden',
  ];
  private formatProxy: RangeFormat | undefined;
  private validationProxy: FakeDataValidation | undefined;

  /** `locate` is resolved at each sync: see target.ts. */
  constructor(context: FakeContext, locate: Locate) {
    super(context, locate, 'range of a null object');
  }

  snapshot(property: string): unknown {
    const { sheet, range } = this.located();
    // Excel would send every cell of a whole column; refuse before building a million rows.
    if (GRID_PROPERTIES.includes(property) && cellCount(range) * 3 > PAYLOAD_LIMIT_BYTES) throw responseTooLarge(cellCount(range) * 3);
    switch (property) {
      case 'address':
      case 'addressLocal':
        return qualifiedAddress(sheet.name, range);
      case 'values':
        return grid(sheet, range, (cell) => cell?.value ?? '');
      case 'formulas':
        return grid(sheet, range, (cell) => cell?.formula ?? cell?.value ?? '');
      case 'text':
        return grid(sheet, range, (cell) => (cell ? displayText(cell.value, cell.numberFormat) : ''));
      case 'numberFormat':
        return grid(sheet, range, (cell) => cell?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid(sheet, range, valueType);
      case 'rowCount':
        return range.bottom - range.top + 1;
      case 'columnCount':
        return range.right - range.left + 1;
      case 'cellCount':
        return cellCount(range);
      case 'rowIndex':
        return range.top;
      case 'columnIndex':
        return range.left;
      case 'rowHidden':
        return hiddenState(sheet.hiddenRows, range.top, range.bottom);
      default:
        return hiddenState(sheet.hiddenColumns, range.left, range.right);
    }
  }

  protected override navigate(name: string): ClientObject | undefined {
    return name === 'format' ? this.format : name === 'dataValidation' ? this.dataValidation : undefined;
  }

  get address(): string {
    return this.read('address');
  }
  get addressLocal(): string {
    return this.read('addressLocal');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown[][]) {
    this.writeContents('values', input);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown[][]) {
    this.writeContents('formulas', input);
  }
  get text(): string[][] {
    return this.read('text');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.later({ set: 'numberFormat', value: input }, () => {
      const { sheet, range } = this.located();
      const at = shaped(input, range, 'numberFormat');
      guardFormat(sheet, 'cells', 'setting numberFormat');
      this.each((cell, r, c) => (cell.numberFormat = String(at(r, c))));
    });
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowHidden(): boolean {
    return this.read('rowHidden');
  }
  /** Hides or shows the whole rows the range spans. */
  set rowHidden(hidden: boolean) {
    this.context.model.requirements.require('Range.rowHidden');
    this.setHidden('rows', hidden);
  }
  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.context.model.requirements.require('Range.columnHidden');
    this.setHidden('columns', hidden);
  }

  /** Format objects of a null range, like its methods, fail the sync with ItemNotFound. */
  get format(): RangeFormat {
    this.formatProxy ??= new RangeFormat(this.context, this.within('format')).at(this, 'format');
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.context.model.requirements.require('Range.dataValidation');
    this.validationProxy ??= new FakeDataValidation(this.context, this.within('dataValidation')).at(this, 'dataValidation');
    return this.validationProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.context.model.requirements.require('Range.conditionalFormats');
    return new FakeConditionalFormatCollection(this.context, this.within('conditionalFormats'), childPath(this, 'conditionalFormats'));
  }

  /** ExcelApi 1.9: each cell's format, only the parts `options` names (cellProperties.ts). */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    this.context.model.requirements.require('Range.getCellProperties');
    const targetOf = this.within('getCellProperties');
    return new FakeClientResult(
      this.context,
      { on: this.typeName, getCellProperties: options },
      () => {
        const { sheet, range } = targetOf();
        return cellProperties(sheet, range, options);
      },
      this,
    );
  }

  /**
   * ExcelApi 1.13: the merged areas of the range, whole, or a null object when
   * there is none. That an area only partly inside the range comes back whole is
   * not verified (the types say "the merged areas in this range").
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.model.requirements.require('Range.getMergedAreasOrNullObject');
    const targetOf = this.within('getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.context, () => {
      const { sheet, range } = targetOf();
      const areas = sheet.merges.map((m) => parseAddress(m).range).filter((area) => intersects(area, range));
      return areas.length > 0 ? { sheet, areas } : undefined;
    }).at(this, 'getMergedAreasOrNullObject');
  }

  /** A range computed from this one at sync, checked against the grid's edges; of a null range, ItemNotFound. */
  private derived(name: string, args: readonly number[], compute: (range: GridRange) => GridRange): FakeRange {
    const targetOf = this.within(name);
    const what = `${name}(${args.join(', ')})`;
    return new FakeRange(this.context, () => {
      const target = targetOf();
      return { sheet: target.sheet, range: checked(compute(target.range), what) };
    }).at(this, name, args);
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived('getCell', [row, column], (r) => ({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (r) => ({
      top: r.top + rowOffset,
      left: r.left + columnOffset,
      bottom: r.bottom + rowOffset,
      right: r.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    this.context.model.requirements.require('Range.getResizedRange');
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (r) => ({ ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns }));
  }
  getRow(row: number): FakeRange {
    return this.derived('getRow', [row], (r) => ({ ...r, top: r.top + row, bottom: r.top + row }));
  }
  getColumn(column: number): FakeRange {
    return this.derived('getColumn', [column], (r) => ({ ...r, left: r.left + column, right: r.left + column }));
  }
  getEntireRow(): FakeRange {
    return this.derived('getEntireRow', [], (r) => ({ ...r, left: 0, right: MAX_COLUMNS - 1 }));
  }
  getEntireColumn(): FakeRange {
    return this.derived('getEntireColumn', [], (r) => ({ ...r, top: 0, bottom: MAX_ROWS - 1 }));
  }

  /**
   * Merging keeps the top-left cell's contents and drops the others', as the
   * API does without asking. A merge overlapping earlier ones replaces them.
   */
  merge(across = false): void {
    this.context.model.requirements.require('Range.merge');
    this.later({ merge: across }, () => {
      const { sheet, range } = this.located();
      guardFormat(sheet, 'structure', 'merging');
      const areas = across ? Array.from({ length: range.bottom - range.top + 1 }, (_, i) => ({ ...range, top: range.top + i, bottom: range.top + i })) : [range];
      sheet.merges = sheet.merges.filter((m) => !intersects(parseAddress(m).range, range));
      for (const area of areas) {
        if (cellCount(area) === 1) continue;
        forEachCell(area, (row, column) => {
          const cell = peekCell(sheet, row, column);
          if (cell && (row !== area.top || column !== area.left)) store(cell, { value: null, formula: undefined });
        });
        sheet.merges.push(formatAddress(area));
      }
    });
  }

  unmerge(): void {
    this.context.model.requirements.require('Range.unmerge');
    this.later({ unmerge: true }, () => {
      const { sheet, range } = this.located();
      guardFormat(sheet, 'structure', 'unmerging');
      sheet.merges = sheet.merges.filter((m) => !intersects(parseAddress(m).range, range));
    });
  }

  /** Selects the range and activates its sheet; Excel raises onSelectionChanged. */
  select(): void {
    this.later({ select: true }, (batch) => {
      const { sheet, range } = this.located();
      this.context.model.selection = { sheet: sheet.name, address: formatAddress(range) };
      this.context.model.activeSheetId = sheet.id;
      batch.selections.push({ sheetId: sheet.id, range });
    });
  }

  /** Range.clear(applyTo): "All" (default), "Contents" or "Formats". */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.later({ clear: applyTo }, (batch) => {
      const { sheet, range } = this.located();
      if (applyTo !== 'Formats') guardContents(sheet, range, 'clearing');
      if (applyTo !== 'Contents') guardFormat(sheet, 'cells', 'clearing formats');
      this.each((cell) => {
        if (applyTo !== 'Formats') store(cell, { value: null, formula: undefined });
        if (applyTo !== 'Contents') Object.assign(cell, { ...emptyCell(), value: cell.value, formula: cell.formula, validation: cell.validation });
      });
      if (applyTo !== 'Formats') batch.changes.push({ sheetId: sheet.id, range });
    });
  }

  private writeContents(kind: 'values' | 'formulas', input: unknown): void {
    this.later({ set: kind, value: input }, (batch) => {
      const { sheet, range } = this.located();
      const at = shaped(input, range, kind);
      guardContents(sheet, range, `setting ${kind}`);
      const valueAt = () => peekCell(sheet, range.top, range.left)?.value ?? null;
      const before = valueAt();
      // Every entry is read before any is stored: one Excel refuses (a text over 32,767 characters) fails the write whole.
      const inputs = new Map<string, Input>();
      forEachCell(range, (row, column) =>
        inputs.set(`${row},${column}`, parseInput(at(row - range.top, column - range.left), peekCell(sheet, row, column)?.numberFormat ?? 'General')),
      );
      this.each((cell, r, c) => store(cell, inputs.get(`${r + range.top},${c + range.left}`) as Input));
      batch.changes.push({ sheetId: sheet.id, range, ...(cellCount(range) === 1 ? { before, after: valueAt() } : {}) });
    });
  }

  private setHidden(kind: 'rows' | 'columns', hidden: boolean): void {
    this.later({ set: kind === 'rows' ? 'rowHidden' : 'columnHidden', value: hidden }, () => {
      const { sheet, range } = this.located();
      guardFormat(sheet, kind, `hiding ${kind}`);
      const set = kind === 'rows' ? sheet.hiddenRows : sheet.hiddenColumns;
      const [from, to] = kind === 'rows' ? [range.top, range.bottom] : [range.left, range.right];
      for (let i = from; i <= to; i += 1) {
        if (hidden) set.add(i);
        else set.delete(i);
      }
    });
  }

  private each(visit: (cell: CellModel, r: number, c: number) => void): void {
    const { sheet, range } = this.located();
    forEachCell(range, (row, column) => visit(cellAt(sheet, row, column), row - range.top, column - range.left));
  }
}

/** Is the area a merged cell's non-anchor part, or does it cut through a merge? (For the simulated paste.) */
export function cutsMerge(sheet: SheetModel, area: GridRange): boolean {
  return sheet.merges.some((m) => {
    const merged = parseAddress(m).range;
    return intersects(merged, area) && !contains(area, merged);
  });
}
