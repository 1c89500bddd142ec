import * as fakeErrors from '../../../src/dev/fake-excel/errors';
import { createFakeExcel } from '../../../src/dev/fake-excel';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import { ExcelError, officeErrorText, translated } from '../../../src/hosts/excel/officeError';
import { NQ25 } from '../../support/campaigns';

/** Excel's errors are English whatever Office's language: the pane must never show them so. */

/** Every error the in-memory Excel raises the way Office.js does, made with a placeholder for what it names. */
const FAKE_ERRORS = Object.entries(fakeErrors)
  .filter(([name]) => name !== 'FakeOfficeError' && name !== 'notSimulated')
  .map(([, make]) => (make as (...args: unknown[]) => fakeErrors.FakeOfficeError)('x', 'y'))
  .map((error) => [error.code, error] as const);

describe('Excel’s refusals in the task pane', () => {
  it('reach the pane in Vietnamese when a batch fails, with Excel’s code kept for whoever helps the user', async () => {
    const excel = createFakeExcel();
    const port = createExcelPort(NQ25, excel.run, excel.requirements);
    excel.failSync(1, { code: 'GeneralException' });
    const failure = await port.readWorkbookSources(new Date().toISOString()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExcelError);
    expect((failure as ExcelError).message).toBe('Excel gặp lỗi bên trong khi làm việc này; hãy làm lại, nếu vẫn lỗi hãy đóng rồi mở lại sổ (mã lỗi Excel: GeneralException).');
    expect((failure as ExcelError).code).toBe('GeneralException');
    expect((failure as ExcelError).cause).toMatchObject({ message: 'There was an internal error while processing the request.' });
  });

  it.each(FAKE_ERRORS)('say %s in Vietnamese of its own, never Office’s English words', (_name, error) => {
    const text = officeErrorText(error);
    expect(text).not.toContain(error.message);
    expect(text).not.toMatch(/^Excel báo lỗi khi làm việc này/);
    expect(text).toMatch(new RegExp(`\\(mã lỗi Excel: ${error.code}\\)\\.$`));
  });

  it('say a code they do not know as a refusal of Excel, still in Vietnamese', () => {
    expect(officeErrorText({ code: 'SomethingNew', message: 'Something new went wrong.' })).toBe('Excel báo lỗi khi làm việc này (mã lỗi Excel: SomethingNew).');
  });

  it('leave the add-in’s own messages, already in Vietnamese, as they are', () => {
    const own = new Error('Sổ đang được bảo vệ cấu trúc; chưa có gì được ghi.');
    expect(translated(own)).toBe(own);
    const once = translated(fakeErrors.itemNotFound('Biểu 1'));
    expect(translated(once)).toBe(once);
  });
});
