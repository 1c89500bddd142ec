import type { GridRange } from '../a1';
import type { FormFile } from '../../forms/schema';

/**
 * What the form designer reads of a sheet, host-free: each cell's value or
 * formula and the formatting an official table speaks through (merges, bold,
 * italic, indent, fills, number formats, borders). Positions are 0-based sheet
 * rows and columns, so every address the designer reports is the original
 * sheet's, whatever range was read.
 */

export type CellBorders = { readonly top: boolean; readonly right: boolean; readonly bottom: boolean; readonly left: boolean };

export type DesignCell = {
  /** A constant, or a formula's cached result (null when the file kept none). Rich text as plain text, errors as "#REF!". */
  readonly value: string | number | boolean | null;
  /** "=SUM(D10:D14)": en-US syntax, shared formulas already translated to this cell. */
  readonly formula?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly indent?: number;
  /** "#RRGGBB" of a solid fill. */
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly borders?: CellBorders;
};

export type DesignGrid = {
  readonly sheet: string;
  /** Where the table is looked for: the used part of the sheet, or the range the user chose. */
  readonly bounds: GridRange;
  /** cells[row][column] in sheet coordinates; missing means empty. */
  readonly cells: readonly (readonly (DesignCell | undefined)[] | undefined)[];
  readonly merges: readonly GridRange[];
};

/** Why the designer decided something, or what it could not decide: where (an A1 address, a row or a column), and why, in Vietnamese. */
export type Finding = { readonly at: string; readonly reason: string };

export type ColumnRole = 'stt' | 'label' | 'unit' | 'code' | 'note' | 'input' | 'formula' | 'percent' | 'spacer' | 'merged';
export type RowRole = 'header' | 'index' | 'section' | 'data' | 'unit' | 'total' | 'percent' | 'marker' | 'spacer' | 'placeholder';

export type ColumnReport = {
  /** "D" */
  readonly column: string;
  readonly role: ColumnRole;
  /** Header texts from the top level down to the column's own. */
  readonly header: readonly string[];
  /** The key of the form's column, for value and note columns. */
  readonly key?: string;
};

export type RowReport = {
  /** 1-based sheet row. */
  readonly row: number;
  readonly role: RowRole;
  readonly stt: string;
  readonly label: string;
  /** 1-based sheet row of the row it belongs under, or null. */
  readonly parent: number | null;
  readonly key?: string;
};

/** Where each row and column of the proposed form sits in the sheet it came from (0-based). */
export type Placement = { readonly rows: ReadonlyMap<string, number>; readonly columns: ReadonlyMap<string, number> };

export type FormProposal = {
  readonly sheet: string;
  /** "A8:H30": the table, header rows included. */
  readonly range: string;
  /** The campaign-file form, which defineForm accepts. */
  readonly form: FormFile;
  readonly placement: Placement;
  readonly columns: readonly ColumnReport[];
  readonly rows: readonly RowReport[];
  /** Every decision, with its reason. */
  readonly decisions: readonly Finding[];
  /** What the designer is not sure of: each needs a person's look before the form is used. */
  readonly uncertain: readonly Finding[];
  /** Wording around the table the campaign's texts could take (issuer, motto, subtitle, period, signers). */
  readonly texts: SheetTexts;
};

export type SheetTexts = {
  readonly issuer?: string;
  readonly motto?: string;
  readonly subtitle?: string;
  readonly period?: string;
  readonly dateLine?: string;
  readonly signers?: readonly { readonly title: string; readonly hint: string }[];
};
