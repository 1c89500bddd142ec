import ExcelJS from 'exceljs';
import type { Consolidation } from '../../core/merge/consolidate';
import { writePlan } from './writePlan';
import { writeTablePlan } from './writeTablePlan';

/** What `tongket merge` writes: the status sheet first, the summary forms, then the data and roster they come from. */
export async function summaryWorkbook(consolidation: Consolidation): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tongket';
  const { data, status, roster } = consolidation.tables;
  writeTablePlan(workbook, status);
  for (const plan of consolidation.forms) await writePlan(workbook, plan);
  writeTablePlan(workbook, data);
  if (roster) writeTablePlan(workbook, roster);
  return workbook;
}
