import { MARKER_ROW } from '../../core/identity';
import { copyName } from '../../core/insertion';
import { layoutForm } from '../../core/layout/layoutForm';
import type { SheetPlan } from '../../core/plan/types';
import type { Campaign, FormDef } from '../../forms/schema';
import { queuePlan, type ApiLevel } from './applyPlan';
import { discardTemporarySheets, temporaryNames } from './temporarySheets';
import { queueStructureCheck } from './workbookProtection';

/**
 * "Xem thử" of the form designer: the proposed form laid out exactly as
 * inserting it would (layoutForm, queuePlan), on a new sheet placed right of
 * the table it came from, so the two can be compared side by side. Two syncs:
 * the sheet names (and whether the structure is protected), then every write.
 *
 * The marker row is left empty: no identity, no campaign. The sheet is a
 * picture of a form not yet in any campaign, so the live check, the merge's
 * "Lấy các biểu đang có trong sổ" and the campaign the workbook carries must
 * never take it for a form. The table it came from is only read, never touched.
 */
export async function previewForm(context: Excel.RequestContext, campaign: Campaign, form: FormDef, besideSheet: string, api: ApiLevel): Promise<{ sheet: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const checkStructure = queueStructureCheck(context, 'thêm sheet xem thử');
  await context.sync();
  checkStructure();
  const names = sheets.items.map((s) => s.name);
  const wanted = `Xem thử ${form.sheetName}`.slice(0, 31);
  const fold = (n: string) => n.normalize('NFC').toLocaleLowerCase('vi');
  const name = names.some((n) => fold(n) === fold(wanted)) ? copyName(wanted, names) : wanted;

  const identity = { campaign: campaign.key, form: form.key, version: form.version, unitType: '', mode: 'blank' as const };
  const plan = withoutMarker(layoutForm({ campaign, form, identity, sheetName: name, unitName: '' }));
  const temporary = temporaryNames(names)();
  try {
    const sheet = sheets.add(temporary);
    queuePlan(sheet, plan, api);
    const beside = names.findIndex((n) => fold(n) === fold(besideSheet));
    if (beside >= 0) sheet.position = beside + 1;
    sheet.name = name;
    sheet.activate();
    await context.sync();
  } catch (error) {
    await discardTemporarySheets(context, [temporary]);
    throw error;
  }
  return { sheet: name };
}

/** The plan with its marker row emptied (identity and carried campaign): what makes a sheet a form to the add-in. */
function withoutMarker(plan: SheetPlan): SheetPlan {
  return { ...plan, cells: plan.cells.map((row, r) => (r === MARKER_ROW ? row.map((cell) => ({ ...cell, value: null })) : row)) };
}
