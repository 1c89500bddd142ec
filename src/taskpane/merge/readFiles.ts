import type { SourceFile, SourceRead } from '../../core/merge/types';

/**
 * The units' files the user picked or dropped, read in the pane through the
 * port (`WorkbookPort.readSourceFile`): nothing is uploaded.
 */

export type ReadSourceFile = (file: SourceFile, readAt: string) => Promise<SourceRead>;

export type ReadProgress = (done: number, total: number, name: string) => void;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Lets the browser paint the progress bar between two files: parsing a workbook holds the thread. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads `files` one after the other. `onProgress(done, total, name)` comes
 * before each file (`done` files finished, `name` the one being read) and once
 * at the end with `done === total`.
 *
 * Cancelling through `signal` stops before the next file and resolves with the
 * files read so far (a prefix of `files`): what was read stays usable, and the
 * caller tells the user how many were left. A file that cannot be opened (moved
 * or deleted since it was picked, or failing in the reader) becomes an
 * unreadable source naming it, so one bad file never loses the others.
 */
export async function readFiles(readSourceFile: ReadSourceFile, files: readonly File[], readAt: string, onProgress: ReadProgress, signal: AbortSignal): Promise<SourceRead[]> {
  const reads: SourceRead[] = [];
  for (const file of files) {
    if (signal.aborted) break;
    onProgress(reads.length, files.length, file.name);
    await nextTask();
    if (signal.aborted) break;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      reads.push(await readSourceFile({ name: file.name, bytes, modified: file.lastModified }, readAt));
    } catch (error) {
      reads.push({
        kind: 'unreadable',
        source: { label: file.name, sha256: undefined, modified: file.lastModified, readAt },
        reason: `${file.name}: không mở được tệp (${messageOf(error)}).`,
      });
    }
  }
  if (reads.length === files.length) onProgress(reads.length, files.length, '');
  return reads;
}
