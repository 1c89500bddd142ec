/** A letter only Vietnamese uses: a vowel with a tone or a hat, or đ. */
const VIETNAMESE = /[à-ỹđĐ]/u;

/**
 * The words of an error that reached the pane. The port's errors are Vietnamese
 * already (the Excel host translates Excel's refusals, src/hosts/excel/officeError.ts;
 * the add-in's own errors are written in Vietnamese); an error without a
 * Vietnamese word is a defect of the add-in or the browser's English, and is
 * said as such, its name kept for whoever helps the user.
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (VIETNAMESE.test(message)) return message;
  const name = error instanceof Error ? error.name : typeof error;
  return `bổ trợ gặp lỗi không lường trước (${name}); hãy làm lại, nếu vẫn lỗi hãy chạy Kiểm tra cài đặt và gửi báo cáo cho người hỗ trợ`;
}
