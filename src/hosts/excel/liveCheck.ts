import type { Campaign } from '../../forms/schema';
import type { WorkbookCheck } from '../../core/rules/types';
import type { BatchRun } from './cellEdit';
import { checkOneSheet, checkWorkbook } from './checkWorkbook';

type Listener = (check: WorkbookCheck) => void;
type ErrorListener = (error: unknown) => void;

const codeOf = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined);

/**
 * Checks the workbook and keeps the result current: each form sheet gets one
 * onChanged handler (ExcelApi 1.7), and a burst of edits to a sheet (typing,
 * a large paste) is re-checked once, after a short pause, in one sync.
 *
 * A sheet counts as watched only once the sync that registers its handler has
 * succeeded, so a refused batch (the user editing a cell) is simply run again
 * and never leaves a sheet with two handlers or none. Sheets that Insert or a
 * merge replaced have new ids: `watchNewSheets` registers them. A re-check
 * that fails for another reason than a deleted sheet reaches the error
 * listeners instead of vanishing.
 */
export class LiveCheck {
  private readonly watched = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<Listener>();
  private readonly errorListeners = new Set<ErrorListener>();

  constructor(
    private readonly run: BatchRun,
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
      if (fresh.length > 0)
        try {
          await context.sync();
        } catch (error) {
          // Not registered: the next check (or the run again) adds them.
          for (const sheet of fresh) this.watched.delete(sheet.sheetId);
          throw error;
        }
      return check;
    });
  }

  /**
   * While someone listens, watches the form sheets added since the last check
   * (Insert and merges make new sheets, with new ids). A failure goes to the error listeners, not to the caller,
   * whose insert or merge did succeed; the next checkAll registers the sheets.
   */
  async watchNewSheets(): Promise<void> {
    if (this.listeners.size === 0) return;
    try {
      await this.checkAll();
    } catch (error) {
      this.errorListeners.forEach((listener) => listener(error));
    }
  }

  subscribe(listener: Listener, onError?: ErrorListener): () => void {
    this.listeners.add(listener);
    if (onError) this.errorListeners.add(onError);
    return () => {
      this.listeners.delete(listener);
      if (onError) this.errorListeners.delete(onError);
    };
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
          (error: unknown) => {
            // A sheet deleted meanwhile: the next full check drops it. Anything else is reported,
            // and with nobody to report to it stays an unhandled rejection rather than nothing.
            if (codeOf(error) === 'ItemNotFound') this.watched.delete(sheetId);
            else if (this.errorListeners.size > 0) this.errorListeners.forEach((listener) => listener(error));
            else throw error;
          },
        );
      }, this.debounceMs),
    );
  }
}
