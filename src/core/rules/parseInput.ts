import { fitsExcel } from '../excelNumber';
import { isOddValue, type OddKind } from '../oddValue';
import type { InputProblemCode, NumericKind, ParsedInput, RawCell } from './types';

/**
 * What a typed input cell holds, and what is wrong with it. A figure is what
 * the spreadsheet itself treats as a number (so the sheet's own check formulas
 * agree); text that looks like a number is flagged with the number the user
 * most likely meant, which the pane offers as a one-click fix.
 */

const ODD_PROBLEM: Record<OddKind, InputProblemCode> = { date: 'date-in-number', 'malformed-number': 'malformed-number', 'too-large': 'number-too-large' };

const THOUSANDS = /^\d{1,3}([.,]\d{3})+$/;
/** "1,234": one comma before three digits is 1234 to an English reader and the decimal 1,234 to a Vietnamese one. */
const COMMA_OR_DECIMAL = /^\d{1,3},\d{3}$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;
const NUMBER_THEN_WORDS = /^(\d+(?:[.,]\d+)?)\s*\p{L}[\p{L}\s.]*$/u;

export function parseInput(cell: RawCell, kind: NumericKind): ParsedInput {
  const { value } = cell;
  if (cell.formula !== undefined && cell.formula.startsWith('=')) {
    const number = typeof value === 'number' ? value : isErrorValue(value) ? NaN : undefined;
    return { number, blank: false, problem: number === undefined ? { code: 'formula-in-input' } : { code: 'formula-in-input', fix: number } };
  }
  if (value === null || value === undefined || value === '') return { number: undefined, blank: true };
  // A date, however stored, a boolean or a stored number that is no number: never a figure, always said.
  if (isOddValue(value)) return { number: undefined, blank: false, problem: { code: ODD_PROBLEM[value.odd] } };
  if (typeof value === 'boolean') return { number: undefined, blank: false, problem: { code: 'boolean-in-number' } };
  if (typeof value === 'number' && Number.isNaN(value)) return { number: undefined, blank: false, problem: { code: 'malformed-number' } };
  // Summed, a number Excel cannot hold would make the summary's file invalid (excelNumber.ts).
  if (typeof value === 'number' && !fitsExcel(value)) return { number: undefined, blank: false, problem: { code: 'number-too-large' } };
  if (typeof value === 'number') return { number: value, blank: false, ...numericProblem(value, kind) };
  if (isErrorValue(value)) return { number: NaN, blank: false, problem: { code: 'error-value' } };
  if (typeof value !== 'string') return { number: undefined, blank: false, problem: { code: 'not-a-number' } };
  return { number: undefined, blank: false, ...textProblem(value, kind) };
}

/** #REF!, #DIV/0!…: Office.js gives them as text, ExcelJS as { error }. */
export function isErrorValue(value: unknown): boolean {
  if (typeof value === 'object' && value !== null && 'error' in value) return true;
  return typeof value === 'string' && /^#[A-Z0-9/]+[!?]?$|^#N\/A$/.test(value.trim());
}

function numericProblem(value: number, kind: NumericKind): Pick<ParsedInput, 'problem'> {
  if (value < 0) return { problem: { code: 'negative' } };
  if (kind === 'count' && !Number.isInteger(value)) return { problem: { code: 'fraction-in-count' } };
  if (kind === 'amount' && Math.abs(Math.round(value * 10) - value * 10) > 1e-9)
    return { problem: { code: 'too-many-decimals', fix: Math.round(value * 10) / 10 } };
  return {};
}

/** Longer text is never offered as a number ("12 người" and "1.234.567" are far shorter). */
const LONGEST_READABLE = 100;

function textProblem(text: string, kind: NumericKind): Pick<ParsedInput, 'problem'> {
  const trimmed = text.trim();
  // Spaces only: Excel does not count the cell as blank, so neither do we.
  if (trimmed === '') return { problem: { code: 'not-a-number' } };
  // No figure a person means is this long; the patterns below would backtrack through megabytes of text (5 MB overflowed the stack).
  if (trimmed.length > LONGEST_READABLE) return { problem: { code: 'not-a-number' } };
  if (trimmed !== text && /^\d+(\.\d+)?$/.test(trimmed)) return { problem: { code: 'padded-number', fix: Number(trimmed) } };
  // Asked about, never read as 1234: only a count, which cannot be a decimal, is offered the whole number.
  if (COMMA_OR_DECIMAL.test(trimmed))
    return { problem: kind === 'count' ? { code: 'comma-or-decimal', fix: Number(trimmed.replace(',', '')) } : { code: 'comma-or-decimal' } };
  if (THOUSANDS.test(trimmed)) return { problem: { code: 'thousands-separator', fix: Number(trimmed.replace(/[.,]/g, '')) } };
  if (kind === 'amount' && DECIMAL_COMMA.test(trimmed)) return { problem: { code: 'decimal-comma', fix: Number(trimmed.replace(',', '.')) } };
  const withWords = NUMBER_THEN_WORDS.exec(trimmed);
  if (withWords?.[1] && /^\d+$/.test(withWords[1])) return { problem: { code: 'unit-in-number', fix: Number(withWords[1]) } };
  return { problem: { code: 'not-a-number' } };
}
