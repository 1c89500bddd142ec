import { oddValue, shownDate, type OddValue } from './oddValue';

/**
 * Dates as Excel keeps them: a serial number under a date number format. A
 * reader that gets only the number (Office.js `values`) must look at the format
 * to know that "1/7" typed into a General cell is the 1st of July, not 45,474.
 */

/** A number format that shows a date or time ("d/m/yyyy", "mmm-yy", "[$-42A]dd/mm/yyyy"): day, year or hour codes outside quoted text and [..] sections. */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dyh]/i.test(bare);
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, with its phantom 29 February, so day 0 falls on 1899-12-30. */
export function dateOfSerial(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

/** A value as the checks should see it: a number under a date format becomes the date the user sees, never a figure. */
export function valueUnderFormat(value: unknown, numberFormat: unknown): unknown | OddValue {
  return typeof value === 'number' && typeof numberFormat === 'string' && isDateFormat(numberFormat) ? oddValue('date', shownDate(dateOfSerial(value))) : value;
}
