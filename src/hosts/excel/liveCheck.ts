import type { Campaign } from '../../forms/schema';
import type { WorkbookCheck } from '../../core/rules/types';
import { checkOneSheet, checkWorkbook } from './checkWorkbook';
import type { ExcelRun } from './excelPort';

/**
 * Checks the workbook and keeps the result current: each form sheet gets an
 * onChanged handler (ExcelApi 1.7), and a burst of edits to a sheet (typing,
 * a large paste) is re-checked once, after a short pause, in one sync.
 */
export class LiveCheck {
  private readonly watched = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<(check: WorkbookCheck) => void>();

  constructor(
    private readonly run: ExcelRun,
    private readonly campaign: Campaign,
    private readonly debounceMs = 300,
  ) {}

  async checkAll(): Promise<WorkbookCheck> {
    return this.run(async (context) => {
      const check = await checkWorkbook(context, this.campaign);
      const fresh = check.sheets.filter((s) => !this.watched.has(s.sheetId));
      for (const sheet of fresh) {
        context.workbook.worksheets.getItem(sheet.sheetId).onChanged.add(async (event) => this.changed(event.worksheetId));
        this.watched.add(sheet.sheetId);
      }
      if (fresh.length > 0) await context.sync();
      return check;
    });
  }

  subscribe(listener: (check: WorkbookCheck) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(sheetId: string): void {
    // Nobody is listening (the Kiểm tra tab is closed, or the pane switched to another campaign's port): no sync for nothing.
    if (this.listeners.size === 0) return;
    clearTimeout(this.timers.get(sheetId));
    this.timers.set(
      sheetId,
      setTimeout(() => {
        this.timers.delete(sheetId);
        void this.run((context) => checkOneSheet(context, this.campaign, sheetId)).then(
          (check) => this.listeners.forEach((listener) => listener(check)),
          // A sheet deleted meanwhile: the next full check drops it.
          () => this.watched.delete(sheetId),
        );
      }, this.debounceMs),
    );
  }
}
