import type { CampaignTexts } from '../../forms/schema';
import { formWidth, rightBlock } from './columns';
import type { FormGrid } from './grid';
import { heightFor, linesFor } from './measure';
import type { PlanBuilder } from './planBuilder';
import { COLORS, NUMBER_FORMATS, TEXTS } from './texts';

/** Rows the footer takes under the table: gap, legend, date, titles, hint, signing space ×3, names. */
export const FOOTER_ROWS = 9;

/** Legend, date line and the campaign's signature blocks (left and right); the date and the signers' names are text inputs. */
export function writeFooter(plan: PlanBuilder, grid: FormGrid, texts: CampaignTexts, widths: readonly number[]): void {
  const top = grid.lastDataRow + 2;
  const last = grid.checkColumn - 1;
  const right = rightBlock(grid);
  const textInput = { numberFormat: NUMBER_FORMATS.text, locked: false } as const;

  plan.setMerged(top, 0, top, last, { value: TEXTS.legend, style: { italic: true, wrap: true, size: 11 } });
  plan.height(top, heightFor(linesFor(TEXTS.legend, formWidth(grid, widths), { size: 11 }), 11));
  plan.setMerged(top + 1, right.left, top + 1, right.right, {
    ...textInput,
    value: texts.dateLine,
    style: { italic: true, horizontal: 'center', fill: COLORS.input },
  });
  const block = (left: number, end: number, signer: CampaignTexts['signers'][number]) => {
    plan.setMerged(top + 2, left, top + 2, end, { value: signer.title, style: { bold: true, horizontal: 'center' } });
    plan.setMerged(top + 3, left, top + 3, end, { value: signer.hint, style: { italic: true, horizontal: 'center' } });
    plan.setMerged(top + 7, left, top + 7, end, { ...textInput, style: { bold: true, horizontal: 'center', fill: COLORS.input } });
  };
  // Two signers stand left and right; a single one stands on the right, where the approving signature goes.
  const [first, second] = texts.signers;
  if (first && second) block(0, grid.labelColumn, first);
  const onRight = second ?? first;
  if (onRight) block(right.left, right.right, onRight);
}
