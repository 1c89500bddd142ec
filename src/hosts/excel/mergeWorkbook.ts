import type { Consolidation } from '../../core/merge/consolidate';
import { decodeOutputMarker } from '../../core/merge/outputMarker';
import { placeOutputs } from '../../core/merge/placement';
import { readRoster, type RosterReading } from '../../core/merge/roster';
import { CURRENT_WORKBOOK, type SourceRead } from '../../core/merge/types';
import { readWindow } from '../../core/readSheet';
import { queueSheetWindow, windowValues } from './sheetWindow';
import type { Campaign } from '../../forms/schema';
import type { WriteResult } from '../../ports/workbookPort';
import { tableBody } from '../../core/plan/tablePlan';
import type { SheetPlan } from '../../core/plan/types';
import { estimateRequestBytes, queuePlan, SHEETS_BUDGET_BYTES, type ApiLevel } from './applyPlan';
import { queueTable, queueTableFrame, queueTableRows, rowBlocks, rowBytes } from './applyTablePlan';
import { setUpPrinting, type PrintTarget } from './printSetup';
import { discardTemporarySheets, isTemporary, temporaryNames } from './temporarySheets';
import { queueStructureCheck } from './workbookProtection';

/** Unit sheets copied into the open workbook, and the roster sheet: two syncs, three with a roster. */
export async function readWorkbookSources(context: Excel.RequestContext, campaign: Campaign, readAt: string): Promise<{ source: SourceRead; roster: RosterReading | undefined }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const windows = sheets.items.map((sheet) => {
    const window = queueSheetWindow(sheet, readWindow(campaign));
    return { name: sheet.name, sheet, window };
  });
  await context.sync();
  const source: SourceRead = {
    kind: 'read',
    source: { label: CURRENT_WORKBOOK, sha256: undefined, modified: undefined, readAt },
    sheets: windows.map((w) => ({ name: w.name, values: windowValues(w.window), formulas: w.window.formulas })),
  };
  const rosterSheet = windows.find((w) => decodeOutputMarker(w.window.values[0]?.[0])?.kind === 'roster');
  if (!rosterSheet) return { source, roster: undefined };
  const used = rosterSheet.sheet.getUsedRange(true);
  used.load('values');
  await context.sync();
  return { source, roster: readRoster(campaign, used.values, `sheet "${rosterSheet.name}"`) };
}

/** The formula text that names a sheet, as the core writes it: "'TH Dữ liệu'!". */
const sheetReference = (name: string) => `'${name.replace(/'/g, "''")}'!`;

/** The plan with its references to one sheet pointed at another (a summary's SUMIFS at the data sheet being built). */
function retarget(plan: SheetPlan, from: string, to: string): SheetPlan {
  const [before, after] = [sheetReference(from), sheetReference(to)];
  const swap = (formula: string) => formula.split(before).join(after);
  return {
    ...plan,
    cells: plan.cells.map((row) => row.map((cell) => (cell.formula?.includes(before) ? { ...cell, formula: swap(cell.formula) } : cell))),
    conditionalFormats: plan.conditionalFormats.map((cf) => ({ ...cf, formula: swap(cf.formula) })),
  };
}

/**
 * Writes a merge so that a failure at any point leaves the earlier output
 * whole. Every new sheet — data, status and roster tables, then the summary
 * forms — is built under a temporary name (the tables' Excel Tables under
 * temporary names too), the summaries' SUMIFS pointing at the temporary data
 * sheet. Only when all of that has been written does one last sync delete the
 * earlier output and what interrupted runs left, and rename the new sheets
 * and tables: Excel carries the rename into the summaries' formulas. If a sync
 * fails, this run's temporary sheets are deleted again. Four syncs, plus one
 * per extra block of a large data table or per 2 MB of summary forms; then,
 * where ExcelApi 1.9 allows, one for the summaries' print setup, whose failure
 * is reported (`printWarning`) and undoes nothing (printSetup.ts). A workbook
 * whose structure is protected is refused after the first sync, before any write.
 */
export async function writeConsolidation(
  context: Excel.RequestContext,
  campaign: Campaign,
  consolidation: Consolidation,
  api: ApiLevel,
  confirmReplace: (sheets: readonly string[]) => Promise<boolean>,
  onProgress: (step: string) => void,
): Promise<WriteResult & { readonly printWarning?: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const checkStructure = queueStructureCheck(context, 'ghi các sheet tổng hợp');
  await context.sync();
  checkStructure();
  const names = sheets.items.map((sheet) => sheet.name);
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

  const temporary = temporaryNames(names);
  const created: string[] = [];
  const add = () => {
    const name = temporary();
    created.push(name);
    return { sheet: sheets.add(name), temporary: name };
  };
  const summaries: (PrintTarget & { name: string })[] = [];
  try {
    const built = tables.map((plan) => ({ plan, ...add() }));
    let pendingBytes = 0;
    const tableNames: { table: Excel.Table; name: string }[] = [];
    for (const { plan, sheet, temporary: name } of built) {
      const blocks = rowBlocks(plan);
      queueTableFrame(sheet, plan);
      for (const [i, block] of blocks.entries()) {
        if (blocks.length > 1) {
          onProgress(`Đang ghi ${plan.sheetName} (phần ${i + 1}/${blocks.length})`);
          // Each block is near the request budget: send what is queued first.
          if (pendingBytes > 0) await context.sync();
          pendingBytes = 0;
        }
        queueTableRows(sheet, plan, block);
        pendingBytes += tableBody(plan)
          .slice(block[0], block[1] + 1)
          .reduce((sum, row) => sum + rowBytes(plan, row), 0);
      }
      // Table names are unique in the workbook: the earlier output's table keeps its name until it is deleted.
      tableNames.push({ table: queueTable(sheet, plan, `${plan.tableName}_${name.replace(/\D/g, '')}`), name: plan.tableName });
    }

    onProgress('Đang dựng các biểu tổng hợp');
    const dataSheet = built.find((b) => b.plan === data);
    for (const plan of consolidation.forms) {
      const bytes = estimateRequestBytes(plan);
      if (pendingBytes > 0 && pendingBytes + bytes > SHEETS_BUDGET_BYTES) {
        await context.sync();
        pendingBytes = 0;
      }
      pendingBytes += bytes;
      const { sheet } = add();
      const target = { ...(dataSheet ? retarget(plan, data.sheetName, dataSheet.temporary) : plan), sheetName: nameOf(plan.sheetName) };
      queuePlan(sheet, target, api);
      summaries.push({ sheet, plan: target, name: nameOf(plan.sheetName) });
    }
    await context.sync();

    // Everything is written: only now does the earlier output go, and the new sheets take its names.
    onProgress('Đang thay các sheet tổng hợp cũ');
    for (const name of placement.replace) sheets.getItem(name).delete();
    const leftovers = names.filter(isTemporary);
    if (leftovers.length < names.length + created.length) for (const name of leftovers) sheets.getItem(name).delete();
    for (const { plan, sheet } of built) sheet.name = nameOf(plan.sheetName);
    for (const { table, name } of tableNames) table.name = name;
    for (const { sheet, name } of summaries) sheet.name = name;
    built[0]?.sheet.activate();
    await context.sync();
  } catch (error) {
    await discardTemporarySheets(context, created);
    throw error;
  }
  const written = { written: outputs.map(nameOf), renamed: [...placement.renamed.values()], cancelled: false };
  const printWarning = await setUpPrinting(context, summaries, api);
  return printWarning ? { ...written, printWarning } : written;
}
