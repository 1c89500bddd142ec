import { cellAddress, rangeAddress } from '../../core/a1';
import { cellAt, toRange, type CellModel, type SheetModel } from './model';
import { storeInput } from './range';

/** What happened to a simulated keystroke or paste. */
export type UserEdit = { readonly accepted: true } | { readonly accepted: false; readonly reason: 'locked' | 'validation'; readonly message: string };

const LOCKED_MESSAGE = "The cell or chart you're trying to change is on a protected sheet.";

/** Excel parses what a person types: a number stays a number, "=…" is a formula, anything else is text. */
function typed(text: string): unknown {
  if (text === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text.trim());
  return text;
}

function validationRefuses(cell: CellModel, value: unknown): string | undefined {
  const rule = cell.validation?.rule as { wholeNumber?: { formula1: number }; decimal?: { formula1: number } } | undefined;
  const limit = rule?.wholeNumber ?? rule?.decimal;
  if (!rule || !limit || value === null) return undefined;
  const ok = typeof value === 'number' && value >= Number(limit.formula1) && (!rule.wholeNumber || Number.isInteger(value));
  return ok ? undefined : (cell.validation?.errorAlert?.message ?? 'This value doesn’t match the data validation restrictions defined for this cell.');
}

async function fireChanged(sheet: SheetModel, address: string): Promise<void> {
  const args = { worksheetId: sheet.id, address, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' } as unknown as Excel.WorksheetChangedEventArgs;
  // Excel raises events after the edit, outside the user's action.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await Promise.all(sheet.changeHandlers.map((handler) => handler(args)));
}

/** A person typing into one cell and pressing Enter. */
export async function userType(sheet: SheetModel, address: string, text: string): Promise<UserEdit> {
  const { top, left } = toRange(address);
  const cell = cellAt(sheet, top, left);
  if (sheet.protection.protected && cell.locked) return { accepted: false, reason: 'locked', message: LOCKED_MESSAGE };
  const value = text.startsWith('=') ? text : typed(text);
  const refused = text.startsWith('=') ? undefined : validationRefuses(cell, value);
  if (refused) return { accepted: false, reason: 'validation', message: refused };
  storeInput(cell, value);
  await fireChanged(sheet, cellAddress(top, left));
  return { accepted: true };
}

/** A paste: data validation is not applied (Excel drops it on paste), protection still is. */
export async function userPaste(sheet: SheetModel, topLeft: string, values: unknown[][]): Promise<UserEdit> {
  const { top, left } = toRange(topLeft);
  const bottom = top + values.length - 1;
  const right = left + Math.max(...values.map((r) => r.length)) - 1;
  for (let r = top; r <= bottom; r += 1)
    for (let c = left; c <= right; c += 1)
      if (sheet.protection.protected && cellAt(sheet, r, c).locked) return { accepted: false, reason: 'locked', message: LOCKED_MESSAGE };
  values.forEach((row, r) => row.forEach((value, c) => storeInput(cellAt(sheet, top + r, left + c), value)));
  await fireChanged(sheet, rangeAddress(top, left, bottom, right));
  return { accepted: true };
}
