import type { Consolidation } from '../../core/merge/consolidate';
import { decodeOutputMarker } from '../../core/merge/outputMarker';
import { placeOutputs } from '../../core/merge/placement';
import { readRoster, type RosterReading } from '../../core/merge/roster';
import { CURRENT_WORKBOOK, type SourceRead } from '../../core/merge/types';
import { readWindow } from '../../core/readSheet';
import type { Campaign } from '../../forms/schema';
import type { WriteResult } from '../../taskpane/port.types';
import type { ApiLevel } from './applyPlan';
import { queuePlan } from './applyPlan';
import { queueTable, queueTableFrame, queueTableRows, rowBlocks } from './applyTablePlan';

/** Unit sheets copied into the open workbook, and the roster sheet: two syncs, three with a roster. */
export async function readWorkbookSources(context: Excel.RequestContext, campaign: Campaign, readAt: string): Promise<{ source: SourceRead; roster: RosterReading | undefined }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const windows = sheets.items.map((sheet) => {
    const window = sheet.getRange(readWindow(campaign));
    window.load('values, formulas');
    return { name: sheet.name, sheet, window };
  });
  await context.sync();
  const source: SourceRead = {
    kind: 'read',
    source: { label: CURRENT_WORKBOOK, sha256: undefined, modified: undefined, readAt },
    sheets: windows.map((w) => ({ name: w.name, values: w.window.values, formulas: w.window.formulas })),
  };
  const rosterSheet = windows.find((w) => decodeOutputMarker(w.window.values[0]?.[0])?.kind === 'roster');
  if (!rosterSheet) return { source, roster: undefined };
  const used = rosterSheet.sheet.getUsedRange(true);
  used.load('values');
  await context.sync();
  return { source, roster: readRoster(campaign, used.values, `sheet "${rosterSheet.name}"`) };
}

/**
 * Writes a merge. Order matters in one batch: the data, status and roster
 * sheets are built under temporary names, the earlier output is deleted, they
 * take their names, and only then are the summary forms added, so their
 * formulas name the new data sheet and not the one being deleted.
 */
export async function writeConsolidation(
  context: Excel.RequestContext,
  campaign: Campaign,
  consolidation: Consolidation,
  api: ApiLevel,
  confirmReplace: (sheets: readonly string[]) => Promise<boolean>,
  onProgress: (step: string) => void,
): Promise<WriteResult> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const markers = sheets.items.map((sheet) => ({ name: sheet.name, cell: sheet.getRange('A1').load('values') }));
  await context.sync();

  const { data, status, roster } = consolidation.tables;
  // Once written, the roster is the user's: a merge that did not read it (none was there when it started) leaves it alone.
  const hasRoster = markers.some((m) => decodeOutputMarker(m.cell.values[0]?.[0])?.kind === 'roster');
  const tables = [status, data, ...(roster && !hasRoster ? [roster] : [])];
  const outputs = [...tables.map((t) => t.sheetName), ...consolidation.forms.map((f) => f.sheetName)];
  const placement = placeOutputs(campaign.key, markers.map((m) => ({ name: m.name, marker: m.cell.values[0]?.[0] })), outputs);
  if (placement.replace.length > 0 && !(await confirmReplace(placement.replace))) return { written: [], renamed: [], cancelled: true };
  const nameOf = (name: string) => placement.renamed.get(name) ?? name;

  const built = tables.map((plan, i) => ({ plan, sheet: sheets.add(`~tongket ${i}`) }));
  for (const { plan, sheet } of built) {
    const blocks = rowBlocks(plan);
    queueTableFrame(sheet, plan);
    for (const [i, block] of blocks.entries()) {
      if (blocks.length > 1) {
        onProgress(`Đang ghi ${plan.sheetName} (phần ${i + 1}/${blocks.length})`);
        // Each block is near the request budget: send what is queued first.
        await context.sync();
      }
      queueTableRows(sheet, plan, block);
    }
  }
  onProgress('Đang thay các sheet tổng hợp cũ');
  for (const name of placement.replace) sheets.getItem(name).delete();
  for (const { plan, sheet } of built) {
    sheet.name = nameOf(plan.sheetName);
    queueTable(sheet, plan);
  }
  onProgress('Đang dựng các biểu tổng hợp');
  await context.sync();
  for (const plan of consolidation.forms) queuePlan(sheets.add(nameOf(plan.sheetName)), { ...plan, sheetName: nameOf(plan.sheetName) }, api);
  sheets.getItem(nameOf(status.sheetName)).activate();
  await context.sync();
  return { written: outputs.map(nameOf), renamed: [...placement.renamed.values()], cancelled: false };
}
