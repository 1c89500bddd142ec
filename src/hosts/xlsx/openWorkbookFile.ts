import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { boundedWorkbook } from './boundedWorkbook';
import { damageOf, silentDamage } from './damagedFile';

/**
 * Opens a workbook a unit sent, or says in Vietnamese why it cannot: an .xls
 * of Excel 97-2003, a password-protected file, a CSV or other text renamed
 * .xlsx, an empty or corrupt file, one too large to read (boundedWorkbook.ts).
 * Reading needs the cells and their merges only, so data validation is not
 * parsed (a rule on whole columns can make ExcelJS expand a million cells),
 * nor are conditional formats (the forms carry dozens, and parsing them took
 * a fifth of a merge's reading), nor the extension list that holds newer
 * rules of both.
 */
const NOT_READ = ['dataValidations', 'conditionalFormatting', 'extLst'];

export type UnreadableReason = 'empty' | 'text' | 'xls' | 'encrypted' | 'corrupt' | 'too-large' | 'unknown';

export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
    detail: string,
    /** The library's own error, kept for a developer; never in the message. */
    cause?: unknown,
  ) {
    super(`${file}: ${detail}`, cause === undefined ? undefined : { cause });
  }
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** "EncryptedPackage" as UTF-16LE: the stream Office writes inside the container of a password-protected file. */
function isEncryptedContainer(bytes: Uint8Array): boolean {
  const needle = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function refuseByContent(file: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnreadableFileError(file, 'empty', 'tệp rỗng (0 byte).');
  if (startsWith(bytes, OLE2)) {
    if (isEncryptedContainer(bytes)) throw new UnreadableFileError(file, 'encrypted', 'tệp có mật khẩu; hãy gỡ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc) rồi gửi lại.');
    throw new UnreadableFileError(file, 'xls', 'tệp Excel 97-2003 (.xls); hãy mở bằng Excel và lưu lại thành .xlsx.');
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.slice(0, 512));
    // Text has no control characters besides tabs and line breaks, and decodes as UTF-8 (a cut multi-byte character at the end aside).
    const control = Array.from(head).some((ch) => ch.charCodeAt(0) < 0x20 && !'\t\r\n'.includes(ch));
    if (!control && !head.slice(0, -3).includes('\uFFFD'))
      throw new UnreadableFileError(file, 'text', 'không phải tệp Excel .xlsx mà là tệp văn bản (có thể là CSV đổi đuôi thành .xlsx).');
    throw new UnreadableFileError(file, 'unknown', 'không phải tệp Excel .xlsx.');
  }
}

/** Why a zip is no workbook: looked into only when ExcelJS failed or found no sheet, as a second unzip costs every good file. */
async function refuseByZip(file: string, bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableFileError(file, 'corrupt', 'tệp bị hỏng (không giải nén được); hãy xin đơn vị gửi lại.');
  }
  if (!zip.file('xl/workbook.xml')) throw new UnreadableFileError(file, 'corrupt', 'tệp nén nhưng không phải sổ Excel (thiếu xl/workbook.xml).');
  return zip;
}

/**
 * The workbook, and the bytes it was read from: a sheet too large to read
 * whole is read down to the forms' rows only (boundedWorkbook.ts), and later
 * scans of the file (storedCells.ts) must read what ExcelJS read.
 */
export async function openWorkbookBytes(file: string, received: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; bytes: Uint8Array }> {
  refuseByContent(file, received);
  const bounded = await boundedWorkbook(received);
  if (bounded.kind === 'too-large') throw new UnreadableFileError(file, 'too-large', bounded.reason);
  if (bounded.kind === 'damaged') throw new UnreadableFileError(file, 'corrupt', bounded.reason);
  const { bytes } = bounded;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: NOT_READ });
  } catch (error) {
    const zip = await refuseByZip(file, bytes);
    // ExcelJS's own words ("Cannot read properties of undefined") tell a clerk nothing: the cause is looked for in the zip (damagedFile.ts).
    throw new UnreadableFileError(file, 'corrupt', await damageOf(zip, error instanceof Error ? error.message : String(error)), error);
  }
  // ExcelJS opens any zip, even one without xl/workbook.xml, as a workbook without sheets.
  const zip = await refuseByZip(file, bytes);
  // A few milliseconds against ExcelJS's tens: what it skips without a word would lose a sheet or turn text into figures.
  const silent = await silentDamage(zip);
  if (silent) throw new UnreadableFileError(file, 'corrupt', silent);
  return { workbook, bytes };
}

export async function openWorkbookFile(file: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return (await openWorkbookBytes(file, bytes)).workbook;
}
