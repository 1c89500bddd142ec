import JSZip from 'jszip';
import { crc32 } from '../../core/crc32';
import { directoryProblem, FILE_LIMITS, keptProblem, partOf, partsToCount, sheetsToTrim, sizeMessage, type PartPlace, type SizeProblem } from '../../core/fileLimits';
import { duplicatedPart, readZipDirectory, type ZipEntry } from '../../core/zipDirectory';
import { inflateAtMost } from './countedInflate';
import { partName, RESEND } from './damagedFile';
import { sheetParts } from './sheetParts';
import { trimSheet } from './trimSheet';
import { declaredUtf8, headOf, utf16Of, type Utf16 } from './xmlEncoding';

/**
 * A received workbook's bytes made safe to read, or why it is too large or
 * damaged (Vietnamese, naming the part and its sheet). Runs before ExcelJS, which
 * inflates every part whole into memory (a workbook of four 450 MB sheets
 * took 4.2 GB and 45 s), and the bytes it gives are the ones every later
 * scan reads (storedCells.ts, damagedFile.ts).
 *
 * First the zip's directory, without inflating (fileLimits.ts). Sheets too
 * large to read whole are then read down to the forms' rows (trimSheet.ts)
 * and put back in a copy of the zip. Since the directory can lie and JSZip
 * compares the inflated length with it only once all is inflated, each other
 * part that could pass the limits by lying (partsToCount), and every part
 * read as XML, is inflated once here, counting and keeping nothing, and
 * stopped as soon as it passes its declared size. The same pass compares each
 * XML part with its CRC-32 (JSZip never does unless asked, and then inflates
 * every part whole before any count), so a figure changed after zipping is
 * not read as the unit's, and finds parts in UTF-16, given to ExcelJS as
 * UTF-8. A form workbook has nothing to trim and its 17 parts (the other 6
 * of its 23 entries are folders) to inflate: 2 ms, 0.8 of them for the
 * checksums and the parts not counted before (`npm run bench`).
 */
export type BoundedWorkbook =
  | { readonly kind: 'bounded'; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly reason: string }
  /** Damaged where ExcelJS would read on without a word: two copies of a part, or a part not as it was zipped. */
  | { readonly kind: 'damaged'; readonly reason: string };

export async function boundedWorkbook(bytes: Uint8Array): Promise<BoundedWorkbook> {
  const entries = readZipDirectory(bytes);
  // No directory to read: ExcelJS's failure says what is wrong with the file.
  if (!entries) return { kind: 'bounded', bytes };
  const declared = directoryProblem(entries);
  if (declared?.kind === 'entries') return { kind: 'too-large', reason: sizeMessage(declared) };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { kind: 'bounded', bytes };
  }
  const refused = async (problem: SizeProblem): Promise<BoundedWorkbook> => ({ kind: 'too-large', reason: sizeMessage(problem, await placeOf(zip, problem, entries)) });
  if (declared) return refused(declared);
  const trimmed = new Set(sheetsToTrim(entries));
  const whole = await readWhole(zip, entries, trimmed);
  if (whole.lie) return refused(whole.lie);
  // Named by its sheet: the list of sheets and its links, read for that, were counted above and hold no more than they declare.
  const damaged = async (part: string, what: string): Promise<BoundedWorkbook> => ({ kind: 'damaged', reason: `tệp bị hỏng: ${what.replace('{part}', partName(part, await sheetParts(zip)))}; ${RESEND}.` });
  const duplicated = duplicatedPart(entries);
  if (duplicated !== undefined) return damaged(duplicated, 'tệp nén có hai bản khác nhau của {part}, không biết bản nào là số liệu đơn vị gửi');
  if (whole.changed !== undefined) return damaged(whole.changed, '{part} không khớp mã kiểm tra (CRC-32) ghi trong tệp nén, tức là đã bị thay đổi hoặc hỏng sau khi nén');
  if (trimmed.size === 0 && whole.utf16.length === 0) return { kind: 'bounded', bytes };
  const recoded = new Map<string, number>();
  for (const { file, encoding } of whole.utf16) {
    const utf8 = new TextEncoder().encode(declaredUtf8(new TextDecoder(encoding).decode(await file.async('uint8array'))));
    zip.file(file.name, utf8);
    recoded.set(nameOf(file), utf8.length);
  }
  const kept: ZipEntry[] = entries.filter((entry) => !trimmed.has(entry)).map((entry) => ({ ...entry, uncompressedSize: recoded.get(entry.name) ?? entry.uncompressedSize }));
  for (const entry of trimmed) {
    const file = zip.file(entry.name);
    if (!file) continue;
    const sheet = await trimSheet(file, entry.uncompressedSize);
    if (sheet.kind === 'lie') return refused({ kind: 'lie', entry });
    if (sheet.kind === 'too-large') return refused({ kind: 'part', entry, bound: FILE_LIMITS.partBytes });
    // Left as it is: ExcelJS fails on it and damagedFile.ts says why.
    if (sheet.kind === 'broken') return { kind: 'bounded', bytes };
    zip.file(entry.name, sheet.xml);
    kept.push({ ...entry, uncompressedSize: sheet.xml.length });
  }
  const tooMuch = keptProblem(kept);
  if (tooMuch) return refused(tooMuch);
  // Parts not replaced are copied as they were compressed; only the trimmed sheets and the parts in UTF-16 are compressed again.
  return { kind: 'bounded', bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) };
}

/** JSZip's name of a part is cleaned of "../"; the directory's is as written. */
const nameOf = (file: JSZip.JSZipObject) => file.unsafeOriginalName ?? file.name;

/** Parts ExcelJS reads as XML: the cells, the shared strings, the list of sheets and the links between them among others. */
const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

/** What reading the parts read whole found: the first that inflates past its declared size or the limits, the first XML part not as zipped (its name as read), the parts in UTF-16. */
type WholeParts = { readonly lie?: SizeProblem; readonly changed?: string; readonly utf16: readonly { readonly file: JSZip.JSZipObject; readonly encoding: Utf16 }[] };

/**
 * Inflates, counting, each part read whole that could pass the limits by
 * lying (partsToCount) and each XML part, comparing the latter with its
 * checksum; `trimmed` sheets are counted as they are trimmed.
 */
async function readWhole(zip: JSZip, entries: readonly ZipEntry[], trimmed: ReadonlySet<ZipEntry>): Promise<WholeParts> {
  const declared = new Map(entries.map((entry) => [entry.name, entry]));
  const toCount = new Set(partsToCount(entries.filter((entry) => !trimmed.has(entry))).map((entry) => entry.name));
  let total = 0;
  let changed: string | undefined;
  const utf16: { file: JSZip.JSZipObject; encoding: Utf16 }[] = [];
  for (const file of Object.values(zip.files)) {
    const entry = declared.get(nameOf(file));
    if (file.dir || (entry && (trimmed.has(entry) || (!toCount.has(entry.name) && !isXml(file.name))))) continue;
    // A name JSZip reads otherwise than the directory gets the limit for one part.
    const counted = entry ?? { name: nameOf(file), method: 8, compressedSize: 0, uncompressedSize: FILE_LIMITS.partBytes, crc32: 0 };
    let crc = 0;
    let head: Uint8Array = new Uint8Array(0);
    const inflated = await inflateAtMost(file, Math.min(counted.uncompressedSize, FILE_LIMITS.totalBytes - total), (chunk) => {
      crc = crc32(chunk, crc);
      head = headOf(head, chunk);
      return false;
    });
    if (inflated.outcome === 'over') return { lie: { kind: 'lie', entry: counted }, utf16 };
    total += inflated.bytes;
    // A part that does not inflate: ExcelJS fails on it, and damagedFile.ts says where.
    if (inflated.outcome === 'broken' || !isXml(file.name)) continue;
    if (entry && crc !== entry.crc32) changed ??= file.name;
    const encoding = utf16Of(head);
    if (encoding) utf16.push({ file, encoding });
  }
  return changed === undefined ? { utf16 } : { changed, utf16 };
}

/** Enough of a sheet's XML to hold `<dimension ref="A1:J1000000"/>`, which Excel, LibreOffice and ExcelJS write near the top. */
const HEAD = 64 * 1024;

/** The sheet that holds the part named in `problem`, and its used range; the workbook's small parts only are inflated, and counted. */
async function placeOf(zip: JSZip, problem: SizeProblem, entries: readonly ZipEntry[]): Promise<PartPlace> {
  const part = partOf(problem);
  if (!part) return {};
  for (const small of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) {
    const file = zip.file(small);
    const size = entries.find((entry) => entry.name === small)?.uncompressedSize ?? 0;
    if (!file || size > FILE_LIMITS.partBytes || (await inflateAtMost(file, size)).outcome !== 'within') return {};
  }
  const sheet = (await sheetParts(zip)).find((s) => s.part === part.name)?.name;
  const file = zip.file(part.name);
  if (sheet === undefined || !file) return {};
  const decoder = new TextDecoder();
  let head = '';
  await inflateAtMost(file, HEAD * 2, (chunk) => (head += decoder.decode(chunk, { stream: true })).length >= HEAD || head.includes('<sheetData'));
  const usedRange = /<dimension\b[^>]*\bref="([^"]+)"/.exec(head)?.[1];
  return usedRange === undefined ? { sheet } : { sheet, usedRange };
}
