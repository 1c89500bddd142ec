import { cellAddress, type GridRange } from '../a1';
import { clean } from './text';
import type { CellBorders, DesignCell, DesignGrid } from './types';

const NO_BORDERS: CellBorders = { top: false, right: false, bottom: false, left: false };

/**
 * Read access to a DesignGrid: a merge's covered cells answer with nothing of
 * their own (as Excel keeps them), `shown` answers with what the eye sees
 * there (the merge's text), and borders count from either side of an edge.
 */
export class SheetView {
  private readonly mergeIndex = new Map<string, GridRange>();

  constructor(readonly grid: DesignGrid) {
    for (const m of grid.merges)
      for (let r = m.top; r <= m.bottom; r += 1) for (let c = m.left; c <= m.right; c += 1) this.mergeIndex.set(`${r},${c}`, m);
  }

  get bounds(): GridRange {
    return this.grid.bounds;
  }

  inBounds(row: number, column: number): boolean {
    const b = this.grid.bounds;
    return row >= b.top && row <= b.bottom && column >= b.left && column <= b.right;
  }

  cell(row: number, column: number): DesignCell | undefined {
    return this.inBounds(row, column) ? this.grid.cells[row]?.[column] : undefined;
  }

  mergeAt(row: number, column: number): GridRange | undefined {
    return this.mergeIndex.get(`${row},${column}`);
  }

  /** Part of a merge, but not its top-left cell. */
  covered(row: number, column: number): boolean {
    const m = this.mergeAt(row, column);
    return m !== undefined && (m.top !== row || m.left !== column);
  }

  /** The cell that holds what (row, column) shows: the merge's top-left cell, or itself. */
  master(row: number, column: number): { row: number; column: number } {
    const m = this.mergeAt(row, column);
    return m ? { row: m.top, column: m.left } : { row, column };
  }

  /** The cell's own text: a number as written, '' for a blank or covered cell. */
  text(row: number, column: number): string {
    if (this.covered(row, column)) return '';
    const value = this.cell(row, column)?.value;
    if (value === null || value === undefined || typeof value === 'boolean') return '';
    return clean(String(value));
  }

  /** What the eye sees at (row, column): the merge's text for a covered cell. */
  shown(row: number, column: number): string {
    const m = this.master(row, column);
    return this.text(m.row, m.column);
  }

  formula(row: number, column: number): string | undefined {
    return this.covered(row, column) ? undefined : this.cell(row, column)?.formula;
  }

  /** A number typed or computed into the cell; numeric text ("12") counts, "1.234" (ambiguous in Vietnamese) does not. */
  number(row: number, column: number): number | undefined {
    if (this.covered(row, column)) return undefined;
    const value = this.cell(row, column)?.value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
    return undefined;
  }

  blank(row: number, column: number): boolean {
    return this.text(row, column) === '' && this.formula(row, column) === undefined;
  }

  rowBlank(row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c += 1) if (!this.blank(row, c)) return false;
    return true;
  }

  bold(row: number, column: number): boolean {
    const m = this.master(row, column);
    return this.cell(m.row, m.column)?.bold === true;
  }

  italic(row: number, column: number): boolean {
    const m = this.master(row, column);
    return this.cell(m.row, m.column)?.italic === true;
  }

  indent(row: number, column: number): number {
    const m = this.master(row, column);
    return this.cell(m.row, m.column)?.indent ?? 0;
  }

  fill(row: number, column: number): string | undefined {
    return this.cell(row, column)?.fill;
  }

  numberFormat(row: number, column: number): string | undefined {
    return this.cell(row, column)?.numberFormat;
  }

  /** Edges drawn around the cell, from its own borders or its neighbours' facing ones. */
  borders(row: number, column: number): CellBorders {
    const own = this.cell(row, column)?.borders ?? NO_BORDERS;
    const side = (r: number, c: number, edge: keyof CellBorders) => this.cell(r, c)?.borders?.[edge] === true;
    return {
      top: own.top || side(row - 1, column, 'bottom'),
      bottom: own.bottom || side(row + 1, column, 'top'),
      left: own.left || side(row, column - 1, 'right'),
      right: own.right || side(row, column + 1, 'left'),
    };
  }

  bordered(row: number, column: number): boolean {
    const b = this.borders(row, column);
    return b.top || b.bottom || b.left || b.right;
  }

  /** Bordered by the cell's own edges or its row neighbours' (not by the row above's bottom edge: a footer under a table is not in it). */
  ownBordered(row: number, column: number): boolean {
    const own = this.cell(row, column)?.borders;
    return (
      (own !== undefined && (own.top || own.bottom || own.left || own.right)) ||
      this.cell(row, column - 1)?.borders?.right === true ||
      this.cell(row, column + 1)?.borders?.left === true
    );
  }

  address(row: number, column: number): string {
    return cellAddress(row, column);
  }
}
