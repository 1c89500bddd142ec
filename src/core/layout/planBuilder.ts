import { rangeAddress } from '../a1';
import { MAX_CELL_TEXT } from '../cellText';
import { fitsExcel } from '../excelNumber';
import type { CellStyle, NumericValidation, PlanCell } from '../plan/types';

/**
 * A mutable grid the layout writes into, cell by cell, before freezing it into a
 * SheetPlan. Styles are interned so that hosts apply one format per distinct
 * style, not one per cell.
 */

export const BASE_STYLE: CellStyle = {
  bold: false,
  italic: false,
  size: 12,
  color: '#000000',
  fill: undefined,
  horizontal: 'left',
  vertical: 'center',
  wrap: false,
  indent: 0,
};

export type CellSpec = {
  readonly value?: string | number | null;
  readonly formula?: string;
  readonly result?: number;
  readonly numberFormat?: string;
  readonly style?: Partial<CellStyle>;
  readonly locked?: boolean;
};

export class PlanBuilder {
  readonly cells: PlanCell[][];
  readonly styles: CellStyle[] = [BASE_STYLE];
  readonly merges: string[] = [];
  readonly borders: string[] = [];
  readonly validations: NumericValidation[] = [];
  readonly rowHeights: (number | undefined)[] = [];
  private readonly styleIndex = new Map<string, number>([[JSON.stringify(BASE_STYLE), 0]]);

  constructor(
    rows: number,
    readonly columnCount: number,
  ) {
    const empty: PlanCell = { value: null, numberFormat: 'General', style: 0, locked: true };
    this.cells = Array.from({ length: rows }, () => Array.from({ length: columnCount }, () => empty));
  }

  set(row: number, column: number, spec: CellSpec): void {
    const target = this.cells[row];
    if (!target || column >= this.columnCount) throw new RangeError(`Ô (${row}, ${column}) nằm ngoài biểu`);
    // Excel refuses a longer text (cellText.ts): whatever can grow is cut or spread over cells before it gets here.
    if (typeof spec.value === 'string' && spec.value.length > MAX_CELL_TEXT)
      throw new RangeError(`Ô (${row}, ${column}) có ${spec.value.length} ký tự, quá ${MAX_CELL_TEXT} ký tự một ô Excel chứa được`);
    // Excel cannot hold Infinity or a number past 9.99999999999999E+307 (excelNumber.ts): a file holding one is invalid.
    if (typeof spec.value === 'number' && !fitsExcel(spec.value)) throw new RangeError(`Ô (${row}, ${column}) có số ${spec.value}, Excel không lưu được`);
    if (spec.result !== undefined && !fitsExcel(spec.result)) throw new RangeError(`Ô (${row}, ${column}) có kết quả ${spec.result}, Excel không lưu được`);
    const { formula, result } = spec;
    target[column] = {
      value: spec.value ?? null,
      ...(formula !== undefined ? { formula } : {}),
      ...(result !== undefined ? { result } : {}),
      numberFormat: spec.numberFormat ?? 'General',
      style: this.intern({ ...BASE_STYLE, ...spec.style }),
      locked: spec.locked ?? true,
    };
  }

  /** Writes `spec` into the top-left cell and merges the block; the other cells share its style so borders and fills match. */
  setMerged(top: number, left: number, bottom: number, right: number, spec: CellSpec): void {
    // The other cells of a merge share the style only: a formula or value there would be hidden and stale.
    const covered: CellSpec = { style: spec.style ?? {}, locked: spec.locked ?? true, numberFormat: spec.numberFormat ?? 'General' };
    for (let r = top; r <= bottom; r += 1)
      for (let c = left; c <= right; c += 1) this.set(r, c, r === top && c === left ? spec : covered);
    if (top !== bottom || left !== right) this.merges.push(rangeAddress(top, left, bottom, right));
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = points;
  }

  private intern(style: CellStyle): number {
    const key = JSON.stringify(style);
    let index = this.styleIndex.get(key);
    if (index === undefined) {
      index = this.styles.length;
      this.styles.push(style);
      this.styleIndex.set(key, index);
    }
    return index;
  }
}
