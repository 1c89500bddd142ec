import ExcelJS from 'exceljs';
import { formsOfRequest, type InsertRequest } from '../../core/insertion';
import { layoutForm } from '../../core/layout/layoutForm';
import type { Campaign } from '../../forms/schema';
import { writePlan } from './writePlan';
import { withTaskpaneParts } from './taskpaneParts';

/** A workbook holding a unit's blank forms: what `tongket templates` writes for units without the add-in. */
export async function templateWorkbook(campaign: Campaign, request: InsertRequest): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tongket';
  for (const form of formsOfRequest(campaign, request)) {
    const identity = { campaign: campaign.key, form: form.key, version: form.version, unitType: request.unitType, mode: 'blank' as const };
    await writePlan(workbook, layoutForm({ campaign, form, identity, sheetName: form.sheetName, unitName: request.unitName }));
  }
  return workbook;
}

/** The unit's blank forms as an .xlsx file that opens the add-in's pane in Excel where the add-in is installed (taskpaneParts.ts). */
export async function templateFile(campaign: Campaign, request: InsertRequest): Promise<Uint8Array> {
  const workbook = await templateWorkbook(campaign, request);
  return withTaskpaneParts(new Uint8Array(await workbook.xlsx.writeBuffer()));
}
