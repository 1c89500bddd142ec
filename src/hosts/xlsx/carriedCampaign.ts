import type ExcelJS from 'exceljs';
import { CARRIER_ROW_RANGE, carriedText } from '../../core/campaignCarrier';
import { loadCarriedCampaign } from '../../forms/carriedCampaign';
import type { Campaign } from '../../forms/schema';
import { sheetGrids } from './sheetGrids';

/** The campaign the first form sheet of a file carries, or undefined for a file made before sheets carried one. */
export function carriedCampaign(workbook: ExcelJS.Workbook, file: string): Campaign | undefined {
  for (const sheet of workbook.worksheets) {
    const text = carriedText(sheetGrids(sheet, CARRIER_ROW_RANGE).values[0] ?? []);
    if (text !== undefined) return loadCarriedCampaign(text, `${file}, sheet "${sheet.name}"`);
  }
  return undefined;
}
