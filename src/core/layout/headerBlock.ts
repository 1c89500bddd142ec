import type { Campaign } from '../../forms/schema';
import { formWidth, rightBlock } from './columns';
import { HEADER_BLOCK, type FormGrid } from './grid';
import { heightFor, linesFor } from './measure';
import type { PlanBuilder } from './planBuilder';
import { COLORS, NUMBER_FORMATS } from './texts';

/** The campaign's issuer over the unit name, its motto, form number, title, subtitle, period (the marker row is markerRow.ts's). */
export function writeHeaderBlock(
  plan: PlanBuilder,
  grid: FormGrid,
  campaign: Campaign,
  unitName: string,
  widths: readonly number[],
  caption?: string,
): void {
  const last = grid.checkColumn - 1;
  const right = rightBlock(grid);
  const leftEnd = right.left - 1;
  const totalWidth = formWidth(grid, widths);
  const formNumber = campaign.texts.formNumber.split('{số}').join(grid.form.number);

  plan.setMerged(HEADER_BLOCK.unitLine, 0, HEADER_BLOCK.unitLine, leftEnd, { value: campaign.texts.issuer, style: { horizontal: 'center' } });
  plan.setMerged(HEADER_BLOCK.unitLine, right.left, HEADER_BLOCK.unitLine, right.right, {
    value: campaign.texts.motto,
    style: { bold: true, horizontal: 'center' },
  });
  plan.setMerged(HEADER_BLOCK.unitName, 0, HEADER_BLOCK.unitName, leftEnd, {
    value: unitName === '' ? null : unitName,
    numberFormat: NUMBER_FORMATS.text,
    style: { bold: true, horizontal: 'center', fill: COLORS.input },
    locked: false,
  });
  plan.setMerged(HEADER_BLOCK.unitName, right.left, HEADER_BLOCK.unitName, right.right, {
    value: caption ? `${formNumber} (${caption})` : formNumber,
    style: { bold: true, italic: true, horizontal: 'right' },
  });

  const centred = (row: number, value: string, style: { bold?: boolean; italic?: boolean; size?: number }) => {
    plan.setMerged(row, 0, row, last, { value, style: { ...style, horizontal: 'center', wrap: true } });
    const size = style.size ?? 12;
    plan.height(row, heightFor(linesFor(value, totalWidth, { size, bold: style.bold ?? false }), size));
  };
  centred(HEADER_BLOCK.title, grid.form.title, { bold: true, size: 14 });
  centred(HEADER_BLOCK.subtitle, campaign.texts.subtitle, { italic: true });
  centred(HEADER_BLOCK.period, campaign.texts.period, { italic: true });
}
