import type { CellModel, CellValue } from './model';

/**
 * How Excel reads what it is given, through `values`/`formulas` or the
 * keyboard: "=…" (and "+…"/"-…" that is not a number) is a formula, a leading
 * apostrophe forces text, a number or TRUE/FALSE in a cell not formatted as
 * text ("@") becomes one. Numbers are read in the invariant form ("12.5"):
 * the fake has no locale, so "1.234" is 1.234, never one thousand two hundred.
 */

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export type Input = { readonly value: CellValue; readonly formula: string | undefined };

/** Text as Excel parses it, given the cell's number format. */
export function parseText(text: string, numberFormat: string): Input {
  if (text === '') return { value: null, formula: undefined };
  if (text.startsWith("'")) return { value: text.slice(1), formula: undefined };
  const trimmed = text.trim();
  const asText = numberFormat === '@';
  if (!asText && NUMBER.test(trimmed)) return { value: Number(trimmed), formula: undefined };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (!asText && /^[+-]./.test(text)) return { value: '', formula: `=${text}` };
  if (!asText && /^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: undefined };
  return { value: text, formula: undefined };
}

/** A value from `range.values = …` or `range.formulas = …`. */
export function parseInput(input: unknown, numberFormat: string): Input {
  if (input === null || input === undefined) return { value: null, formula: undefined };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: undefined };
  if (typeof input === 'string') return parseText(input, numberFormat);
  throw new TypeError(`Excel takes strings, numbers and booleans; got ${typeof input}`);
}

/**
 * A pasted value: cells copied from another workbook keep their types, so a
 * string stays a string; a formula or an apostrophe still reads as in Excel.
 */
export function pastedInput(input: unknown): Input {
  if (typeof input === 'string' && (input.startsWith('=') || input.startsWith("'"))) return parseText(input, 'General');
  if (input === '' || input === undefined) return { value: null, formula: undefined };
  return parseInput(input, '@');
}

/** A formula's cached value is "" until something calculates it, and the fake never does. */
export function store(cell: CellModel, input: Input): void {
  cell.value = input.value;
  cell.formula = input.formula;
}
