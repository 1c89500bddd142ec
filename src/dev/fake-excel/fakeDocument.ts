import type { FakeSettings } from './settings';
import type { SavedProperties } from './xlsxFile';
import type { WorkbookModel } from './workbook';

/**
 * Office.context.document, in memory: the URL, the settings, and
 * `getFileAsync` with the rules Microsoft Learn gives it (Office.Document
 * getFileAsync, Office.File, Office.Slice; docs/FAKE-EXCEL.md):
 * - only `Compressed` is given (Excel on Windows and Mac; the web gives `Pdf` only);
 * - `sliceSize` above 4,194,304 bytes fails ("Internal Error");
 * - "no more than two documents are allowed to be in memory": a third
 *   getFileAsync before `closeAsync` fails;
 * - a slice out of range, or asked after `closeAsync`, fails;
 * - callbacks come later, never synchronously.
 * The file is the workbook as it is at the call (unsaved edits included), with
 * the save time of the file it was opened from.
 */
export type FakeDocument = {
  readonly url: string;
  readonly settings: FakeSettings;
  getFileAsync(fileType: Office.FileType, options: Office.GetFileOptions, callback: (result: Office.AsyncResult<Office.File>) => void): void;
  /** Files got and not yet closed, for tests. */
  openFiles(): number;
};

const MAX_SLICE = 4_194_304;
const MAX_OPEN = 2;

const later = (run: () => void) => void setTimeout(run, 0);
const succeeded = <T>(value: T) => ({ status: 'succeeded', value }) as unknown as Office.AsyncResult<T>;
const failure = <T>(code: number, name: string, message: string) =>
  ({ status: 'failed', value: undefined, error: { code, name, message } }) as unknown as Office.AsyncResult<T>;
const internalError = <T>(message: string) => failure<T>(5001, 'Internal Error', message);

export function createFakeDocument(model: WorkbookModel, settings: FakeSettings, state: { url: string; saved: SavedProperties }): FakeDocument {
  let open = 0;
  return {
    get url() {
      return state.url;
    },
    settings,
    openFiles: () => open,
    getFileAsync(fileType, options, callback) {
      const sliceSize = options.sliceSize ?? MAX_SLICE;
      if (String(fileType) !== 'compressed') return later(() => callback(failure(5001, 'Internal Error', `File type ${String(fileType)} is not modelled`)));
      if (!(sliceSize > 0 && sliceSize <= MAX_SLICE)) return later(() => callback(internalError(`sliceSize ${sliceSize} is over ${MAX_SLICE}`)));
      if (open >= MAX_OPEN) return later(() => callback(internalError('No more than two documents are allowed to be in memory')));
      open += 1;
      // The bytes are made at the call: edits after it are not in this file.
      const made = import('./xlsxFile').then(({ xlsxOf }) => xlsxOf(model, state.saved));
      made.then(
        (bytes) => {
          let closed = false;
          const file = {
            size: bytes.length,
            sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)),
            getSliceAsync(index: number, sliceCallback: (result: Office.AsyncResult<Office.Slice>) => void) {
              if (closed || !(index >= 0 && index < file.sliceCount)) return later(() => sliceCallback(internalError(closed ? 'The file is closed' : `No slice ${index}`)));
              const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
              later(() => sliceCallback(succeeded({ data, index, size: data.length } as Office.Slice)));
            },
            closeAsync(closeCallback?: (result: Office.AsyncResult<void>) => void) {
              if (!closed) open -= 1;
              closed = true;
              later(() => closeCallback?.(succeeded(undefined)));
            },
          };
          callback(succeeded(file as unknown as Office.File));
        },
        (error: unknown) => {
          open -= 1;
          callback(internalError(error instanceof Error ? error.message : String(error)));
        },
      );
    },
  };
}
