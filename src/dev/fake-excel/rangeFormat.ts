import type { GridRange } from '../../core/a1';
import type { FakeContext } from './context';
import { cellAt, forEachCell, type CellModel, type SheetModel } from './model';

type Resolve = () => { sheet: SheetModel; range: GridRange };

/** Range.format: every setter is queued and applied to each cell (or to the rows and columns) at sync. */
export class RangeFormat {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: Resolve,
  ) {}

  private cells(describe: unknown, apply: (cell: CellModel) => void): void {
    this.context.enqueue(describe, () => {
      const { sheet, range } = this.resolve();
      forEachCell(range, (r, c) => apply(cellAt(sheet, r, c)));
    });
  }

  get font() {
    const set = (key: 'name' | 'size' | 'bold' | 'italic' | 'color', value: unknown) =>
      this.cells({ font: key, value }, (cell) => (cell.font = { ...cell.font, [key]: value }));
    return {
      set name(v: string) {
        set('name', v);
      },
      set size(v: number) {
        set('size', v);
      },
      set bold(v: boolean) {
        set('bold', v);
      },
      set italic(v: boolean) {
        set('italic', v);
      },
      set color(v: string) {
        set('color', v);
      },
    };
  }

  get fill() {
    const set = (v: string | undefined) => this.cells({ fill: v }, (cell) => (cell.fill = v));
    return {
      set color(v: string) {
        set(v);
      },
      clear: () => set(undefined),
    };
  }

  get protection() {
    const set = (locked: boolean) => this.cells({ locked }, (cell) => (cell.locked = locked));
    return {
      set locked(v: boolean) {
        set(v);
      },
    };
  }

  set horizontalAlignment(v: string) {
    this.cells({ horizontalAlignment: v }, (cell) => (cell.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.cells({ verticalAlignment: v }, (cell) => (cell.verticalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.cells({ wrapText: v }, (cell) => (cell.wrapText = v));
  }
  /** ExcelApi 1.9: refused at call time on a 1.8 host, as Office.js does. */
  set indentLevel(v: number) {
    this.context.model.require('Range.format.indentLevel', '1.9');
    this.cells({ indentLevel: v }, (cell) => (cell.indentLevel = v));
  }
  set columnWidth(points: number) {
    this.context.enqueue({ columnWidth: points }, () => {
      const { sheet, range } = this.resolve();
      for (let c = range.left; c <= range.right; c += 1) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.context.enqueue({ rowHeight: points }, () => {
      const { sheet, range } = this.resolve();
      for (let r = range.top; r <= range.bottom; r += 1) sheet.rowHeights.set(r, points);
    });
  }

  get borders() {
    return {
      getItem: (edge: string) => {
        const set = (key: 'style' | 'weight' | 'color', value: string) =>
          this.cells({ border: edge, key, value }, (cell) => (cell.borders = { ...cell.borders, [edge]: { ...cell.borders[edge], [key]: value } }));
        return {
          set style(v: string) {
            set('style', v);
          },
          set weight(v: string) {
            set('weight', v);
          },
          set color(v: string) {
            set('color', v);
          },
        };
      },
    };
  }
}
