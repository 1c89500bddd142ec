import { rangeAddress } from '../../core/a1';
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
import { formGrid } from '../../core/layout/grid';
import { layoutForm } from '../../core/layout/layoutForm';
import { hasUserData, markerText } from '../../core/sheetValues';
import type { Campaign } from '../../forms/schema';
import { estimateRequestBytes, queuePlan, REQUEST_BUDGET_BYTES, type ApiLevel } from './applyPlan';
import { formByKey } from '../../forms/lookup';

export type InsertCallbacks = {
  readonly chooseForConflicts: (conflicts: readonly SheetConflict[]) => Promise<ReadonlyMap<string, ConflictChoice>>;
  readonly onProgress: (progress: InsertProgress) => void;
};

/**
 * Inserts a unit's forms in three syncs whatever their number: (1) the sheet
 * names and the marker of each same-named sheet, (2) the data region of the
 * form sheets among them, to know whether anyone typed into them, (3) every
 * write at once. The user is asked about conflicts between (2) and (3), so a
 * cancelled dialog leaves the workbook untouched.
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
  onProgress({ done: 0, total, step: 'Đang đọc các sheet trong sổ tính' });

  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const markers = forms.map((form) => {
    const sheet = sheets.getItemOrNullObject(form.sheetName);
    sheet.load('name');
    const marker = sheet.getRange('A1');
    marker.load('values');
    return { form, sheet, marker };
  });
  await context.sync();

  const found = markers.filter((m) => !m.sheet.isNullObject);
  const regions = found.map((m) => {
    const identity = decodeIdentity(markerText(m.marker.values));
    const known = identity && formByKey(campaign, identity.form);
    const form = known?.version === identity?.version ? known : undefined;
    if (!identity || !form) return { name: m.sheet.name, identity, form: undefined, range: undefined };
    const grid = formGrid(form);
    const range = m.sheet.getRange(rangeAddress(0, 0, grid.lastDataRow, grid.columnCount - 1));
    range.load('values');
    return { name: m.sheet.name, identity, form, range };
  });
  if (regions.some((r) => r.range)) await context.sync();

  const existing: ExistingSheet[] = sheets.items.map((s) => {
    const region = regions.find((r) => r.name === s.name);
    const filled = region?.form && region.range ? hasUserData(region.form, region.range.values) : true;
    return { name: s.name, identity: region?.identity, hasUserData: filled };
  });
  const steps = planInsertion(forms, existing, campaign.key);
  const conflicts = steps.flatMap((s) => (s.action === 'ask' ? [s.conflict] : []));
  const choices = conflicts.length > 0 ? await chooseForConflicts(conflicts) : new Map<string, ConflictChoice>();

  const result = { created: [] as string[], replaced: [] as string[], copied: [] as string[], skipped: [] as string[] };
  let first: Excel.Worksheet | undefined;
  let pendingBytes = 0;
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
    const replacing = step.action === 'replace';
    const identity = { campaign: campaign.key, form: step.form.key, version: step.form.version, unitType: request.unitType, mode: 'blank' as const };
    const plan = layoutForm({ campaign, form: step.form, identity, sheetName: name, unitName: request.unitName });
    // Office.js refuses a request over 5 MB: flush before a sheet that would cross the budget.
    const bytes = estimateRequestBytes(plan);
    if (pendingBytes > 0 && pendingBytes + bytes > REQUEST_BUDGET_BYTES) {
      await context.sync();
      pendingBytes = 0;
    }
    pendingBytes += bytes;
    // A workbook must keep one sheet: the new form is built under a temporary name and takes
    // the old one's name only after the old sheet is gone.
    const sheet = sheets.add(replacing ? `~tongket ${index}` : name);
    queuePlan(sheet, plan, api);
    if (replacing) {
      sheets.getItem(name).delete();
      sheet.name = name;
    }
    first ??= sheet;
  }
  first?.activate();
  onProgress({ done: total, total, step: 'Đang ghi vào Excel' });
  await context.sync();
  return result;
}
