import { formatAddress, parseAddress } from './address';
import { notSimulated } from './errors';
import { type Change } from './events';
import { parseText, pastedInput, store, type Input } from './input';
import { cellAt, emptyCell, peekCell, type CellModel, type SheetModel } from './model';
import { raiseChanges, raiseSelections } from './notify';
import { cutsMerge } from './range';
import type { WorkbookModel } from './workbook';

/**
 * A person at the keyboard, outside Office.js: typing into a cell, pasting,
 * selecting. Excel's own rules apply (protection, data validation for typing,
 * merged cells), and the worksheet's onChanged handlers hear about it.
 */

export type UserEdit =
  | { readonly accepted: true }
  | { readonly accepted: false; readonly reason: 'locked' | 'validation' | 'merged'; readonly message: string };

export const LOCKED_MESSAGE =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet. You might be requested to enter a password.";
export const DEFAULT_VALIDATION_MESSAGE = 'This value doesn’t match the data validation restrictions defined for this cell.';
const MERGED_MESSAGE = "We can't do that to a merged cell.";

type Limits = { formula1?: unknown; formula2?: unknown; operator?: string };

function limit(formula: unknown): number {
  const n = typeof formula === 'number' ? formula : Number(String(formula).replace(/^=/, ''));
  if (typeof formula === 'object' || Number.isNaN(n)) throw notSimulated(`a validation limit that is not a number (${String(formula)})`);
  return n;
}

function compares(n: number, { formula1, formula2, operator }: Limits): boolean {
  const a = limit(formula1);
  switch (operator) {
    case 'Between':
      return n >= a && n <= limit(formula2);
    case 'NotBetween':
      return n < a || n > limit(formula2);
    case 'EqualTo':
      return n === a;
    case 'NotEqualTo':
      return n !== a;
    case 'GreaterThan':
      return n > a;
    case 'LessThan':
      return n < a;
    case 'GreaterThanOrEqualTo':
      return n >= a;
    default:
      return n <= a;
  }
}

/**
 * Whether typing passes the cell's rule. Whole-number, decimal, text-length and
 * literal list rules are enforced; custom, date and time rules need Excel's
 * calculation and let anything through here.
 */
function passes(cell: CellModel, input: Input): boolean {
  const validation = cell.validation;
  const rule = validation?.rule;
  if (!rule || input.formula !== undefined) return true;
  const { value } = input;
  if (value === null || value === '') return validation.ignoreBlanks;
  if (rule.wholeNumber) return typeof value === 'number' && Number.isInteger(value) && compares(value, rule.wholeNumber as Limits);
  if (rule.decimal) return typeof value === 'number' && compares(value, rule.decimal as Limits);
  if (rule.textLength) return compares(String(value).length, rule.textLength as Limits);
  if (rule.list) {
    const source = rule.list.source;
    if (typeof source !== 'string' || source.startsWith('=')) throw notSimulated('list validation from a range');
    return source.split(',').some((item) => item.trim().toLowerCase() === String(value).toLowerCase());
  }
  return true;
}

/** Typing lands in the top-left cell of a merged area, the only one a person can select. */
function anchorOf(sheet: SheetModel, row: number, column: number): { row: number; column: number } {
  for (const m of sheet.merges) {
    const { range } = parseAddress(m);
    if (row >= range.top && row <= range.bottom && column >= range.left && column <= range.right) return { row: range.top, column: range.left };
  }
  return { row, column };
}

async function announce(model: WorkbookModel, change: Change): Promise<void> {
  const [error] = await raiseChanges(model, [change]);
  // The test is awaiting the edit: a handler's failure is its failure.
  if (error !== undefined) throw error;
}

/** A person typing `text` into one cell and pressing Enter. */
export async function userType(model: WorkbookModel, sheet: SheetModel, address: string, text: string): Promise<UserEdit> {
  const { range } = parseAddress(address);
  if (range.top !== range.bottom || range.left !== range.right) throw new RangeError(`Typing goes into one cell, not ${address}`);
  const { row, column } = anchorOf(sheet, range.top, range.left);
  const existing = peekCell(sheet, row, column);
  if (sheet.protection.protected && (existing?.locked ?? true)) return { accepted: false, reason: 'locked', message: LOCKED_MESSAGE };
  // Read the rules from an untouched cell without creating it: a refused edit leaves no trace.
  const cell = existing ?? emptyCell();
  const input = parseText(text, cell.numberFormat);
  const alert = cell.validation?.errorAlert;
  if (!passes(cell, input) && (alert?.showAlert ?? true) && (alert?.style ?? 'Stop') === 'Stop')
    return { accepted: false, reason: 'validation', message: alert?.message || DEFAULT_VALIDATION_MESSAGE };
  const before = cell.value;
  store(existing ?? cellAt(sheet, row, column), input);
  await announce(model, { sheetId: sheet.id, range: { top: row, left: column, bottom: row, right: column }, before, after: input.value });
  return { accepted: true };
}

/**
 * A paste of cells copied elsewhere: their types travel with them, data
 * validation is not applied (Excel checks typing only) though the rule stays,
 * locked cells of a protected sheet and part of a merged area refuse it whole.
 */
export async function userPaste(model: WorkbookModel, sheet: SheetModel, topLeft: string, values: readonly (readonly unknown[])[]): Promise<UserEdit> {
  const { range: start } = parseAddress(topLeft);
  const width = Math.max(0, ...values.map((r) => r.length));
  if (values.length === 0 || width === 0) throw new RangeError('Nothing to paste');
  const area = { top: start.top, left: start.left, bottom: start.top + values.length - 1, right: start.left + width - 1 };
  if (sheet.protection.protected)
    for (let r = area.top; r <= area.bottom; r += 1)
      for (let c = area.left; c <= area.right; c += 1)
        if (peekCell(sheet, r, c)?.locked ?? true) return { accepted: false, reason: 'locked', message: LOCKED_MESSAGE };
  if (cutsMerge(sheet, area)) return { accepted: false, reason: 'merged', message: MERGED_MESSAGE };
  const valueAt = () => peekCell(sheet, area.top, area.left)?.value ?? null;
  const before = valueAt();
  values.forEach((row, r) => {
    for (let c = 0; c < width; c += 1) store(cellAt(sheet, area.top + r, area.left + c), pastedInput(row[c]));
  });
  const single = values.length === 1 && width === 1;
  await announce(model, { sheetId: sheet.id, range: area, ...(single ? { before, after: valueAt() } : {}) });
  return { accepted: true };
}

/** A click on a cell or a drag over a range: the sheet becomes active and onSelectionChanged fires. */
export async function userSelect(model: WorkbookModel, sheet: SheetModel, address: string): Promise<void> {
  const { range } = parseAddress(address);
  model.activeSheetId = sheet.id;
  model.selection = { sheet: sheet.name, address: formatAddress(range) };
  const [error] = await raiseSelections(model, [{ sheetId: sheet.id, range }]);
  if (error !== undefined) throw error;
}
