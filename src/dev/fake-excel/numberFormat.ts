import type { CellValue } from './model';

/**
 * Range.text, roughly: the fake knows the number formats this project writes
 * ("General", "@", "0", "0.0", "#,##0", "#,##0.00", "0%", "0.0%") and shows
 * any other format's numbers as General would. Separators are en-US.
 */
export function displayText(value: CellValue, numberFormat: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const section = numberFormat.split(';')[0] ?? 'General';
  const pattern = /^(#,##)?0(\.0+)?(%)?$/.exec(section.replace(/"[^"]*"/g, '').trim());
  if (!pattern) return general(value);
  const [, grouping, decimals = '', percent] = pattern;
  const scaled = percent ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(Math.max(0, decimals.length - 1));
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}${percent ?? ''}`;
}

/** General shows up to 11 significant characters. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return text.length > 11 ? value.toExponential(5).replace(/e\+?/, 'E+').replace('E+-', 'E-') : text;
}
