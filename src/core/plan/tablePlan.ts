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

/** The rows as written: an Excel Table keeps at least one data row. */
export const tableBody = (plan: TablePlan): readonly (readonly TableCell[])[] =>
  plan.rows.length > 0 ? plan.rows : [plan.header.map(() => null)];
