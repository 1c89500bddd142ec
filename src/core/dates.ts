/** "2023-07-30" → "30/7/2023", as Vietnamese documents write dates. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}/${month}/${year}`;
}
