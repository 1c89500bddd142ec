import { unitKey } from './unitName';

/**
 * The province's decision on each unit it received: not yet looked at,
 * accepted ("Đã duyệt") or sent back ("Trả lại") with a reason. Decisions are
 * the province's, so they live in the province's workbook, never in a unit's
 * file: as three columns of the roster ("TH Danh sách": Duyệt, Lý do trả lại,
 * Ngày duyệt). The roster is chosen over document settings and over the status
 * sheet because it is the one place that is the user's, is never rewritten by a
 * merge (the status sheet is replaced each time), survives save, copy and
 * LibreOffice as cells do, can be edited by hand in Excel, and reaches the CLI
 * too, as the same columns of the `--roster` CSV.
 */

export type ApprovalState = 'pending' | 'approved' | 'returned';

export type Approval = {
  /** The unit's name as the decision was recorded. */
  readonly unit: string;
  readonly state: ApprovalState;
  /** Why it was returned; empty otherwise. */
  readonly reason: string;
  /** When it was decided, as local "d/m/yyyy hh:mm"; empty when never decided. */
  readonly at: string;
};

/** Unit key (unitName.ts) → the decision. */
export type Approvals = ReadonlyMap<string, Approval>;

export const NO_APPROVALS: Approvals = new Map();

export const APPROVAL_LABEL: Readonly<Record<ApprovalState, string>> = { pending: 'Chưa duyệt', approved: 'Đã duyệt', returned: 'Trả lại' };

/** The roster's columns for the decisions, right of the unit and its type. */
export const APPROVAL_HEADER = ['Duyệt', 'Lý do trả lại', 'Ngày duyệt'] as const;

/** A unit's decision; a unit never decided on is pending. */
export function approvalOf(approvals: Approvals | undefined, unit: string): Approval {
  return approvals?.get(unitKey(unit)) ?? { unit, state: 'pending', reason: '', at: '' };
}

/** The decisions with one more: a decision replaces the unit's earlier one; a reason is kept only for a return. */
export function decide(approvals: Approvals, unit: string, state: ApprovalState, reason: string, at: string): Approvals {
  const next = new Map(approvals);
  next.set(unitKey(unit), { unit, state, reason: state === 'returned' ? reason.trim() : '', at: state === 'pending' ? '' : at });
  return next;
}

/** Words a clerk may type in the Duyệt column, folded as unit names are, for each state; a blank cell is pending. */
const WRITTEN: readonly (readonly [ApprovalState, readonly string[]])[] = [
  ['approved', ['đã duyệt', 'duyệt', 'x', 'có']],
  ['returned', ['trả lại', 'trả', 'không duyệt']],
  ['pending', ['', 'chưa duyệt', 'chưa']],
];

/** The state a Duyệt cell says, or undefined for words that say none (the caller reports them). */
export function approvalStateOf(written: string): ApprovalState | undefined {
  const key = unitKey(written);
  return WRITTEN.find(([, words]) => words.some((w) => unitKey(w) === key))?.[0];
}

/** The three cells a roster row shows for a unit's decision. */
export const approvalCells = (approval: Approval): [string, string, string] => [
  approval.state === 'pending' ? '' : APPROVAL_LABEL[approval.state],
  approval.reason,
  approval.at,
];
