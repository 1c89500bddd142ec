import type { NumericKind } from '../cellRoles';

/** A cell as a host reads it: its value, and its formula when the cell holds one. */
export type RawCell = {
  readonly value: unknown;
  /** "=…" when the cell holds a formula (Office.js `formulas`, ExcelJS formula cells). */
  readonly formula?: string | undefined;
};

export type Severity = 'error' | 'warning';

export type IssueCode =
  | 'incomplete'
  | 'thousands-separator'
  | 'comma-or-decimal'
  | 'unit-in-number'
  | 'padded-number'
  | 'decimal-comma'
  | 'not-a-number'
  | 'negative'
  | 'fraction-in-count'
  | 'too-many-decimals'
  | 'formula-in-input'
  | 'error-value'
  | 'date-in-number'
  | 'boolean-in-number'
  | 'malformed-number'
  | 'number-too-large'
  | 'missing-unit-name'
  | 'merged-inputs'
  | 'note-too-long'
  | 'form-twice'
  | 'rule';

/** Issue codes of one input cell, as opposed to a broken rule or a sheet-level issue. */
export type InputProblemCode = Exclude<IssueCode, 'rule' | 'incomplete' | 'missing-unit-name' | 'merged-inputs' | 'note-too-long' | 'form-twice'>;

export type Issue = {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly form: string;
  readonly sheet: string;
  readonly row: string;
  readonly column: string;
  /** "E14". */
  readonly address: string;
  /** The rule broken, for code `rule`. */
  readonly rule?: string;
  /** What was found in the cells involved, by address. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly message: string;
  /** The value the pane offers to write instead, when the intent is clear. */
  readonly fix?: number;
};

/** One input cell understood: a usable figure (or blank), and what is wrong with it if anything. */
export type ParsedInput = {
  /** What rules see: a number the spreadsheet also sees as a number, NaN for an error value, else undefined. */
  readonly number: number | undefined;
  readonly blank: boolean;
  readonly problem?: { readonly code: InputProblemCode; readonly fix?: number };
};

export type { NumericKind };

/** A sheet that carries a form's marker but cannot be read as that form. */
export type RefusedSheet = { readonly sheet: string; readonly reason: string };

/** How far a unit has got: its numeric input cells that hold anything (a wrong entry too), of all of them. */
export type InputProgress = { readonly filled: number; readonly total: number };

export type SheetCheck = {
  readonly sheet: string;
  readonly sheetId: string;
  readonly issues: readonly Issue[];
  readonly progress: InputProgress;
};

export type WorkbookCheck = {
  readonly sheets: readonly SheetCheck[];
  readonly refused: readonly RefusedSheet[];
};
