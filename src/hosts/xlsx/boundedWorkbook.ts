import JSZip from 'jszip';
import { directoryProblem, FILE_LIMITS, keptProblem, partOf, partsToCount, sheetsToTrim, sizeMessage, type PartPlace, type SizeProblem } from '../../core/fileLimits';
import { readZipDirectory, type ZipEntry } from '../../core/zipDirectory';
import { inflateAtMost } from './countedInflate';
import { sheetParts } from './sheetParts';
import { trimSheet } from './trimSheet';

/**
 * A received workbook's bytes made safe to read, or why it is too large
 * (Vietnamese, naming the part and its sheet). Runs before ExcelJS, which
 * inflates every part whole into memory (a workbook of four 450 MB sheets
 * took 4.2 GB and 45 s), and the bytes it gives are the ones every later
 * scan reads (storedCells.ts, damagedFile.ts).
 *
 * First the zip's directory, without inflating (fileLimits.ts). Sheets too
 * large to read whole are then read down to the forms' rows (trimSheet.ts)
 * and put back in a copy of the zip. Since the directory can lie and JSZip
 * compares the inflated length with it only once all is inflated, each other
 * part that could pass the limits by lying (partsToCount) is inflated once
 * here, counting and keeping nothing, and stopped as soon as it passes its
 * declared size. A form workbook has nothing to trim and 7 of its 23 entries
 * to count, a few milliseconds (`npm run bench`).
 */
export type BoundedWorkbook = { readonly kind: 'bounded'; readonly bytes: Uint8Array } | { readonly kind: 'too-large'; readonly reason: string };

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
  const lie = await inflatedProblem(zip, entries, trimmed);
  if (lie) return refused(lie);
  if (trimmed.size === 0) return { kind: 'bounded', bytes };
  const kept: ZipEntry[] = entries.filter((entry) => !trimmed.has(entry));
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
  // Parts not replaced are copied as they were compressed; only the trimmed sheets are compressed again.
  return { kind: 'bounded', bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) };
}

/** JSZip's name of a part is cleaned of "../"; the directory's is as written. */
const nameOf = (file: JSZip.JSZipObject) => file.unsafeOriginalName ?? file.name;

/** The first part read whole that inflates past its declared size, or past what the limits leave, of those that could (partsToCount); `trimmed` sheets are counted as they are trimmed. */
async function inflatedProblem(zip: JSZip, entries: readonly ZipEntry[], trimmed: ReadonlySet<ZipEntry>): Promise<SizeProblem | undefined> {
  const declared = new Map(entries.map((entry) => [entry.name, entry]));
  const toCount = new Set(partsToCount(entries.filter((entry) => !trimmed.has(entry))).map((entry) => entry.name));
  let total = 0;
  for (const file of Object.values(zip.files)) {
    const entry = declared.get(nameOf(file));
    if (file.dir || (entry && !toCount.has(entry.name))) continue;
    // A name JSZip reads otherwise than the directory (a Unicode path field) gets the limit for one part.
    const counted = entry ?? { name: nameOf(file), method: 8, compressedSize: 0, uncompressedSize: FILE_LIMITS.partBytes };
    const inflated = await inflateAtMost(file, Math.min(counted.uncompressedSize, FILE_LIMITS.totalBytes - total));
    if (inflated.outcome === 'over') return { kind: 'lie', entry: counted };
    total += inflated.bytes;
  }
  return undefined;
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
