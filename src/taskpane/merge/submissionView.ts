import { submittedAt, timeliness, TIMELINESS_LABEL, type Submitted } from '../../core/merge/submission';
import { CURRENT_WORKBOOK } from '../../core/merge/types';
import type { Campaign } from '../../forms/schema';
import { unitTypeByKey } from '../../forms/lookup';
import type { SourceRow } from './view';

/** What the "Tổng hợp" tab says of when a source was sent, worked out apart from React. */
export type SourceSubmission = {
  /** When, and on what evidence: "Lưu lúc 20/7/2023 16:30 (ghi trong tệp)"; undefined when nothing says. */
  readonly evidence: string | undefined;
  /** Why nothing says, when nothing does. */
  readonly unknownBecause: string | undefined;
  /** "Đúng hạn", "Trễ hạn" or "Chưa rõ" for its units, once each (units of two types may have two deadlines). */
  readonly verdicts: readonly string[];
  /** Whether a day the clerk gives would decide (the file holds nothing stronger): the tab then asks for it. */
  readonly asksReceived: boolean;
};

function evidenceLine(sent: Submitted): string {
  if (sent.basis === 'stamp') return `Nộp lúc ${sent.when} (dấu nộp trong tệp)`;
  if (sent.basis === 'saved') return `Lưu lúc ${sent.when} (ghi trong tệp${sent.by ? `, bởi ${sent.by}` : ''})`;
  return `Nhận ngày ${sent.when} (người tổng hợp ghi)`;
}

/** Undefined for a source with no unit counted or set aside: when it was sent matters to no one. */
export function sourceSubmission(campaign: Campaign, row: SourceRow): SourceSubmission | undefined {
  const reports = row.units.flatMap((u) => (u.report ? [u.report] : []));
  if (reports.length === 0) return undefined;
  const { source } = row.report;
  const sent = submittedAt(source.submission);
  const verdicts = [...new Set(reports.map((r) => TIMELINESS_LABEL[timeliness(source.submission, unitTypeByKey(campaign, r.unitType)?.deadline)]))];
  const unknownBecause = sent
    ? undefined
    : source.label === CURRENT_WORKBOOK
      ? 'các biểu chép vào sổ không mang thời điểm lưu'
      : 'tệp không ghi thời điểm lưu';
  return { evidence: sent && evidenceLine(sent), unknownBecause, verdicts, asksReceived: !sent || sent.basis === 'received' };
}
