import { fitCellText } from '../cellText';
import { fitsExcel } from '../excelNumber';

/**
 * A sheet that is one filterable Excel Table under a few title lines: the
 * per-unit data a summary sums, the status of every unit, the roster. Both
 * hosts write it; unlike a form it is not protected, so a unit's row can be
 * corrected and the summary follows.
 */

export type TableCell = string | number | null;

export type TablePlan = {
  readonly sheetName: string;
  /** Text of A1, in a hidden first row: how a later merge knows the add-in wrote the sheet. */
  readonly marker: string;
  /** Lines above the table; the first is the sheet's title. */
  readonly titles: readonly string[];
  /** Excel Table name: letters, digits and underscores. */
  readonly tableName: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Character widths, one per column. */
  readonly columnWidths: readonly number[];
  /** One per column. */
  readonly numberFormats: readonly string[];
};

/** 0-based sheet row of the table's header. */
export const tableHeaderRow = (plan: TablePlan) => 1 + plan.titles.length;

/**
 * The rows as written: an Excel Table keeps at least one data row. Whatever
 * the rows hold, the file stays valid: a text past Excel's 32,767 characters
 * is cut with a visible "…" (a status note joined from many), and a number
 * Excel cannot hold is a programming error, refused before anything is
 * written (the merge never sums one: excelNumber.ts).
 */
export function tableBody(plan: TablePlan): readonly (readonly TableCell[])[] {
  if (plan.rows.length === 0) return [plan.header.map(() => null)];
  // The Office.js host asks again for every block it sends: 30,000 rows are gone through once.
  const known = bodies.get(plan);
  if (known) return known;
  const body = plan.rows.map((row, r) =>
    row.map((cell, c) => {
      if (typeof cell === 'number' && !fitsExcel(cell)) throw new RangeError(`Bảng ${plan.sheetName}, hàng ${r + 1}, cột ${c + 1} có số ${cell}, Excel không lưu được`);
      return typeof cell === 'string' ? fitCellText(cell) : cell;
    }),
  );
  bodies.set(plan, body);
  return body;
}

const bodies = new WeakMap<TablePlan, readonly (readonly TableCell[])[]>();
