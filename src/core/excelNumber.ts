/**
 * Excel's largest number is 9.99999999999999E+307 (Microsoft Support, "Excel
 * specifications and limits": largest allowed positive number). A file
 * holding a larger one, or Infinity, is invalid: openpyxl refuses it and
 * LibreOffice shows #NUM!. JavaScript holds numbers up to 1.8E+308, so a
 * figure a file stores as 1E+308, or a sum of two large ones, would pass
 * unnoticed and be written back: neither is read as a figure nor written.
 */
export const MAX_EXCEL_NUMBER = 9.99999999999999e307;

/** Whether Excel can hold the number: finite and within its largest magnitude. */
export function fitsExcel(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_EXCEL_NUMBER;
}

/** A huge number as Excel shows it in scientific form, "1E+308" (JavaScript writes "1e+308"). */
export function scientific(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'vô cùng' : '-vô cùng';
  return value.toExponential().replace(/e\+?/, 'E+').replace('E+-', 'E-').replace('.', ',');
}
