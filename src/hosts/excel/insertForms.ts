import { decodeIdentity } from '../../core/identity';
import {
  formsOfRequest,
  planInsertion,
  type ConflictChoice,
  type ExistingSheet,
  type InsertProgress,
  type InsertRequest,
  type InsertResult,
  type SheetConflict,
} from '../../core/insertion';
import { layoutForm } from '../../core/layout/layoutForm';
import type { SheetPlan } from '../../core/plan/types';
import { readWindow } from '../../core/readSheet';
import { hasUserData, markerText } from '../../core/sheetValues';
import type { Campaign } from '../../forms/schema';
import { estimateRequestBytes, queuePlan, SHEETS_BUDGET_BYTES, type ApiLevel } from './applyPlan';
import { formByKey } from '../../forms/lookup';
import { setUpPrinting } from './printSetup';
import { discardTemporarySheets, isTemporary, temporaryNames } from './temporarySheets';
import { queueStructureCheck } from './workbookProtection';

export type InsertCallbacks = {
  readonly chooseForConflicts: (conflicts: readonly SheetConflict[]) => Promise<ReadonlyMap<string, ConflictChoice>>;
  readonly onProgress: (progress: InsertProgress) => void;
};

const fold = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi');

/**
 * Inserts a unit's forms in three syncs whatever their number: (1) the sheet
 * names, and whether the workbook's structure is protected (then nothing is
 * tried), (2) one window from A1 of each existing sheet that has a form's name
 * (its marker and its data, to know whether anyone typed into it), (3) every
 * write at once; then, where ExcelApi 1.9 allows, (4) the print setup, whose
 * failure is reported in the result and undoes nothing (printSetup.ts). Only sheets that exist are read: a method of a null object
 * (getItemOrNullObject of a missing sheet) is not promised to work. The user
 * is asked about conflicts between (2) and (3), so a cancelled dialog leaves
 * the workbook untouched.
 *
 * Every new sheet is built under a temporary name; only after all of its
 * writes are queued are the replaced blank forms (and temporary sheets an
 * interrupted run left) deleted and the new sheets renamed, so a failure
 * part-way never costs a sheet that was there. If the batch fails, this run's
 * temporary sheets are deleted again.
 */
export async function insertForms(
  context: Excel.RequestContext,
  campaign: Campaign,
  request: InsertRequest,
  api: ApiLevel,
  { chooseForConflicts, onProgress }: InsertCallbacks,
): Promise<InsertResult> {
  const forms = formsOfRequest(campaign, request);
  const total = forms.length;
  onProgress({ done: 0, total, step: 'Đang đọc các sheet trong sổ' });

  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const checkStructure = queueStructureCheck(context, 'thêm các sheet biểu');
  await context.sync();
  checkStructure();
  const names = sheets.items.map((sheet) => sheet.name);

  const wanted = new Set(forms.map((form) => fold(form.sheetName)));
  const windows = sheets.items
    .filter((sheet) => wanted.has(fold(sheet.name)))
    .map((sheet) => ({ name: sheet.name, window: sheet.getRange(readWindow(campaign)).load('values') }));
  if (windows.length > 0) await context.sync();

  const existing: ExistingSheet[] = names.map((name) => {
    const read = windows.find((w) => w.name === name);
    if (!read) return { name, identity: undefined, hasUserData: true };
    const identity = decodeIdentity(markerText(read.window.values));
    const known = identity && formByKey(campaign, identity.form);
    const form = known?.version === identity?.version ? known : undefined;
    return { name, identity, hasUserData: form ? hasUserData(form, read.window.values) : true };
  });
  const steps = planInsertion(forms, existing, campaign.key);
  const conflicts = steps.flatMap((s) => (s.action === 'ask' ? [s.conflict] : []));
  const choices = conflicts.length > 0 ? await chooseForConflicts(conflicts) : new Map<string, ConflictChoice>();

  const result = { created: [] as string[], replaced: [] as string[], copied: [] as string[], skipped: [] as string[] };
  const temporary = temporaryNames(names);
  const built: { sheet: Excel.Worksheet; plan: SheetPlan; temporary: string; name: string; replacing: boolean }[] = [];
  let pendingBytes = 0;
  try {
    for (const [index, step] of steps.entries()) {
      onProgress({ done: index, total, step: `Đang dựng ${step.form.sheetName}` });
      let name: string;
      if (step.action === 'ask') {
        if (choices.get(step.conflict.sheetName) !== 'copy') {
          result.skipped.push(step.conflict.sheetName);
          continue;
        }
        name = step.conflict.copyName;
        result.copied.push(name);
      } else {
        name = step.sheetName;
        (step.action === 'replace' ? result.replaced : result.created).push(name);
      }
      const identity = { campaign: campaign.key, form: step.form.key, version: step.form.version, unitType: request.unitType, mode: 'blank' as const };
      const plan = layoutForm({ campaign, form: step.form, identity, sheetName: name, unitName: request.unitName });
      // Office.js refuses a request over 5 MB: flush before a sheet that would cross the budget.
      const bytes = estimateRequestBytes(plan);
      if (pendingBytes > 0 && pendingBytes + bytes > SHEETS_BUDGET_BYTES) {
        await context.sync();
        pendingBytes = 0;
      }
      pendingBytes += bytes;
      const temporaryName = temporary();
      const sheet = sheets.add(temporaryName);
      queuePlan(sheet, plan, api);
      built.push({ sheet, plan, temporary: temporaryName, name, replacing: step.action === 'replace' });
    }
    // Queued after every write: a write that fails stops the batch before any sheet is deleted.
    for (const { name, replacing } of built) if (replacing) sheets.getItem(name).delete();
    const leftovers = names.filter(isTemporary);
    if (leftovers.length < names.length + built.length) for (const name of leftovers) sheets.getItem(name).delete();
    for (const { sheet, name } of built) sheet.name = name;
    built[0]?.sheet.activate();
    onProgress({ done: total, total, step: 'Đang ghi vào Excel' });
    await context.sync();
  } catch (error) {
    await discardTemporarySheets(
      context,
      built.map((b) => b.temporary),
    );
    throw error;
  }
  const printWarning = await setUpPrinting(context, built, api);
  return printWarning ? { ...result, printWarning } : result;
}
