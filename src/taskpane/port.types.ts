/** What the task pane asks of the workbook. Implemented over Office.js in src/hosts/excel. */
import type { ConflictChoice, InsertProgress, InsertRequest, InsertResult, SheetConflict } from '../core/insertion';
import type { Issue, SheetCheck, WorkbookCheck } from '../core/rules/types';

export type { ConflictChoice, InsertProgress, InsertRequest, InsertResult, Issue, SheetCheck, SheetConflict, WorkbookCheck };

export interface WorkbookPort {
  insertForms(
    request: InsertRequest,
    chooseForConflicts: (conflicts: readonly SheetConflict[]) => Promise<ReadonlyMap<string, ConflictChoice>>,
    onProgress: (progress: InsertProgress) => void,
  ): Promise<InsertResult>;
  /** Checks every form sheet, and from then on re-checks a sheet whenever it is edited. */
  checkWorkbook(): Promise<WorkbookCheck>;
  /** Live re-checks of single sheets after edits; returns the unsubscribe function. */
  onSheetChecked(listener: (check: WorkbookCheck) => void): () => void;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes a proposed fix into an input cell, only when the user clicked it. */
  writeFigure(sheet: string, address: string, value: number): Promise<void>;
}
