import type { Campaign } from '../../forms/schema';
import { unitTypeLabel } from '../../forms/lookup';
import { APPROVAL_HEADER, approvalCells, type Approval } from './approvals';
import { approvalColumns, rosterHeaderRow } from './roster';
import { unitKey } from './unitName';

/** One cell to write, by row and column within the rows read (the sheet's used range). */
export type CellEdit = { readonly row: number; readonly column: number; readonly value: string };

/**
 * The cells that record a decision in a roster sheet as read (approvals.ts):
 * the unit's Duyệt, Lý do trả lại and Ngày duyệt cells, the columns' headers
 * first when a roster written before them lacks them, and a new line for a unit
 * the roster does not list. Undefined when the rows hold no roster header.
 * Pure, so the pane's host only reads the used range and writes these.
 */
export function approvalEdits(campaign: Campaign, rows: readonly (readonly unknown[])[], unitType: string, approval: Approval): CellEdit[] | undefined {
  const header = rosterHeaderRow(rows);
  if (header < 0) return undefined;
  const headerRow = rows[header] ?? [];
  const found = approvalColumns(headerRow);
  const edits: CellEdit[] = [];
  let next = Math.max(2, ...headerRow.map((c, i) => (c === null || c === undefined || String(c).trim() === '' ? 0 : i + 1)));
  const column = (index: number | undefined, title: string) => {
    if (index !== undefined) return index;
    edits.push({ row: header, column: next, value: title });
    return (next += 1) - 1;
  };
  const columns = [column(found.state, APPROVAL_HEADER[0]), column(found.reason, APPROVAL_HEADER[1]), column(found.at, APPROVAL_HEADER[2])];
  const key = unitKey(approval.unit);
  const listed = rows.findIndex((r, i) => i > header && unitKey(String(r[0] ?? '')) === key);
  const last = rows.reduce((at, r, i) => (i > header && String(r[0] ?? '').trim() !== '' ? i : at), header);
  const row = listed >= 0 ? listed : last + 1;
  if (listed < 0) edits.push({ row, column: 0, value: approval.unit }, { row, column: 1, value: unitTypeLabel(campaign, unitType) });
  approvalCells(approval).forEach((value, i) => edits.push({ row, column: columns[i] as number, value }));
  return edits;
}
