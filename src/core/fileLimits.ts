import { formatNumber } from './rules/messages';
import type { ZipEntry } from './zipDirectory';

/**
 * How large a received workbook may be once inflated, checked on the zip's
 * directory before anything is inflated, and said in Vietnamese by part.
 *
 * Measured: a district's workbook of the built-in campaign (8 forms) is a
 * 54 kB file of 23 entries, 344 kB inflated (a province's, 10 forms: 391 kB);
 * its largest part is the shared strings, 66 kB (the campaign every sheet
 * carries), its largest sheet 41 kB. A summary's data table (TH Dữ liệu)
 * grows by 75 kB a unit: 15 MB for 200 units, 75 MB for 1,000.
 * ExcelJS, which reads every part whole, takes about 20 bytes of memory per
 * byte of sheet XML and 0.25 s per megabyte (8 MB: +180 MB, 1.6 s; 32 MB:
 * +630 MB, 8 s). So a part is read whole only up to `partBytes`; a larger
 * sheet is read down to row `windowRows` only (hosts/xlsx/trimSheet.ts), the
 * rows below it never reaching ExcelJS: no form reaches that far, and the
 * summary's data table is not read back. The largest accepted file then
 * reads in a few hundred MB and a few seconds, in the CLI and in the pane's
 * browser tab alike (`npm run bench` prints both figures).
 */
export const FILE_LIMITS = {
  /** One part read whole: 120 times the largest part of a form workbook; a sheet of 25,000 rows of 10 figures. */
  partBytes: 8 * 1024 * 1024,
  /** All parts read whole (a trimmed sheet counting what is kept of it): two such sheets; 200 MB more memory and 3 s to read (`npm run bench`). */
  totalBytes: 16 * 1024 * 1024,
  /**
   * The sheets read only down to `windowRows`, all together: each is inflated
   * once, streamed and dropped, under 1 s per 100 MB and no memory to speak of
   * (`npm run bench`: 250 MB of rows below a form, 0.9 s). A summary of 3,000 units.
   */
  trimmedBytes: 256 * 1024 * 1024,
  /** The rows kept of a sheet too large to read whole; a form has tens of rows, and one whose used range reaches below this has something far below it. */
  windowRows: 1000,
  /**
   * Entries in the zip: a form workbook has 23, one of 255 sheets with a drawing
   * each about 800. Every part costs an object in JSZip and ExcelJS before any
   * size is known, so a zip of a million empty parts is a bomb of its own.
   */
  entries: 2000,
} as const;

/**
 * What is too large: too many parts, one part, parts together (declared in
 * the directory, or kept of trimmed sheets), each against its `bound`; or a
 * part that inflates past what it declares (found by counting while
 * inflating: the directory can lie, and a reader trusting it would inflate
 * gigabytes before noticing).
 */
export type SizeProblem =
  | { readonly kind: 'entries'; readonly count: number }
  | { readonly kind: 'part'; readonly entry: ZipEntry; readonly bound: number }
  | { readonly kind: 'total'; readonly total: number; readonly largest: ZipEntry; readonly bound: number }
  | { readonly kind: 'lie'; readonly entry: ZipEntry };

/** Worksheets sit in xl/worksheets/ by the package's convention; a sheet elsewhere is simply never trimmed. */
const isSheet = (entry: ZipEntry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);

/** The sheets read only down to `windowRows`: those too large to read whole. */
export function sheetsToTrim(entries: readonly ZipEntry[]): ZipEntry[] {
  return entries.filter((entry) => isSheet(entry) && entry.uncompressedSize > FILE_LIMITS.partBytes);
}

const largestOf = (entries: readonly ZipEntry[]) => entries.reduce<ZipEntry | undefined>((big, entry) => (!big || entry.uncompressedSize > big.uncompressedSize ? entry : big), undefined);
const sizeOf = (entries: readonly ZipEntry[]) => entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);

/** `entries` together over `bound`, named by the largest; one alone over it is named as a part. */
function overBound(entries: readonly ZipEntry[], bound: number): SizeProblem | undefined {
  const largest = largestOf(entries);
  if (!largest) return undefined;
  if (largest.uncompressedSize > bound) return { kind: 'part', entry: largest, bound };
  const total = sizeOf(entries);
  return total > bound ? { kind: 'total', total, largest, bound } : undefined;
}

/** The first limit the directory breaks, if any. No ratio limit: with both sizes capped and the inflated bytes counted, a ratio adds nothing. */
export function directoryProblem(entries: readonly ZipEntry[]): SizeProblem | undefined {
  if (entries.length > FILE_LIMITS.entries) return { kind: 'entries', count: entries.length };
  const trimmed = new Set(sheetsToTrim(entries));
  const whole = entries.filter((entry) => !trimmed.has(entry));
  const largest = largestOf(whole);
  if (largest && largest.uncompressedSize > FILE_LIMITS.partBytes) return { kind: 'part', entry: largest, bound: FILE_LIMITS.partBytes };
  return overBound([...trimmed], FILE_LIMITS.trimmedBytes) ?? overBound(whole, FILE_LIMITS.totalBytes);
}

/** After trimming: the parts read whole and what was kept of the trimmed sheets, together over `totalBytes`. */
export function keptProblem(kept: readonly ZipEntry[]): SizeProblem | undefined {
  const total = sizeOf(kept);
  const largest = largestOf(kept);
  return largest && total > FILE_LIMITS.totalBytes ? { kind: 'total', total, largest, bound: FILE_LIMITS.totalBytes } : undefined;
}

/** Deflate inflates a byte to at most 1032 (Mark Adler, zlib's author): the most a part can give, whatever it declares. */
const DEFLATE_RATIO = 1032;
/** A stored part is read as it is, so it gives its compressed bytes; any other method is taken as deflate. */
const mostOf = (entry: ZipEntry) => entry.compressedSize * (entry.method === 0 ? 1 : DEFLATE_RATIO);

/**
 * The parts whose inflating must be counted, since their declared size may
 * lie: the ones that could inflate most, until the rest could not pass the
 * limits even if all of them lied. Most small parts of a workbook (relations,
 * properties) are then never inflated twice.
 */
export function partsToCount(entries: readonly ZipEntry[]): ZipEntry[] {
  const byMost = [...entries].sort((a, b) => mostOf(b) - mostOf(a));
  let unchecked = byMost.reduce((sum, entry) => sum + mostOf(entry), 0);
  let checked = 0;
  const counted: ZipEntry[] = [];
  for (const entry of byMost) {
    if (mostOf(entry) <= FILE_LIMITS.partBytes && checked + unchecked <= FILE_LIMITS.totalBytes) break;
    counted.push(entry);
    unchecked -= mostOf(entry);
    checked += entry.uncompressedSize;
  }
  return counted;
}

/** What the host found out about a part, cheaply, to name it for the user: its sheet, and the used range its XML starts with. */
export type PartPlace = { readonly sheet?: string; readonly usedRange?: string };

/** 450 MB, 8 MB, 1,5 MB, 66 kB. */
export function shownSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 10) return `${formatNumber(Math.round(mb))} MB`;
  if (mb >= 1) return `${formatNumber(Math.round(mb * 10) / 10)} MB`;
  return `${formatNumber(Math.ceil(bytes / 1024))} kB`;
}

const named = (entry: ZipEntry, place: PartPlace) => (place.sheet !== undefined ? `sheet "${place.sheet}" (${entry.name})` : `phần ${entry.name}`);

/** The user's way out: the rows far below the form when the used range says so, else what else makes a workbook large. */
function remedy(place: PartPlace): string {
  const bottom = Number(/(\d+)$/.exec(place.usedRange ?? '')?.[1] ?? 0);
  if (place.sheet !== undefined && bottom > FILE_LIMITS.windowRows)
    return ` Sheet "${place.sheet}" có dữ liệu đến hàng ${formatNumber(bottom)} (vùng ${place.usedRange}), xa bên dưới biểu: hãy xóa các hàng thừa dưới biểu (hoặc chép riêng các biểu sang sổ mới) rồi lưu và gửi lại.`;
  return ' Hãy bỏ những gì không phải biểu (sheet riêng, hình ảnh, dữ liệu dán thêm) rồi lưu và gửi lại.';
}

const WHY = 'không đọc để máy không bị treo';

/** The part a refusal names: the one too large, or the largest of too many bytes. */
export function partOf(problem: SizeProblem): ZipEntry | undefined {
  return problem.kind === 'entries' ? undefined : problem.kind === 'total' ? problem.largest : problem.entry;
}

/** The refusal, after "<file>: "; `place` names `partOf(problem)` for the user. */
export function sizeMessage(problem: SizeProblem, place: PartPlace = {}): string {
  switch (problem.kind) {
    case 'entries':
      return `tệp nén gồm ${formatNumber(problem.count)} phần, quá giới hạn ${formatNumber(FILE_LIMITS.entries)} phần (một sổ biểu mẫu có khoảng 25 phần); ${WHY}. Hãy xin đơn vị gửi lại tệp chỉ gồm các biểu.`;
    case 'part':
      return `${named(problem.entry, place)} giải nén ra ${shownSize(problem.entry.uncompressedSize)}, quá giới hạn ${shownSize(problem.bound)} ${problem.bound === FILE_LIMITS.partBytes ? 'cho một phần của tệp (một biểu chỉ vài chục kB)' : 'cho một sheet'}; ${WHY}.${remedy(place)}`;
    case 'total':
      return `${problem.bound === FILE_LIMITS.totalBytes ? 'các phần của tệp' : 'các sheet lớn của tệp'} giải nén ra tổng cộng ${shownSize(problem.total)}, quá giới hạn ${shownSize(problem.bound)} (một sổ biểu mẫu chỉ khoảng 350 kB), lớn nhất là ${named(problem.largest, place)} với ${shownSize(problem.largest.uncompressedSize)}; ${WHY}.${remedy(place)}`;
    case 'lie':
      return `${named(problem.entry, place)} ghi kích thước ${shownSize(problem.entry.uncompressedSize)} nhưng giải nén ra nhiều hơn thế: tệp bị hỏng hoặc bị làm giả (bom nén); ${WHY}. Hãy xin đơn vị gửi lại.`;
  }
}
