/**
 * Sheets the add-in builds under a temporary name and renames once every
 * write is queued, so that a batch that fails half-way leaves the workbook's
 * own sheets as they were. A temporary name is never one already in the
 * workbook (a run that was interrupted may have left one), and the next run
 * deletes such leftovers after its own writes.
 */

export const TEMPORARY_PREFIX = '~tongket';

const fold = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi');

export const isTemporary = (name: string) => name.startsWith(TEMPORARY_PREFIX);

/** A source of fresh temporary names: "~tongket 0", "~tongket 1"…, skipping the names in `taken` (without regard to case, as Excel compares them). */
export function temporaryNames(taken: readonly string[]): () => string {
  const used = new Set(taken.map(fold));
  let n = 0;
  return () => {
    while (used.has(fold(`${TEMPORARY_PREFIX} ${n}`))) n += 1;
    const name = `${TEMPORARY_PREFIX} ${n}`;
    used.add(fold(name));
    return name;
  };
}

/**
 * After a failed batch: deletes what is left of this run's temporary sheets,
 * in two syncs of its own. A failure here is not reported over the one that
 * brought us here (the caller rethrows that); the next run deletes whatever
 * is still left.
 */
export async function discardTemporarySheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  try {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const ours = new Set(names.map(fold));
    const left = sheets.items.filter((sheet) => ours.has(fold(sheet.name)));
    if (left.length === 0 || left.length === sheets.items.length) return;
    for (const sheet of left) sheet.delete();
    await context.sync();
  } catch {
    // Left for the next run's clean-up.
  }
}
