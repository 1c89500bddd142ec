/**
 * Excel refuses a batch that arrives while the user is editing a cell
 * (InvalidOperationInCellEditMode), unless Excel.run was given
 * `{ delayForCellEdit: true }`: then the batch waits until the user leaves
 * the cell (Excel.RunOptions in @types/office-js). office.js passes that flag
 * on only where the host supports its "DelayForCellEdit" requirement set and
 * drops it silently elsewhere, so a batch refused anyway is run again after a
 * pause, a bounded number of times, before the error is let through.
 *
 * Running a batch again is safe here: a refused batch applied nothing, and
 * the batches of this host that write in several syncs build under temporary
 * names that the next run cleans up (temporarySheets.ts).
 */

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run, or the in-memory Excel's run: with and without RunOptions. */
export type ExcelRun = {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
};

/** A run that takes no options: what the rest of the host needs. */
export type BatchRun = <T>(batch: Batch<T>) => Promise<T>;

export const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';

/** About 40 seconds in all before giving up on a user who stays in the cell. */
export const CELL_EDIT_RETRY_MS: readonly number[] = [200, 400, 800, 1600, 3200, 5000, 5000, 5000, 5000, 5000, 5000, 5000];

const codeOf = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined);

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Every batch with delayForCellEdit, and run again while Excel still answers that a cell is being edited. */
export function patientRun(run: ExcelRun, retryMs: readonly number[] = CELL_EDIT_RETRY_MS): BatchRun {
  return async <T>(batch: Batch<T>): Promise<T> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await run({ delayForCellEdit: true }, batch);
      } catch (error) {
        const wait = retryMs[attempt];
        if (codeOf(error) !== CELL_EDIT_MODE || wait === undefined) throw error;
        await pause(wait);
      }
    }
  };
}
