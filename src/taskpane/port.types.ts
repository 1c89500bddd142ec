/** What the task pane asks of the workbook. Implemented over Office.js in src/hosts/excel. */
import type { ConflictChoice, InsertProgress, InsertRequest, InsertResult, SheetConflict } from '../core/insertion';

export type { ConflictChoice, InsertProgress, InsertRequest, InsertResult, SheetConflict };

export interface WorkbookPort {
  insertForms(
    request: InsertRequest,
    chooseForConflicts: (conflicts: readonly SheetConflict[]) => Promise<ReadonlyMap<string, ConflictChoice>>,
    onProgress: (progress: InsertProgress) => void,
  ): Promise<InsertResult>;
}
