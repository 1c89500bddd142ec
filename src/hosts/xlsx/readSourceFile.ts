import type { SourceFile, SourceInfo, SourceRead } from '../../core/merge/types';
import { readWindow } from '../../core/readSheet';
import type { Campaign } from '../../forms/schema';
import { openWorkbookBytes, UnreadableFileError } from './openWorkbookFile';
import { sheetGrids } from './sheetGrids';
import { storedOddities } from './storedCells';
import { carriedCampaign } from './carriedCampaign';
import { savedInWorkbook } from './savedInWorkbook';
import { latestStamp } from '../../core/stamp/stamp';
import { CatalogError } from '../../forms/defineForm';

/** Web Crypto: the same in Node and in the task pane, and the file never leaves the machine. */
async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type { SourceFile };

/**
 * A unit's .xlsx as the merge reads it: every sheet's window, and the campaign
 * its sheets carry (read by that campaign's window; `fallback` for older files),
 * or why the file cannot be read.
 */
export async function readSourceFile(fallback: Campaign, file: SourceFile, readAt: string): Promise<SourceRead> {
  const source: SourceInfo = { label: file.name, sha256: await sha256(file.bytes), modified: file.modified, readAt };
  try {
    const { workbook, bytes } = await openWorkbookBytes(file.name, file.bytes);
    const campaign = carriedCampaign(workbook, file.name);
    const window = readWindow(campaign ?? fallback);
    const odd = await storedOddities(bytes);
    const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, ...sheetGrids(sheet, window, odd.get(sheet.name)) }));
    // The submission stamp, else the save time inside the workbook; never the file's date on this disk: the day it was saved from e-mail says nothing of the deadline.
    const stamp = latestStamp(sheets.map((s) => s.values[0] ?? []));
    return { kind: 'read', source: { ...source, submission: { ...savedInWorkbook(workbook), ...(stamp ? { stamped: stamp.at, stampedBy: stamp.by } : {}) } }, campaign, sheets };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { kind: 'unreadable', source, reason: error.message };
    if (error instanceof CatalogError) return { kind: 'unreadable', source, reason: `${file.name}: bộ biểu mang trong tệp bị hỏng. ${error.message}` };
    throw error;
  }
}
