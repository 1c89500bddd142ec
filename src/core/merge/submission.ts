import { formatDateTime, formatIsoDate, onOrBefore } from '../dates';

/**
 * When a unit sent its forms, and how that is known. The date of a file on the
 * province's disk is no evidence: it is the day the file was saved from the
 * e-mail, so it never decides whether a unit was late. What counts, in order:
 *
 * 1. the submission stamp written into the workbook when the unit submitted
 *    (src/core/stamp/; the xlsx reader fills `stamped`);
 * 2. the time the workbook was last saved, which Excel and LibreOffice keep
 *    inside the file (document properties, docProps/core.xml `dcterms:modified`):
 *    a unit cannot have sent a file before it saved it;
 * 3. the day the clerk says the file arrived (`received`, set in the pane).
 *
 * With none of them the answer is "Chưa rõ", never a guess.
 */
export type SubmissionEvidence = {
  /** The latest submission stamp of the file's sheets (ms since 1970). */
  readonly stamped?: number | undefined;
  /** Who submitted, as the stamp names them ("người lập biểu"). */
  readonly stampedBy?: string | undefined;
  /** The save time kept inside the workbook (ms since 1970). */
  readonly savedInFile?: number | undefined;
  /** Who saved it last, as the workbook says (`cp:lastModifiedBy`). */
  readonly savedBy?: string | undefined;
  /** The day the clerk received the file, ISO "2023-07-28". */
  readonly received?: string | undefined;
};

export type SubmissionBasis = 'stamp' | 'saved' | 'received';

/** When the unit sent its forms, and on what evidence. */
export type Submitted = {
  readonly basis: SubmissionBasis;
  /** "20/7/2023 16:30", or "28/7/2023" for a day received. */
  readonly when: string;
  /** Who saved the file, for the save time; who submitted it, for a stamp. */
  readonly by: string | undefined;
  /** Whether it was sent on or before a deadline day (ISO). */
  readonly byDeadline: (isoDay: string) => boolean;
};

export type Timeliness = 'onTime' | 'late' | 'unknown';

export const TIMELINESS_LABEL: Readonly<Record<Timeliness, string>> = { onTime: 'Đúng hạn', late: 'Trễ hạn', unknown: 'Chưa rõ' };

/** The evidence, as the status sheet and the pane name it. */
export const BASIS_LABEL: Readonly<Record<SubmissionBasis, string>> = {
  stamp: 'dấu nộp trong tệp',
  saved: 'thời điểm lưu ghi trong tệp',
  received: 'ngày nhận do người tổng hợp ghi',
};

const moment = (basis: SubmissionBasis, ms: number, by?: string): Submitted => ({
  basis,
  when: formatDateTime(ms),
  by,
  byDeadline: (isoDay) => onOrBefore(ms, isoDay),
});

/** The strongest evidence of when a source was sent, or undefined when there is none. */
export function submittedAt(evidence: SubmissionEvidence | undefined): Submitted | undefined {
  if (!evidence) return undefined;
  if (evidence.stamped !== undefined) return moment('stamp', evidence.stamped, evidence.stampedBy);
  if (evidence.savedInFile !== undefined) return moment('saved', evidence.savedInFile, evidence.savedBy);
  const day = evidence.received;
  if (day !== undefined) return { basis: 'received', when: formatIsoDate(day), by: undefined, byDeadline: (isoDay) => day <= isoDay };
  return undefined;
}

/** On time, late, or not known, against a unit type's deadline (ISO day). */
export function timeliness(evidence: SubmissionEvidence | undefined, deadline: string | undefined): Timeliness {
  const sent = submittedAt(evidence);
  if (!sent || deadline === undefined) return 'unknown';
  return sent.byDeadline(deadline) ? 'onTime' : 'late';
}

/** The same source with the day the clerk received it (ISO), or without one when `day` is undefined. */
export function withReceived<T extends { readonly submission?: SubmissionEvidence | undefined }>(source: T, day: string | undefined): T {
  const rest: SubmissionEvidence = { ...source.submission, received: undefined };
  return { ...source, submission: day === undefined ? rest : { ...rest, received: day } };
}
