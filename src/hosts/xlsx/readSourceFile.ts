import type { SourceInfo, SourceRead } from '../../core/merge/types';
import { readWindow } from '../../core/readSheet';
import type { Campaign } from '../../forms/schema';
import { openWorkbookFile, UnreadableFileError } from './openWorkbookFile';
import { sheetGrids } from './sheetGrids';

/** Web Crypto: the same in Node and in the task pane, and the file never leaves the machine. */
async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type SourceFile = { readonly name: string; readonly bytes: Uint8Array; readonly modified: number | undefined };

/** A unit's .xlsx as the merge reads it: every sheet's window, or why the file cannot be read. */
export async function readSourceFile(campaign: Campaign, file: SourceFile, readAt: string): Promise<SourceRead> {
  const source: SourceInfo = { label: file.name, sha256: await sha256(file.bytes), modified: file.modified, readAt };
  try {
    const workbook = await openWorkbookFile(file.name, file.bytes);
    const window = readWindow(campaign);
    return { kind: 'read', source, sheets: workbook.worksheets.map((sheet) => ({ name: sheet.name, ...sheetGrids(sheet, window) })) };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { kind: 'unreadable', source, reason: error.message };
    throw error;
  }
}
