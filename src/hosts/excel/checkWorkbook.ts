import { readFormSheet, readWindow } from '../../core/readSheet';
import { checkSheets, inputProgress, type FormSheet } from '../../core/rules/checkForm';
import type { RefusedSheet, WorkbookCheck } from '../../core/rules/types';
import type { Campaign } from '../../forms/schema';
import { queueSheetWindow, windowValues } from './sheetWindow';


type Loaded = { name: string; id: string; window: Excel.Range };

const queueWindow = (campaign: Campaign, sheet: Excel.Worksheet) => queueSheetWindow(sheet, readWindow(campaign));

function evaluate(campaign: Campaign, loaded: readonly Loaded[]): WorkbookCheck {
  const refused: RefusedSheet[] = [];
  const forms: (FormSheet & { id: string })[] = [];
  for (const { name, id, window } of loaded) {
    const reading = readFormSheet(campaign, name, windowValues(window), window.formulas);
    if (reading.kind === 'refused') refused.push({ sheet: name, reason: reading.reason });
    if (reading.kind === 'form') forms.push({ ...reading.sheet, id });
  }
  const issues = checkSheets(forms);
  return { sheets: forms.map((f) => ({ sheet: f.sheet, sheetId: f.id, issues: issues.filter((i) => i.sheet === f.sheet), progress: inputProgress(f) })), refused };
}

/** Every form sheet of the workbook, checked: two syncs (the sheets, then one window of each). */
export async function checkWorkbook(context: Excel.RequestContext, campaign: Campaign): Promise<WorkbookCheck> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name, items/id');
  await context.sync();
  const loaded = sheets.items.map((sheet) => ({ name: sheet.name, id: sheet.id, window: queueWindow(campaign, sheet) }));
  await context.sync();
  return evaluate(campaign, loaded);
}

/** One sheet again after an edit: a single sync whatever the size of the paste. */
export async function checkOneSheet(context: Excel.RequestContext, campaign: Campaign, sheetId: string): Promise<WorkbookCheck> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  sheet.load('name, id');
  const window = queueWindow(campaign, sheet);
  await context.sync();
  return evaluate(campaign, [{ name: sheet.name, id: sheet.id, window }]);
}
