import type { SheetIdentity } from '../identity';

/**
 * Everything a host needs to draw one form sheet, and nothing it has to decide.
 * The Excel host and the .xlsx host both apply a SheetPlan; a contract test
 * compares what each produces, cell by cell.
 */

export type HorizontalAlignment = 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'center' | 'bottom';

export type CellStyle = {
  readonly bold: boolean;
  readonly italic: boolean;
  /** Points. */
  readonly size: number;
  /** "#RRGGBB". */
  readonly color: string;
  /** "#RRGGBB", or undefined for no fill. */
  readonly fill: string | undefined;
  readonly horizontal: HorizontalAlignment;
  readonly vertical: VerticalAlignment;
  readonly wrap: boolean;
  readonly indent: number;
};

export type PlanCell = {
  /** A constant, or null for an empty cell. Ignored when `formula` is set. */
  readonly value: string | number | null;
  /** An Excel formula in en-US syntax, starting with "=". */
  readonly formula?: string;
  /** What the formula gives now, when known (a summary's sums): stored in files for readers that do not recalculate. */
  readonly result?: number;
  readonly numberFormat: string;
  /** Index into SheetPlan.styles. */
  readonly style: number;
  readonly locked: boolean;
};

export type NumericValidation = {
  /** A1 range of cells sharing the rule. */
  readonly range: string;
  readonly kind: 'whole' | 'decimal';
  readonly min: number;
  readonly prompt: { readonly title: string; readonly message: string };
  readonly error: { readonly title: string; readonly message: string };
};

export type ConditionalFormat = {
  readonly range: string;
  /** Formula relative to the top-left cell of `range`; true turns the cell to `fill`. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
};

export type SheetPlan = {
  readonly sheetName: string;
  readonly identity: SheetIdentity;
  readonly font: string;
  /** Rows × columns; every row has the same length. */
  readonly cells: readonly (readonly PlanCell[])[];
  readonly styles: readonly CellStyle[];
  readonly merges: readonly string[];
  /** Ranges drawn with thin borders on every cell edge (the table). */
  readonly borders: readonly string[];
  /** Character widths, one per column. */
  readonly columnWidths: readonly number[];
  /** Points, one per row; undefined keeps the default. */
  readonly rowHeights: readonly (number | undefined)[];
  /** 0-based rows hidden from view (the identity marker). */
  readonly hiddenRows: readonly number[];
  readonly validations: readonly NumericValidation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Rows above this (0-based count) stay frozen while scrolling. */
  readonly frozenRows: number;
  readonly print: {
    readonly orientation: 'landscape';
    readonly paper: 'A4';
    readonly fitToPagesWide: 1;
    /** 1-based inclusive rows repeated on every printed page. */
    readonly titleRows: { readonly first: number; readonly last: number };
    /** What prints, one A1 rectangle ("A2:H40"): the form without the marker row, the Kiểm tra column and the status line. */
    readonly area: string;
  };
  /** No password; locked cells selectable; rows and columns may be resized. */
  readonly protection: { readonly allowFormatRows: true; readonly allowFormatColumns: true; readonly selectLocked: true };
};
