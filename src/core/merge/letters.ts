import type { Campaign } from '../../forms/schema';
import { formsByKeys } from '../../forms/lookup';
import { formatIsoDate } from '../dates';
import type { Approval } from './approvals';
import type { Reminder } from './reminders';

/**
 * The messages the province sends its units, ready to paste into an e-mail or
 * a chat: a reminder of what is still owed, and a return with its reasons.
 * Worded here once, so the pane and any later command say the same.
 */

/** "Biểu 2, Biểu 5A": the forms' own sheet names, as the unit sees them in its workbook. */
const formNames = (campaign: Campaign, keys: readonly string[]) => formsByKeys(campaign, keys).map((f) => f.sheetName).join(', ');

const signed = (from: string) => (from.trim() === '' ? [] : [from.trim()]);

/** "Kính gửi <đơn vị>, … hạn nộp <ngày> … còn thiếu Biểu 2, Biểu 5A …". */
export function reminderLetter(campaign: Campaign, reminder: Reminder, from: string): string {
  const owed = formNames(campaign, reminder.forms);
  const what = reminder.sentNothing ? `chưa nhận được biểu nào của đơn vị${owed === '' ? '' : ` (cần nộp ${owed})`}` : `còn thiếu ${owed}`;
  const deadline =
    reminder.deadline === undefined
      ? ''
      : reminder.overdue
        ? ` Hạn nộp là ngày ${formatIsoDate(reminder.deadline)}, nay đã quá hạn.`
        : ` Hạn nộp là ngày ${formatIsoDate(reminder.deadline)}.`;
  return [
    `Kính gửi ${reminder.unit},`,
    `Về đợt ${campaign.shortName}: đến nay ${what}.${deadline}`,
    `Đề nghị đơn vị hoàn thành và gửi biểu${reminder.overdue ? ' ngay' : ' đúng hạn'}.`,
    ...signed(from),
  ].join('\n');
}

/** What a return names: the unit, its file, the clerk's reason, what the merge and the checks found, and by when to send it again. */
export type ReturnNotice = {
  readonly approval: Approval;
  readonly file: string;
  /** One line per problem found, already in Vietnamese (wording.ts, the rule engine's messages). */
  readonly problems: readonly string[];
  /** ISO deadline of the unit's type, if any. */
  readonly deadline: string | undefined;
};

/** The message sent with a returned unit's forms. */
export function returnLetter(campaign: Campaign, notice: ReturnNotice, from: string): string {
  const { approval, file, problems, deadline } = notice;
  return [
    `Kính gửi ${approval.unit},`,
    `Biểu của đơn vị trong đợt ${campaign.shortName} (tệp ${file}) được trả lại để sửa.`,
    ...(approval.reason === '' ? [] : [`Lý do: ${approval.reason}`]),
    ...(problems.length === 0 ? [] : ['Các vấn đề tìm thấy:', ...problems.map((p) => `- ${p}`)]),
    `Đề nghị đơn vị sửa và gửi lại sớm${deadline === undefined ? '' : ` (hạn nộp ngày ${formatIsoDate(deadline)})`}.`,
    ...signed(from),
  ].join('\n');
}
