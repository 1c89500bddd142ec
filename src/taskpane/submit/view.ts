import type { Issue } from '../../core/rules/types';
import { changedLines, noRoomText, submittedText } from '../../core/stamp/wording';
import type { SubmissionCheck, SubmitOutcome } from '../../ports/submitPort';

/** What the "Nộp biểu" panel says, worked out apart from React. */

export type Notice = { readonly intent: 'success' | 'warning' | 'error' | 'info'; readonly lines: readonly string[] };

/** The workbook's submission as it stands: not yet submitted, submitted unchanged, or changed since (each cell named). */
export function statusNotice(check: SubmissionCheck | undefined): Notice {
  if (!check) return { intent: 'info', lines: ['Chưa nộp biểu.'] };
  return { intent: check.changed.length === 0 ? 'success' : 'warning', lines: [submittedText(check), ...changedLines(check)] };
}

/** What became of a click on "Nộp biểu". */
export function outcomeNotice(outcome: SubmitOutcome): Notice {
  if (outcome.kind === 'cancelled') return { intent: 'info', lines: ['Chưa nộp: đã dừng để xem lại các cảnh báo.'] };
  if (outcome.kind === 'submitted')
    return {
      intent: 'success',
      lines: [
        `Đã ghi dấu nộp biểu vào ${outcome.sheets.length} biểu (${outcome.sheets.join(', ')}).`,
        'Lưu sổ (Ctrl+S) rồi gửi tệp này cho cấp trên. Sửa số sau khi nộp thì cấp trên sẽ thấy ô đã sửa; sửa xong hãy nộp lại.',
      ],
    };
  if (outcome.noForms) return { intent: 'error', lines: ['Sổ không có biểu nào để nộp: hãy chèn biểu ở thẻ Chèn biểu.'] };
  return {
    intent: 'error',
    lines: [
      `Chưa nộp: còn ${outcome.issues.length + outcome.refused.length} lỗi; sửa ở thẻ Kiểm tra rồi nộp lại. Chưa có gì được ghi.`,
      ...outcome.refused.map((r) => `Không đọc được ${r.reason}`),
      ...outcome.issues.map((i) => i.message),
      ...outcome.full.map(noRoomText),
    ],
  };
}

/** The question before submitting with warnings: each warning, then what submitting means. */
export function warningQuestion(warnings: readonly Issue[]): readonly string[] {
  return [`Biểu còn ${warnings.length} cảnh báo:`, ...warnings.map((w) => w.message), 'Vẫn nộp biểu như hiện có?'];
}

/** Whether a name was typed: a stamp must say who submitted. */
export const nameIsGiven = (name: string) => name.trim() !== '';
