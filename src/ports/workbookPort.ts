/**
 * What the task pane asks of the workbook and of the files it reads. The pane
 * and the hosts both depend on these types, never on each other: the hosts
 * implement them (src/hosts/excel), the pane calls them, and only the entry
 * points (src/taskpane/index.tsx, src/dev/preview) put the two together.
 */
import type { ConflictChoice, InsertProgress, InsertRequest, InsertResult, SheetConflict } from '../core/insertion';
import type { Consolidation } from '../core/merge/consolidate';
import type { Approval } from '../core/merge/approvals';
import type { RosterReading } from '../core/merge/roster';
import type { SourceFile, SourceRead } from '../core/merge/types';
import type { Issue, SheetCheck, WorkbookCheck } from '../core/rules/types';
import type { DesignGrid } from '../core/design/types';
import type { Campaign, FormDef } from '../forms/schema';
import type { SubmitPort } from './submitPort';

export type { ConflictChoice, InsertProgress, InsertRequest, InsertResult, Issue, SheetCheck, SheetConflict, WorkbookCheck };

export interface WorkbookPort {
  /** "Nộp biểu": the unit's submission stamp (src/ports/submitPort.ts). */
  readonly submission: SubmitPort;
  insertForms(
    request: InsertRequest,
    chooseForConflicts: (conflicts: readonly SheetConflict[]) => Promise<ReadonlyMap<string, ConflictChoice>>,
    onProgress: (progress: InsertProgress) => void,
  ): Promise<InsertResult>;
  /** Checks every form sheet, and from then on re-checks a sheet whenever it is edited. */
  checkWorkbook(): Promise<WorkbookCheck>;
  /** Live re-checks of single sheets after edits, and the errors of re-checks that failed; returns the unsubscribe function. */
  onSheetChecked(listener: (check: WorkbookCheck) => void, onError?: (error: unknown) => void): () => void;
  /** `sheet`: the sheet's id (SheetCheck.sheetId, which survives a rename) or its name. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes a proposed fix into an input cell, only when the user clicked it. `sheet`: id or name, as for selectCell. */
  writeFigure(sheet: string, address: string, value: number): Promise<void>;
  /** Unit form sheets already in the open workbook (copied in with Move or Copy), and the roster sheet if there is one. */
  readWorkbookSources(readAt: string): Promise<{ readonly source: SourceRead; readonly roster: RosterReading | undefined }>;
  /**
   * Records the province's decision on a unit in the roster sheet (core/merge/approvals.ts);
   * false when the workbook has no roster yet (the first merge writes it, decisions included).
   */
  recordApproval(unitType: string, approval: Approval): Promise<boolean>;
  /** A unit's .xlsx the user picked, read on this machine (never uploaded) with the forms of this port's campaign. */
  readSourceFile(file: SourceFile, readAt: string): Promise<SourceRead>;
  /**
   * Writes a merge's sheets. Sheets the add-in wrote before are replaced only if
   * `confirmReplace` says yes; a sheet of the user's with the same name is never
   * touched (the new one gets another name).
   */
  writeConsolidation(consolidation: Consolidation, confirmReplace: (sheets: readonly string[]) => Promise<boolean>, onProgress: (step: string) => void): Promise<WriteResult>;
  /** The table the user selected, or else the used part of the active sheet, as the form designer reads it (src/core/design). Writes nothing. */
  readDesignGrid(): Promise<DesignRead>;
  /**
   * Lays `form` out with `campaign`'s wording on a new sheet right of `besideSheet`, to compare
   * with the table it came from. The sheet is a picture, not a form: it carries no marker and no
   * campaign, so checks, merges and the campaign header never take it for one.
   */
  previewForm(campaign: Campaign, form: FormDef, besideSheet: string): Promise<{ readonly sheet: string }>;
  /**
   * "Kiểm tra cài đặt": inserts, writes, checks, reads back and merges on temporary
   * "~tongket kiểm tra …" sheets it deletes afterwards (also when a step fails), and
   * reports each step as it goes. Never touches the user's sheets.
   */
  runSelfTest(onStep: (steps: readonly SelfTestStep[]) => void): Promise<SelfTestReport>;
  /**
   * This workbook for another pane's merge ("Sổ đang mở"): its own .xlsx file (Office's
   * compressed file of the document as it is now) where the Excel gives one, else the
   * values of its sheets read as "Lấy các biểu đang có trong sổ" reads them. Writes nothing.
   */
  ownSource(readAt: string): Promise<OwnSource>;
  /** The workbook's file name, as Office.context.document.url gives it ("Sổ chưa lưu.xlsx" for one never saved). */
  workbookName(): string;
}

/** The open workbook as another pane receives it; `name` is its file name ("Sổ chưa lưu.xlsx" for one never saved). */
export type OwnSource =
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'values'; readonly name: string; readonly read: SourceRead };

export type SelfTestStepKey = 'prepare' | 'insert' | 'write' | 'check' | 'readBack' | 'merge' | 'cleanUp';

export type SelfTestStep = {
  readonly key: SelfTestStepKey;
  /** In Vietnamese, for the user. */
  readonly label: string;
  readonly status: 'pending' | 'running' | 'passed' | 'failed' | 'skipped';
  /** What was seen (passed) or what went wrong (failed), in Vietnamese where the add-in words it. */
  readonly message?: string;
  readonly syncs: number;
  readonly ms: number;
};

export type SelfTestReport = {
  readonly campaign: string;
  readonly environment: {
    /** Office.context.diagnostics, where Office.js gives it. */
    readonly version: string | undefined;
    readonly platform: string | undefined;
    readonly requirementSets: readonly { readonly name: string; readonly supported: boolean }[];
  };
  readonly steps: readonly SelfTestStep[];
  readonly passed: boolean;
  readonly sheetsBefore: readonly string[];
  /** The workbook's sheets once the temporary ones were deleted; undefined when the clean-up failed. */
  readonly sheetsAfter: readonly string[] | undefined;
};

/** A table read for the form designer. */
export type DesignRead = {
  readonly grid: DesignGrid;
  /** Where the table was looked for: the user's selection, or the used part of the sheet. */
  readonly from: 'selection' | 'sheet';
  /** What this Excel could not tell (its API level is too old), in Vietnamese; the designer works without it. */
  readonly missing: readonly string[];
};

export type WriteResult = { readonly written: readonly string[]; readonly renamed: readonly string[]; readonly cancelled: boolean };

/** Where the pane finds the campaign a workbook uses. Implemented over Office.js in src/hosts/excel/campaignStore.ts. */
export interface CampaignStore {
  /** The campaign file text the workbook's form sheets carry (src/core/campaignCarrier.ts), if any. */
  readCarried(): Promise<string | undefined>;
  /** The campaign file text the user chose for this workbook, if any. */
  remembered(): string | undefined;
  /** Keeps (or, with undefined, forgets) the user's choice in the workbook. */
  remember(text: string | undefined): Promise<void>;
}
