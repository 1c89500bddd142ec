import type { Campaign, FormDef } from '../../forms/schema';
import type { SheetIdentity } from '../identity';
import type { FormSheet } from '../rules/checkForm';
import type { SheetValues } from '../sheetValues';
import type { SheetStamp } from '../stamp/stamp';
import type { Approvals } from './approvals';
import type { MergeProblem } from './problems';
import type { SubmissionCheck } from './stampCheck';
import type { SubmissionEvidence } from './submission';

/** Where sheets came from: a unit's file, or the workbook open in Excel. */
export type SourceInfo = {
  /** The file name, or CURRENT_WORKBOOK for sheets copied into the open workbook. */
  readonly label: string;
  /** SHA-256 of the file's bytes (hex); undefined for the open workbook. */
  readonly sha256: string | undefined;
  /**
   * The file's date as the province's disk or browser gives it (ms since 1970), to prefer the newer of two
   * files. Not when the unit sent it (it is the day the file was saved from the e-mail): see `submission`.
   */
  readonly modified: number | undefined;
  /** What the file says, or the clerk, about when the unit sent it: decides "Đúng hạn / Trễ hạn" (submission.ts). */
  readonly submission?: SubmissionEvidence | undefined;
  /** When it was read, as local "yyyy-mm-dd hh:mm". */
  readonly readAt: string;
};

export const CURRENT_WORKBOOK = 'Sổ này';

/** A unit's file as picked or found: its name, its bytes, and its date on this disk (ms), if known. */
export type SourceFile = { readonly name: string; readonly bytes: Uint8Array; readonly modified: number | undefined };

/** One sheet of a source, as a host read it (values and formulas from A1). */
export type SheetGrid = {
  readonly name: string;
  readonly values: SheetValues;
  readonly formulas?: SheetValues;
  /** The merged ranges within the window ("E11:F11"), where the host reads them: a merge over input cells hides figures (FormSheet.merges). */
  readonly merges?: readonly string[];
};

export type SourceRead =
  | {
      readonly kind: 'read';
      readonly source: SourceInfo;
      readonly sheets: readonly SheetGrid[];
      /** The campaign the file's sheets carry (src/core/campaignCarrier.ts); undefined for older files. */
      readonly campaign?: Campaign | undefined;
    }
  | { readonly kind: 'unreadable'; readonly source: SourceInfo; readonly reason: string };

/** The form sheets one unit sent in one source. */
export type UnitSubmission = {
  readonly key: string;
  readonly unit: string;
  readonly unitType: string;
  readonly source: SourceInfo;
  /** Each sheet with its identity and, once submitted, its submission stamp (src/core/stamp/). */
  readonly sheets: readonly (FormSheet & { readonly identity: SheetIdentity; readonly stamp?: SheetStamp | undefined })[];
  /** For a lower level's summary: the units it already contains. */
  readonly contains: readonly string[] | undefined;
  /** For a lower level's summary: the units it counted although they had errors (SheetIdentity.withErrors). */
  readonly withErrors?: readonly string[] | undefined;
};

export type SourceState = 'merged' | 'partly' | 'refused' | 'unreadable' | 'duplicate' | 'excluded';

/** What became of one source, for the pane's table and the CLI's report. */
export type SourceReport = {
  readonly source: SourceInfo;
  /** Derived from `found` by sourceState (problems.ts). */
  readonly state: SourceState;
  readonly units: readonly string[];
  readonly forms: readonly string[];
  /** What the merge found, as codes and data (problems.ts). */
  readonly found: readonly MergeProblem[];
  /** The same in Vietnamese, naming the file, sheet and cell (wording.ts). */
  readonly problems: readonly string[];
  /** Who submitted it and what changed since (stampCheck.ts); undefined when not submitted. */
  readonly submission?: SubmissionCheck | undefined;
};

export type UnitReport = {
  readonly unit: string;
  readonly unitType: string;
  readonly source: string;
  readonly forms: readonly string[];
  readonly sourceInfo: SourceInfo;
  /** Errors per form key. */
  readonly formErrors: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly warnings: number;
  readonly included: boolean;
  /** Why a unit is not counted: its errors, or the province has not approved it (MergeOptions.onlyApproved). */
  readonly leftOutFor?: 'errors' | 'not-approved' | undefined;
  readonly summaryOf: readonly string[] | undefined;
  /** Short notes for the status sheet: the other file of a duplicate, outliers. */
  readonly notes: string[];
};

export type RosterEntry = { readonly unit: string; readonly unitType: string };

export type Outlier = {
  readonly unit: string;
  readonly form: string;
  readonly sheet: string;
  readonly address: string;
  readonly value: number;
  readonly median: number;
  readonly message: string;
};

/** One figure or note of one unit: a row of the per-unit data table, which the summary sums. */
export type DataRow = {
  readonly unit: string;
  readonly unitType: string;
  readonly form: FormDef;
  readonly row: string;
  readonly column: string;
  readonly value: number | string;
  readonly source: SourceInfo;
};

export type MergeOptions = {
  /** Count units whose sheets have errors; by default they are left out, and the report says so. */
  readonly includeUnitsWithErrors: boolean;
  /** Unit key → label of the source to keep when a unit sent two; otherwise the newer file is kept. */
  readonly keep?: ReadonlyMap<string, string>;
  /** The province's decisions (approvals.ts), shown on the status sheet and the roster. */
  readonly approvals?: Approvals;
  /** Count only units marked "Đã duyệt"; the others are left out with a `not-approved` problem. */
  readonly onlyApproved?: boolean;
};
