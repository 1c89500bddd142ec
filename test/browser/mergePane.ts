import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnitFile } from '../support/units';
import { openPreview, type Harness } from './harness';

/** The Tổng hợp tab as a test drives it: what is picked, what the source list shows, and what lands in the in-memory Excel. */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file as the browser's file picker hands it over. */
export type PickedFile = { readonly name: string; readonly mimeType: string; readonly buffer: Buffer };
export const picked = (file: Pick<UnitFile, 'name' | 'bytes'>): PickedFile => ({ name: file.name, mimeType: XLSX, buffer: Buffer.from(file.bytes) });

export async function openMergeTab(): Promise<Harness> {
  const h = await openPreview();
  await h.page.getByTestId('taskpane').getByRole('tab', { name: 'Tổng hợp' }).click();
  // The tab's code is fetched on first opening: the test starts once it is there.
  await h.page.getByTestId('taskpane').getByRole('button', { name: 'Thêm tệp…' }).waitFor();
  return h;
}

/** `harness` is read on each call: a test file opens a new page before each test. */
export function mergePane(harness: () => Harness) {
  const pane = () => harness().page.getByTestId('taskpane');
  const list = () => pane().getByRole('list', { name: 'Các nguồn' });
  return {
    pane,
    /** Picks files through the tab's file input: generated ones, or one on disk with its date. */
    pick: (...files: PickedFile[]) => pane().locator('main input[type=file]').setInputFiles(files),
    pickFromDisk: (paths: string | string[]) => pane().locator('main input[type=file]').setInputFiles(paths),
    sources: () => list().locator(':scope > li'),
    source: (label: string) => list().getByRole('listitem', { name: label }),
    mergeButton: (units: number) => pane().getByRole('button', { name: `Tổng hợp ${units} đơn vị` }),
    cellValue: (sheet: string, address: string) => harness().page.evaluate(([s, a]) => window.fakeExcel.cell(s as string, a as string)?.value, [sheet, address]),
  };
}

/**
 * Where a test file keeps units' files on disk, as their e-mails left them:
 * picked from disk, a file carries the date it was saved (a generated payload
 * carries the time it was picked). The folder goes when the test file ends.
 */
export function filesOnDisk(): (file: Pick<UnitFile, 'name' | 'bytes'>, modified: number) => string {
  const folder = mkdtempSync(join(tmpdir(), 'tongket-merge-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return (file, modified) => {
    const path = join(folder, file.name);
    writeFileSync(path, file.bytes);
    utimesSync(path, modified / 1000, modified / 1000);
    return path;
  };
}
