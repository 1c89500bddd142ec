import { readWindow } from '../../core/readSheet';
import { submitPlan, type SubmitPlan } from '../../core/stamp/submitPlan';
import type { Campaign } from '../../forms/schema';
import { openWorkbookBytes } from './openWorkbookFile';
import { sheetGrids } from './sheetGrids';
import { writeStamps } from './stampParts';
import { storedOddities } from './storedCells';

export type StampRequest = {
  /** The person's name as typed. */
  readonly by: string;
  readonly at: Date;
  /** Lock every cell of the form sheets, inputs included. */
  readonly lock: boolean;
};

/**
 * "Nộp biểu" on an .xlsx file (src/core/stamp/submitPlan.ts): the check and,
 * when nothing blocks, the file's bytes with a submission stamp in the marker
 * row of every form sheet (stampParts.ts) and, when asked, its form sheets
 * locked. The lock has no password, as the templates' protection has none: it
 * keeps a figure from being typed over by mistake, and a change made on purpose
 * after the stamp is what the stamp shows the province. `bytes` is undefined
 * when something blocks: nothing was stamped.
 */
export async function stampWorkbook(campaign: Campaign, file: string, bytes: Uint8Array, request: StampRequest): Promise<{ readonly plan: SubmitPlan; readonly bytes: Uint8Array | undefined }> {
  // The scans read the bytes the size check let through (a sheet cut to the form's window); the stamps go into the file as it came.
  const { workbook, bytes: bounded } = await openWorkbookBytes(file, bytes);
  const window = readWindow(campaign);
  const odd = await storedOddities(bounded);
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, ...sheetGrids(sheet, window, odd.get(sheet.name)) }));
  const plan = submitPlan(campaign, sheets, request.by, request.at);
  return { plan, bytes: plan.blocked ? undefined : await writeStamps(bytes, plan.writes, request.lock) };
}
