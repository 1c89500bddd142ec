/**
 * A workbook whose structure is protected (Review › Protect Workbook) refuses
 * new, deleted and renamed sheets, which inserting forms and writing a merge
 * both need. Found out before anything is written, with the first sync the
 * caller makes anyway: `Workbook.protection.protected` (ExcelApi 1.7, under
 * the add-in's 1.8 floor).
 */

export class WorkbookProtectedError extends Error {
  override readonly name = 'WorkbookProtectedError';
}

/**
 * Queues the read; the returned check, called after the caller's next sync,
 * throws a WorkbookProtectedError that says, in Vietnamese, what to do.
 */
export function queueStructureCheck(context: Excel.RequestContext, doing: string): () => void {
  const protection = context.workbook.protection.load('protected');
  return () => {
    if (protection.protected)
      throw new WorkbookProtectedError(
        `Sổ đang được bảo vệ cấu trúc (Xem lại › Bảo vệ Sổ làm việc), nên không thể ${doing}; chưa có gì được ghi. ` +
          'Bỏ bảo vệ sổ (nhập mật khẩu nếu có) rồi làm lại.',
      );
  };
}
