import { formatDateTime } from '../dates';
import type { SubmissionCheck } from './check';
import { changedCellText } from '../merge/wording';

/** The Vietnamese of "Nộp biểu", for the pane and `tongket submit`; a change is worded as the merge words it (merge/wording.ts). */

export const noRoomText = (sheet: string) =>
  `sheet "${sheet}": hàng ẩn 1 không còn ô trống để ghi dấu nộp biểu (các ô đã chứa bộ biểu); hãy chèn lại biểu bằng phiên bản mới của bộ biểu.`;

/** "Đã nộp lúc 30/11/2026 15:15, người lập biểu Nguyễn Thị Lan." */
export const submittedText = (check: SubmissionCheck) => `Đã nộp lúc ${formatDateTime(Date.parse(check.at))}, người lập biểu ${check.by}.`;

/** One line per figure that differs from the stamp, or a line that says none does. */
export function changedLines(check: SubmissionCheck): string[] {
  if (check.changed.length === 0) return ['Số liệu vẫn đúng như lúc nộp.'];
  return [`${check.changed.length} ô khác lúc nộp; cấp trên sẽ thấy các ô này. Sửa lại như cũ, hoặc nộp lại:`, ...check.changed.map(changedCellText)];
}
