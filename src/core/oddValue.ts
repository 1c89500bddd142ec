/**
 * A cell whose stored value is no figure although a reader could take it for
 * one: a date (typed "1/7" and kept by Excel as a date serial under a date
 * format, or stored as an ISO date, `t="d"`), a number cell whose stored
 * text is no number (`<v>12abc</v>`, which ExcelJS would read as 12), or a
 * number larger than Excel can hold (`<v>1E+308</v>`, excelNumber.ts). Hosts
 * put it in the values grid in place of the value; the checks flag it, showing
 * `shown` (what the user sees in the cell), and the merge never sums it.
 */
export type OddKind = 'date' | 'malformed-number' | 'too-large';

export type OddValue = { readonly odd: OddKind; readonly shown: string };

/** `String()` of an odd value is what the cell shows, so labels and names read as the user sees them. */
export function oddValue(odd: OddKind, shown: string): OddValue {
  return Object.defineProperty({ odd, shown }, 'toString', { value: () => shown, enumerable: false }) as OddValue;
}

export function isOddValue(value: unknown): value is OddValue {
  return typeof value === 'object' && value !== null && 'odd' in value && 'shown' in value;
}

/** A date as a Vietnamese Excel shows it: "1/7/2024" (day/month/year), with the time when there is one. */
export function shownDate(date: Date): string {
  const day = `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
  const [h, m, s] = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${h}:${String(m).padStart(2, '0')}${s ? `:${String(s).padStart(2, '0')}` : ''}`;
}
