/** "2023-07-30" → "30/7/2023", as Vietnamese documents write dates. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}/${month}/${year}`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A moment as "30/7/2023 14:05", local time. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Whether a moment falls on or before an ISO day (the whole deadline day counts, local time). */
export function onOrBefore(ms: number, isoDay: string): boolean {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return ms < new Date(year, month - 1, day + 1).getTime();
}

/** A moment's local day as ISO "2023-07-30", to compare with deadlines. */
export function isoDayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
