import { textTooLong } from './errors';
import type { CellModel, CellValue } from './model';

/** What a cell holds at most (Microsoft Support, Excel specifications and limits): a longer text is refused, never cut. */
export const MAX_CELL_TEXT = 32_767;

/**
 * How Excel reads what it is given, through `values`/`formulas` or the
 * keyboard (docs/FAKE-EXCEL.md gives the sources):
 *
 * - in a cell formatted as Text ("@") the entry is kept exactly as written:
 *   no formula, no number, and a leading apostrophe stays part of the text;
 * - elsewhere a leading apostrophe makes the rest text and is not shown;
 *   "=…" is a formula, and so is "+…"/"-…" that is not a number; TRUE/FALSE
 *   are booleans; and numbers are read as Excel reads them typed: "12.5",
 *   "(12)" as −12, "1,234" as 1234, "50%" as 0.5, "1/2" and "2025-05-01" as
 *   dates (serial numbers), a General cell taking the number format Excel
 *   gives such an entry ("#,##0", "0%", "d-mmm", "m/d/yyyy").
 *
 * The fake reads as en-US Excel does ("1.234" is 1.234, "1,234" is 1234):
 * Range.values takes en-US input whatever the user's locale (the @types
 * comment on Range.values: locale-shaped strings are stored as text).
 */

export type Input = {
  readonly value: CellValue;
  readonly formula: string | undefined;
  /** The number format a General cell takes from the entry ("0%" for "50%"). */
  readonly numberFormat?: string;
};

const TEXT_FORMAT = '@';
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d*)?))\s?%$/;

type Parsed = { readonly value: number; readonly numberFormat?: string };

/** Days since 1899-12-30: Excel's serial for dates after February 1900. */
function serial(year: number, month: number, day: number): number | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Excel's two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999. */
const fullYear = (text: string) => (text.length === 4 ? Number(text) : Number(text) + (Number(text) < 30 ? 2000 : 1900));

/** Month first, as en-US reads "1/2" (January 2); without a year, this year. Or ISO "2025-05-01". */
function parseDate(text: string): Parsed | undefined {
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (iso) {
    const value = serial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value === undefined ? undefined : { value, numberFormat: 'm/d/yyyy' };
  }
  const us = /^(\d{1,2})([-/])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(text);
  if (!us) return undefined;
  const year = us[4] === undefined ? new Date().getFullYear() : fullYear(us[4]);
  const value = serial(year, Number(us[1]), Number(us[3]));
  return value === undefined ? undefined : { value, numberFormat: us[4] === undefined ? 'd-mmm' : 'm/d/yyyy' };
}

/** A number as typed into Excel (en-US), or undefined for anything else. */
export function parseNumber(text: string): Parsed | undefined {
  if (PLAIN.test(text)) return { value: Number(text) };
  if (GROUPED.test(text)) return { value: Number(text.replace(/,/g, '')), numberFormat: /\.\d/.test(text) ? '#,##0.00' : '#,##0' };
  const negative = /^\((.+)\)$/.exec(text);
  if (negative?.[1] !== undefined && !/^[+-]/.test(negative[1])) {
    const inner = PLAIN.test(negative[1]) || GROUPED.test(negative[1]) ? parseNumber(negative[1]) : undefined;
    return inner && { value: -inner.value, ...(inner.numberFormat ? { numberFormat: inner.numberFormat } : {}) };
  }
  const percent = PERCENT.exec(text);
  if (percent?.[1] !== undefined) {
    const amount = Number(percent[1].replace(/,/g, ''));
    return { value: amount / 100, numberFormat: /\.\d/.test(percent[1]) ? '0.00%' : '0%' };
  }
  return parseDate(text);
}

/** Text as Excel parses it, given the cell's number format. */
export function parseText(text: string, numberFormat: string): Input {
  if (text === '') return { value: null, formula: undefined };
  if (numberFormat === TEXT_FORMAT) return { value: text, formula: undefined };
  if (text.startsWith("'")) return { value: text.slice(1), formula: undefined };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  const number = parseNumber(trimmed);
  if (number) return { value: number.value, formula: undefined, ...(number.numberFormat ? { numberFormat: number.numberFormat } : {}) };
  if (/^[+-]./.test(text)) return { value: '', formula: `=${text}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: undefined };
  return { value: text, formula: undefined };
}

/** A value from `range.values = …` or `range.formulas = …`; a text longer than a cell holds is refused (InvalidArgument). */
export function parseInput(input: unknown, numberFormat: string): Input {
  if (input === null || input === undefined) return { value: null, formula: undefined };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: undefined };
  if (typeof input === 'string') {
    const parsed = parseText(input, numberFormat);
    if (typeof parsed.value === 'string' && parsed.value.length > MAX_CELL_TEXT) throw textTooLong(parsed.value.length);
    return parsed;
  }
  throw new TypeError(`Excel takes strings, numbers and booleans; got ${typeof input}`);
}

/**
 * A pasted value: cells copied from another workbook keep their types, so a
 * string stays a string; a formula or an apostrophe still reads as in Excel.
 */
export function pastedInput(input: unknown): Input {
  if (typeof input === 'string' && (input.startsWith('=') || input.startsWith("'"))) return parseText(input, 'General');
  if (input === '' || input === undefined) return { value: null, formula: undefined };
  return parseInput(input, TEXT_FORMAT);
}

/** A formula's cached value is "" until something calculates it, and the fake never does. */
export function store(cell: CellModel, input: Input): void {
  cell.value = input.value;
  cell.formula = input.formula;
  if (input.numberFormat !== undefined && cell.numberFormat === 'General') cell.numberFormat = input.numberFormat;
}
