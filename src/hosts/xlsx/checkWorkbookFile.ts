import { readFormSheet, readWindow } from '../../core/readSheet';
import { checkSheets, type FormSheet } from '../../core/rules/checkForm';
import type { Issue, RefusedSheet } from '../../core/rules/types';
import type { Campaign } from '../../forms/schema';
import { openWorkbookBytes, UnreadableFileError } from './openWorkbookFile';
import { carriedCampaign } from './carriedCampaign';
import { sheetGrids } from './sheetGrids';
import { storedOddities } from './storedCells';

export type FileCheck = {
  readonly file: string;
  /** The campaign the file was checked against: the one asked for, else the one it carries, else the fallback. */
  readonly campaign: Campaign;
  readonly issues: readonly Issue[];
  readonly refused: readonly RefusedSheet[];
  readonly formSheets: number;
};

/** Every recognised form sheet of an .xlsx file, checked by the same engine as the pane. */
export async function checkWorkbookFile(campaigns: { readonly chosen?: Campaign | undefined; readonly fallback: Campaign }, file: string, received: Uint8Array): Promise<FileCheck> {
  const { workbook, bytes } = await openWorkbookBytes(file, received);
  const campaign = campaigns.chosen ?? carriedCampaign(workbook, file) ?? campaigns.fallback;
  const window = readWindow(campaign);
  const odd = await storedOddities(bytes);
  const forms: FormSheet[] = [];
  const refused: RefusedSheet[] = [];
  for (const sheet of workbook.worksheets) {
    const { values, formulas, merges } = sheetGrids(sheet, window, odd.get(sheet.name));
    const reading = readFormSheet(campaign, sheet.name, values, formulas, merges);
    if (reading.kind === 'form') forms.push(reading.sheet);
    if (reading.kind === 'refused') refused.push({ sheet: sheet.name, reason: reading.reason });
  }
  if (forms.length === 0 && refused.length === 0)
    throw new UnreadableFileError(file, 'unknown', `không có biểu nào của đợt ${campaign.shortName} (không sheet nào mang dấu nhận biết của biểu).`);
  return { file, campaign, issues: checkSheets(forms), refused, formSheets: forms.length };
}
