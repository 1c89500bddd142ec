/**
 * The open workbook's own .xlsx, read with `Document.getFileAsync` in slices.
 * What Microsoft Learn documents (Office.Document.getFileAsync, Office.File,
 * Office.File.closeAsync; @types/office-js says the same):
 * - slices are at most 4,194,304 bytes (4 MB), 65,536 on iPad; a larger size
 *   fails with "Internal Error";
 * - "No more than two documents are allowed to be in memory; otherwise the
 *   Document.getFileAsync operation will fail": the file is closed after the
 *   last slice and also when a slice fails;
 * - Excel gives `Compressed` on Windows and Mac, only `Pdf` on the web (the
 *   supported file types table): there the pane sends its sheets' values instead.
 */

/** The part of Office.Document this needs: `Office.context.document` in Excel, the in-memory Excel's in the preview. */
export type FileDocument = {
  /** The document's URL or path; empty for a workbook never saved. */
  readonly url: string | null | undefined;
  getFileAsync(fileType: Office.FileType, options: Office.GetFileOptions, callback: (result: Office.AsyncResult<Office.File>) => void): void;
};

/** 1 MB: a quarter of the documented maximum, and small enough that a slice never holds the pane for long. */
export const SLICE_BYTES = 1024 * 1024;

/** Office.FileType.Compressed's value: the text form works where the Office global does not exist (the preview). */
const COMPRESSED = 'compressed' as unknown as Office.FileType;

export class OwnFileError extends Error {
  override readonly name = 'OwnFileError';
}

const failed = <T>(result: Office.AsyncResult<T>) => String(result.status) !== 'succeeded';
// Office's message is English whatever its language: the user is given the code alone, which Learn's common API error codes list.
const reason = <T>(result: Office.AsyncResult<T>) => (result.error ? `mã lỗi Office ${result.error.code}` : 'không rõ lý do');

function call<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) => (failed(result) ? reject(new OwnFileError(`Excel không đưa được tệp của sổ: ${reason(result)}`)) : resolve(result.value))),
  );
}

/** The workbook's file name from its URL or path ("…/Huyện ủy Văn Lâm.xlsx"), or a name saying it was never saved. */
export function fileNameOf(url: string | null | undefined): string {
  const last = (url ?? '').split(/[\\/]/).pop() ?? '';
  let name = last.split('?')[0] ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // A path with a lone "%" is a name, not an encoded URL.
  }
  if (name === '') return 'Sổ chưa lưu.xlsx';
  return /\.xls[xm]?$/i.test(name) ? name : `${name}.xlsx`;
}

/** Every slice of the document's compressed file, joined; the file is closed whatever happens. */
export async function readOwnFile(document: FileDocument, sliceBytes = SLICE_BYTES): Promise<Uint8Array> {
  const file = await call<Office.File>((done) => document.getFileAsync(COMPRESSED, { sliceSize: sliceBytes }, done));
  try {
    const parts: Uint8Array[] = [];
    for (let index = 0; index < file.sliceCount; index += 1) {
      const slice = await call<Office.Slice>((done) => file.getSliceAsync(index, done));
      // `data` is a byte array (numbers) for Compressed files.
      parts.push(Uint8Array.from(slice.data as ArrayLike<number>));
    }
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    return bytes;
  } finally {
    await call<void>((done) => file.closeAsync(done)).catch(() => undefined);
  }
}
