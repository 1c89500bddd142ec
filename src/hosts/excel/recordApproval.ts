import type { Approval } from '../../core/merge/approvals';
import { decodeOutputMarker } from '../../core/merge/outputMarker';
import { approvalEdits } from '../../core/merge/rosterEdits';
import type { Campaign } from '../../forms/schema';

/**
 * Writes the province's decision on a unit into the roster sheet
 * ("TH Danh sách"), where decisions are kept (core/merge/approvals.ts). Three
 * syncs: find the roster by its marker, read its used range, write the cells.
 * False when the workbook has no roster yet: the pane keeps the decision and the
 * first merge writes it with the roster.
 */
export async function recordApproval(context: Excel.RequestContext, campaign: Campaign, unitType: string, approval: Approval): Promise<boolean> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const markers = sheets.items.map((sheet) => ({ sheet, cell: sheet.getRange('A1').load('values') }));
  await context.sync();
  const roster = markers.find((m) => decodeOutputMarker(m.cell.values[0]?.[0])?.kind === 'roster')?.sheet;
  if (!roster) return false;
  const used = roster.getUsedRange(true).load(['values', 'rowIndex', 'columnIndex']);
  await context.sync();
  const edits = approvalEdits(campaign, used.values, unitType, approval);
  if (!edits) return false;
  for (const edit of edits) {
    const cell = roster.getCell(used.rowIndex + edit.row, used.columnIndex + edit.column);
    // Text as written: "1/8/2023 10:00" typed into a General cell would become a date serial.
    cell.numberFormat = [['@']];
    cell.values = [[edit.value]];
  }
  await context.sync();
  return true;
}
