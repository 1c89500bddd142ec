import type { SourceFile, SourceRead } from '../../core/merge/types';
import { errorMessage } from '../errorMessage';

/**
 * The units' files the user picked or dropped, read in the pane through the
 * port (`WorkbookPort.readSourceFile`): nothing is uploaded.
 */

export type ReadSourceFile = (file: SourceFile, readAt: string) => Promise<SourceRead>;

export type ReadProgress = (done: number, total: number, name: string) => void;

/** Lets the browser paint the progress bar between two files: parsing a workbook holds the thread. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A source on its way in: a picked file, or an open workbook whose pane sends
 * its file (or, where Excel gives no file, its sheets' values). `get` fetches
 * it; a file then goes through the same reader as a picked one.
 */
export type Incoming = {
  readonly name: string;
  readonly get: () => Promise<{ readonly kind: 'file'; readonly file: SourceFile } | { readonly kind: 'read'; readonly read: SourceRead }>;
  /** What the user is told when `get` fails, from the error's message. */
  readonly failure: (message: string) => string;
  readonly modified: number | undefined;
};

/**
 * A picked file's bytes. The browser refuses (NotReadableError, in English) a
 * file moved, deleted or changed on disk since it was picked: said as such.
 */
async function bytesOf(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new Error('tệp đã bị xóa, di chuyển hoặc sửa sau khi chọn; hãy chọn lại tệp');
  }
}

/** A file the user picked or dropped. */
export const pickedFile = (file: File): Incoming => ({
  name: file.name,
  modified: file.lastModified,
  get: async () => ({ kind: 'file', file: { name: file.name, bytes: await bytesOf(file), modified: file.lastModified } }),
  failure: (message) => `${file.name}: không mở được tệp (${message}).`,
});

/**
 * Reads `files` one after the other (see readSources).
 */
export function readFiles(readSourceFile: ReadSourceFile, files: readonly File[], readAt: string, onProgress: ReadProgress, signal: AbortSignal): Promise<SourceRead[]> {
  return readSources(readSourceFile, files.map(pickedFile), readAt, onProgress, signal);
}

/**
 * Reads `items` one after the other. `onProgress(done, total, name)` comes
 * before each (`done` finished, `name` the one being read) and once at the end
 * with `done === total`.
 *
 * Cancelling through `signal` stops before the next item and resolves with the
 * ones read so far (a prefix of `items`): what was read stays usable, and the
 * caller tells the user how many were left. An item that cannot be had (a file
 * moved or deleted since it was picked, a workbook closed before it answered, or
 * failing in the reader) becomes an unreadable source naming it, so one bad
 * item never loses the others.
 */
export async function readSources(readSourceFile: ReadSourceFile, items: readonly Incoming[], readAt: string, onProgress: ReadProgress, signal: AbortSignal): Promise<SourceRead[]> {
  const reads: SourceRead[] = [];
  for (const item of items) {
    if (signal.aborted) break;
    onProgress(reads.length, items.length, item.name);
    await nextTask();
    if (signal.aborted) break;
    try {
      const got = await item.get();
      reads.push(got.kind === 'read' ? got.read : await readSourceFile(got.file, readAt));
    } catch (error) {
      reads.push({
        kind: 'unreadable',
        source: { label: item.name, sha256: undefined, modified: item.modified, readAt },
        reason: item.failure(errorMessage(error)),
      });
    }
  }
  if (reads.length === items.length) onProgress(reads.length, items.length, '');
  return reads;
}
