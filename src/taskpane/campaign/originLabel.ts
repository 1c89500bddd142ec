import type { CampaignOrigin } from './useActiveCampaign';

/** Where the campaign in use came from, in the header's words. */
export function originLabel(origin: CampaignOrigin): string {
  if (origin.kind === 'workbook') return 'bộ biểu mang trong sổ này';
  if (origin.kind === 'remembered') return 'bộ biểu đã chọn cho sổ này';
  if (origin.kind === 'file') return `mở từ tệp ${origin.name}`;
  return 'bộ biểu cài sẵn';
}
