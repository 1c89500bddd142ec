import type { Campaign } from '../../forms/schema';
import { campaignJson } from '../../forms/defineForm';
import { CARRIER_FIRST_COLUMN, carrierPieces } from '../campaignCarrier';
import { identityCells, MARKER_COLUMN, MARKER_ROW, type SheetIdentity } from '../identity';
import type { FormGrid } from './grid';
import type { PlanBuilder } from './planBuilder';
import { NUMBER_FORMATS } from './texts';

/**
 * The hidden, locked marker row, within the form's own columns: the identity
 * marker in A1, the campaign's pieces from B1, and, for a summary whose unit
 * lists are too long for A1, their pieces right after the campaign's. The
 * lists are what keeps a level from counting a unit twice, the campaign is a
 * convenience: when the row is too short for both, the campaign is left out.
 */
export function writeMarkerRow(plan: PlanBuilder, grid: FormGrid, campaign: Campaign, identity: SheetIdentity): void {
  const room = grid.columnCount - CARRIER_FIRST_COLUMN;
  const listPieces = identityCells(identity, CARRIER_FIRST_COLUMN).pieces.length;
  if (listPieces > room)
    throw new RangeError(
      `Danh sách đơn vị của bảng tổng hợp ${grid.form.key} quá dài để ghi vào hàng ẩn của biểu (${listPieces} ô, biểu chỉ có ${room} ô); hãy tổng hợp theo từng cấp.`,
    );
  const carrier = carrierPieces(campaignJson(campaign), room - listPieces);
  const { marker, pieces } = identityCells(identity, CARRIER_FIRST_COLUMN + carrier.length);
  const text = { numberFormat: NUMBER_FORMATS.text } as const;
  plan.set(MARKER_ROW, MARKER_COLUMN, { ...text, value: marker });
  [...carrier, ...pieces].forEach((piece, i) => plan.set(MARKER_ROW, CARRIER_FIRST_COLUMN + i, { ...text, value: piece }));
}
