import type { OpenWorkbooksHub } from '../openWorkbooks/hub';
import type { OpenBook } from '../openWorkbooks/protocol';
import type { Incoming } from './readFiles';

/**
 * An open workbook as a source: its pane is asked for its file, which is then
 * read exactly as a picked file is (its bytes, its save time, its SHA-256 for
 * duplicates); where Excel gives no file, its pane's reading of its sheets.
 */
export function openBookSource(hub: Pick<OpenWorkbooksHub, 'request'>, book: OpenBook, readAt: string): Incoming {
  return {
    name: book.name,
    modified: undefined,
    async get() {
      const own = await hub.request(book.id, readAt);
      // No date of a file on this computer: the workbook is open, not saved here.
      return own.kind === 'file' ? { kind: 'file', file: { name: own.name, bytes: own.bytes, modified: undefined } } : { kind: 'read', read: own.read };
    },
    failure: (message) => `${book.name}: không nhận được sổ đang mở (${message}).`,
  };
}
