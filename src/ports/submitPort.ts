/**
 * "Nộp biểu" in a unit's pane: what the pane asks of the workbook, apart from
 * WorkbookPort so that adding it changes no existing port. Implemented over
 * Office.js in src/hosts/excel/submitForms.ts.
 */
import type { Issue, RefusedSheet } from '../core/rules/types';
import type { SubmissionCheck } from '../core/stamp/check';

export type { SubmissionCheck };

export type SubmitRequest = {
  /** The person's name as typed ("người lập biểu"). */
  readonly by: string;
  /** Lock every cell of the form sheets, inputs included. */
  readonly lock: boolean;
};

export type SubmitOutcome =
  /** Errors (or sheets refused, or no form at all): nothing was written. */
  | { readonly kind: 'blocked'; readonly issues: readonly Issue[]; readonly refused: readonly RefusedSheet[]; readonly full: readonly string[]; readonly noForms: boolean }
  /** The user did not confirm the warnings: nothing was written. */
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'submitted'; readonly sheets: readonly string[]; readonly at: string; readonly warnings: number };

export interface SubmitPort {
  /** What the form sheets' stamps say now: who submitted, when, and the figures changed since; undefined when not submitted. Writes nothing. */
  submissionStatus(): Promise<SubmissionCheck | undefined>;
  /**
   * Checks the workbook as the Kiểm tra tab does; with errors, writes nothing.
   * Warnings are passed to `confirmWarnings` first. Then a stamp goes into the
   * marker row of every form sheet (src/core/stamp/), and, when asked, the form
   * sheets are locked. The workbook is then the file to save and send.
   */
  submit(request: SubmitRequest, confirmWarnings: (warnings: readonly Issue[]) => Promise<boolean>): Promise<SubmitOutcome>;
}
