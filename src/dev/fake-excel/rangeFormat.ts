import type { GridRange } from '../../core/a1';
import type { FakeContext } from './context';
import { notSimulated } from './errors';
import { guardFormat } from './guards';
import { cellAt, forEachCell, peekCell, type BorderEdge, type CellBorder, type CellFont, type SheetModel } from './model';
import { childPath, LocatedObject } from './proxy';
import { field, StyleProxy, type StyleProperty } from './style';
import type { Locate, Target } from './target';

/**
 * Range.format and what hangs off it. Sizes are in points; Excel's defaults
 * (Calibri 11, 48 pt columns, 15 pt rows) answer for untouched cells.
 */

const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

function fontField<K extends keyof CellFont>(key: K, fallback: NonNullable<CellFont[K]>): StyleProperty {
  return {
    read: (cell) => cell?.font[key] ?? fallback,
    write: (cell, value) => {
      cell.font = { ...cell.font, [key]: value };
    },
  };
}

function lineSizes(map: Map<number, number>, from: number, to: number, fallback: number): unknown {
  const sizes = new Set<number>();
  for (let i = from; i <= to && sizes.size < 2; i += 1) sizes.add(map.get(i) ?? fallback);
  return sizes.size === 1 ? [...sizes][0] : null;
}

function setLines(map: Map<number, number>, from: number, to: number, value: unknown): void {
  if (typeof value !== 'number' || value < 0) throw new TypeError('A width or height is a number of points');
  for (let i = from; i <= to; i += 1) map.set(i, value);
}

export class RangeFormat extends StyleProxy {
  constructor(context: FakeContext, locate: Locate) {
    super(context, 'RangeFormat', locate, {
      horizontalAlignment: field('horizontalAlignment', 'General'),
      verticalAlignment: field('verticalAlignment', 'Bottom'),
      wrapText: field('wrapText', false),
      indentLevel: field('indentLevel', 0, { api: 'Range.format.indentLevel' }),
      autoIndent: field('autoIndent', false, { api: 'Range.format.autoIndent' }),
      columnWidth: {
        readRange: (sheet: SheetModel, r: GridRange) => lineSizes(sheet.columnWidths, r.left, r.right, DEFAULT_COLUMN_WIDTH),
        writeRange: (sheet: SheetModel, r: GridRange, v: unknown) => setLines(sheet.columnWidths, r.left, r.right, v),
        kind: 'columns',
        api: 'Range.format.columnWidth',
      },
      rowHeight: {
        readRange: (sheet: SheetModel, r: GridRange) => lineSizes(sheet.rowHeights, r.top, r.bottom, DEFAULT_ROW_HEIGHT),
        writeRange: (sheet: SheetModel, r: GridRange, v: unknown) => setLines(sheet.rowHeights, r.top, r.bottom, v),
        kind: 'rows',
        api: 'Range.format.rowHeight',
      },
    });
  }

  protected override get navigable(): readonly string[] {
    return ['font', 'fill', 'protection'];
  }

  get font(): StyleProxy {
    return this.child(
      'font',
      () =>
        new StyleProxy(this.context, 'RangeFont', this.locate, {
          name: fontField('name', 'Calibri'),
          size: fontField('size', 11),
          bold: fontField('bold', false),
          italic: fontField('italic', false),
          color: fontField('color', '#000000'),
        }).at(this, 'font'),
    );
  }

  get fill(): RangeFill {
    return this.child('fill', () => new RangeFill(this.context, this.locate).at(this, 'fill'));
  }

  get protection(): StyleProxy {
    this.context.model.requirements.require('Range.format.protection');
    return this.child('protection', () => new StyleProxy(this.context, 'FormatProtection', this.locate, { locked: field('locked', true) }).at(this, 'protection'));
  }

  get borders(): { getItem(edge: string): RangeBorder } {
    const borders = { path: childPath(this, 'borders') };
    return { getItem: (edge: string) => this.child(`border:${edge}`, () => new RangeBorder(this.context, this.locate, edge).at(borders, 'getItem', [edge])) };
  }
}

/** Office.js reports no fill as white. */
export class RangeFill extends StyleProxy {
  constructor(context: FakeContext, locate: Locate) {
    super(context, 'RangeFill', locate, { color: { ...field('fill', undefined), read: (cell) => cell?.fill ?? '#FFFFFF' } });
  }

  clear(): void {
    this.write('color', undefined);
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

/**
 * Which cell edges a range border is: an outer edge is the side of the cells
 * along it; an inside border is both facing sides of every inner seam.
 */
function edgeCells(range: GridRange, edge: string): [number, number, BorderEdge][] {
  const out: [number, number, BorderEdge][] = [];
  forEachCell(range, (row, column) => {
    if (edge === 'EdgeTop' && row === range.top) out.push([row, column, 'EdgeTop']);
    if (edge === 'EdgeBottom' && row === range.bottom) out.push([row, column, 'EdgeBottom']);
    if (edge === 'EdgeLeft' && column === range.left) out.push([row, column, 'EdgeLeft']);
    if (edge === 'EdgeRight' && column === range.right) out.push([row, column, 'EdgeRight']);
    if (edge === 'InsideHorizontal' && row > range.top) out.push([row, column, 'EdgeTop']);
    if (edge === 'InsideHorizontal' && row < range.bottom) out.push([row, column, 'EdgeBottom']);
    if (edge === 'InsideVertical' && column > range.left) out.push([row, column, 'EdgeLeft']);
    if (edge === 'InsideVertical' && column < range.right) out.push([row, column, 'EdgeRight']);
  });
  return out;
}

const BORDER_DEFAULTS: Required<CellBorder> = { style: 'None', weight: 'Thin', color: '#000000' };

/** format.borders.getItem(edge): style, weight and color of one edge of the range. */
export class RangeBorder extends LocatedObject<Target> {
  protected readonly typeName = 'RangeBorder';
  protected readonly scalarProperties = ['style', 'weight', 'color', 'sideIndex'];

  constructor(
    context: FakeContext,
    locate: Locate,
    private readonly edge: string,
  ) {
    super(context, locate, 'borders of a null object');
    if (!EDGES.includes(edge)) throw notSimulated(`border ${edge}`);
  }

  snapshot(property: string): unknown {
    if (property === 'sideIndex') return this.edge;
    const { sheet, range } = this.located();
    const key = property as keyof CellBorder;
    const seen = new Set(edgeCells(range, this.edge).map(([r, c, side]) => peekCell(sheet, r, c)?.borders[side]?.[key] ?? BORDER_DEFAULTS[key]));
    // A single cell has no inside edges: Excel answers with the defaults.
    if (seen.size === 0) return BORDER_DEFAULTS[key];
    return seen.size === 1 ? [...seen][0] : null;
  }

  private set(key: keyof CellBorder, value: string): void {
    this.later({ border: this.edge, set: key, value }, () => {
      const { sheet, range } = this.located();
      guardFormat(sheet, 'cells', `setting border ${this.edge}`);
      for (const [row, column, side] of edgeCells(range, this.edge)) {
        const cell = cellAt(sheet, row, column);
        cell.borders = { ...cell.borders, [side]: { ...cell.borders[side], [key]: value } };
      }
    });
  }

  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.set('style', value);
  }
  get weight(): string {
    return this.read('weight');
  }
  set weight(value: string) {
    this.set('weight', value);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.set('color', value);
  }
}
