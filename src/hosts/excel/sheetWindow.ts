import { valueUnderFormat } from '../../core/dateFormat';

/**
 * The window of a sheet the readers check and merge: values and formulas, and
 * the number formats, because Office.js gives a date as its serial number and
 * only the format says it is a date (src/core/dateFormat.ts). Loaded in the
 * caller's sync: no extra round trip.
 */
export function queueSheetWindow(sheet: Excel.Worksheet, address: string): Excel.Range {
  const window = sheet.getRange(address);
  window.load('values, formulas, numberFormat');
  return window;
}

/** The loaded window's values, dates marked as such. */
export function windowValues(window: Excel.Range): unknown[][] {
  return window.values.map((row, r) => row.map((value, c) => valueUnderFormat(value, window.numberFormat[r]?.[c])));
}
