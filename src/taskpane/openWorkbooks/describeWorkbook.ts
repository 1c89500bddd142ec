import { formatDateTime } from '../../core/dates';
import { previewMerge } from '../../core/merge/consolidate';
import type { Campaign } from '../../forms/schema';
import type { WorkbookPort } from '../../ports/workbookPort';
import { sourceRows, unitLine } from '../merge/view';
import type { Description } from './hub';

/**
 * What this workbook's pane tells the others: its units, forms and problems,
 * worked out as the Tổng hợp tab would show the workbook's sheets added as a
 * source, so the line a summary's pane lists is the line it will show once added.
 */
export async function describeWorkbook(port: WorkbookPort, campaign: Campaign, name: string): Promise<Description> {
  const { source } = await port.readWorkbookSources(formatDateTime(Date.now()));
  const preview = previewMerge(campaign, { reads: [source], options: { includeUnitsWithErrors: true, keep: new Map() }, roster: undefined });
  const rows = sourceRows(preview);
  return {
    name,
    units: rows.flatMap((row) => row.units.map((unit) => unitLine(campaign, unit, row.report.forms))),
    problems: rows.flatMap((row) => row.report.problems),
  };
}
