import type { BatchRun } from './cellEdit';

/**
 * Excel's refusals in the user's language. Office.js answers a failed batch
 * with an OfficeExtension.Error whose `message` is English (whatever Office's
 * language) and whose `code` names the failure; the pane shows only what this
 * file says for the code, and keeps the code in brackets for whoever helps the
 * user. Codes: Microsoft Learn, "Error handling with the application-specific
 * JavaScript APIs" (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * and OfficeExtension.ErrorCodes.
 */
const ADD_IN_FAULT = 'bổ trợ gặp lỗi khi làm việc với Excel; hãy làm lại, nếu vẫn lỗi hãy chạy Kiểm tra cài đặt và gửi báo cáo cho người hỗ trợ';

const TEXT: Readonly<Record<string, string>> = {
  // The add-in's own mistakes in using Office.js: nothing the user did, and nothing Excel's words would help with.
  InvalidObjectPath: ADD_IN_FAULT,
  InvalidRequestContext: ADD_IN_FAULT,
  PropertyNotLoaded: ADD_IN_FAULT,
  RunMustReturnPromise: ADD_IN_FAULT,
  ValueNotLoaded: ADD_IN_FAULT,
  AccessDenied: 'Excel không cho sửa: sheet hoặc sổ đang được bảo vệ',
  BadPassword: 'mật khẩu không đúng',
  ActivityLimitReached: 'Excel đang bận vì có quá nhiều thao tác cùng lúc; hãy đợi một lát rồi làm lại',
  ApiNotFound: 'phiên bản Excel này thiếu chức năng bổ trợ cần; hãy cập nhật Excel hoặc dùng Microsoft 365',
  Conflict: 'sổ vừa được người khác sửa cùng lúc; hãy làm lại',
  FilteredRangeConflict: 'vùng cần ghi đang được lọc; hãy bỏ lọc rồi làm lại',
  GeneralException: 'Excel gặp lỗi bên trong khi làm việc này; hãy làm lại, nếu vẫn lỗi hãy đóng rồi mở lại sổ',
  InactiveWorkbook: 'sổ không còn là sổ đang mở; hãy mở lại sổ rồi làm lại',
  InsertDeleteConflict: 'việc chèn hoặc xóa ô đụng với nội dung đã có trong sheet',
  InvalidArgument: 'Excel không nhận giá trị bổ trợ gửi: sai dạng hoặc quá dài',
  InvalidOperation: 'Excel không cho làm việc này với sổ ở trạng thái hiện tại',
  InvalidOperationInCellEditMode: 'Excel đang chờ bạn gõ xong một ô; hãy bấm Enter hoặc chọn ô khác rồi làm lại',
  InvalidReference: 'Excel không tìm thấy vùng ô bổ trợ cần',
  InvalidSelection: 'vùng đang chọn không dùng được cho việc này; hãy chọn lại',
  ItemAlreadyExists: 'sổ đã có một sheet hoặc mục cùng tên',
  ItemNotFound: 'không tìm thấy sheet hoặc mục cần dùng: có thể vừa bị xóa hay đổi tên',
  MergedRangeConflict: 'vùng cần ghi đụng với ô đã gộp; hãy bỏ gộp rồi làm lại',
  NonBlankCellOffSheet: 'thao tác sẽ đẩy ô có dữ liệu ra ngoài sheet',
  NotImplemented: 'Excel này chưa hỗ trợ việc bổ trợ cần',
  RequestAborted: 'Excel đã dừng yêu cầu giữa chừng; hãy làm lại',
  RequestPayloadSizeLimitExceeded: 'lượng dữ liệu gửi một lần vượt giới hạn của Excel',
  ResponsePayloadSizeLimitExceeded: 'lượng dữ liệu đọc một lần vượt giới hạn của Excel',
  ServiceNotAvailable: 'dịch vụ của Excel tạm thời không dùng được; hãy thử lại sau',
  Unauthenticated: 'phiên đăng nhập Microsoft đã hết; hãy đăng nhập lại',
  UnsupportedOperation: 'Excel không hỗ trợ việc này',
  UnsupportedSheet: 'sheet này (sheet biểu đồ hoặc macro) không dùng được cho việc này',
};

/** An Excel refusal as the pane says it: Vietnamese text, Excel's code kept, Office's error as `cause`. */
export class ExcelError extends Error {
  override readonly name = 'ExcelError';
  constructor(
    readonly code: string,
    options: { cause: unknown },
  ) {
    super(`${TEXT[code] ?? 'Excel báo lỗi khi làm việc này'} (mã lỗi Excel: ${code}).`, options);
  }
}

/** The code of an error shaped like OfficeExtension.Error, whatever class it is (office.js's, the in-memory Excel's). */
const officeCode = (error: unknown): string | undefined => {
  if (error instanceof ExcelError || typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : undefined;
};

/** The same error with Vietnamese words if Excel sent it, else as it is (the add-in's own errors are Vietnamese already). */
export function translated(error: unknown): unknown {
  const code = officeCode(error);
  return code === undefined ? error : new ExcelError(code, { cause: error });
}

/** The error's text, for messages that quote it: what `translated` says. */
export const officeErrorText = (error: unknown): string => {
  const t = translated(error);
  return t instanceof Error ? t.message : String(t);
};

/** A run whose failures reach the pane in Vietnamese; `code` stays on the error, so callers still branch on it. */
export const translatingRun =
  (run: BatchRun): BatchRun =>
  (batch) =>
    run(batch).catch((error: unknown) => {
      throw translated(error);
    });
