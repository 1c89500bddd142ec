import type { Campaign, FormDef } from '../../forms/schema';
import { rangeAddress } from '../a1';
import type { SheetIdentity } from '../identity';
import { MARKER_ROW } from '../identity';
import type { SheetPlan } from '../plan/types';
import { compileChecks } from './checks';
import { columnWidths } from './columns';
import { FOOTER_ROWS, writeFooter } from './footer';
import { formGrid, HEADER_BLOCK, type FormGrid } from './grid';
import { writeHeaderBlock } from './headerBlock';
import { writeMarkerRow } from './markerRow';
import { PlanBuilder } from './planBuilder';
import { writeTableBody, type SummaryCells } from './tableBody';
import { writeChecks } from './checkColumn';
import { writeTableHeader } from './tableHeader';
import { numericValidations } from './validations';

export const FORM_FONT = 'Times New Roman';

export type LayoutRequest = {
  readonly campaign: Campaign;
  readonly form: FormDef;
  readonly identity: SheetIdentity;
  readonly sheetName: string;
  readonly unitName: string;
  /** Lays the form out as a summary: input cells become sums over the units' data, locked. */
  readonly summary?: SummaryCells;
};

/** The whole printed form as a SheetPlan: pure, so both hosts draw exactly the same sheet. */
export function layoutForm({ campaign, form, identity, sheetName, unitName, summary }: LayoutRequest): SheetPlan {
  const grid = formGrid(form);
  const widths = columnWidths(grid);
  const plan = new PlanBuilder(grid.lastDataRow + 1 + FOOTER_ROWS, grid.columnCount);

  writeMarkerRow(plan, grid, campaign, identity);
  writeHeaderBlock(plan, grid, campaign, unitName, widths, summary?.caption);
  writeTableHeader(plan, grid, widths);
  writeTableBody(plan, grid, widths, summary);
  writeFooter(plan, grid, campaign.texts, widths);
  const validations = numericValidations(grid);
  const inputs = validations.map((v) => ({ range: v.range, kind: v.kind === 'whole' ? ('count' as const) : ('amount' as const) }));
  const checks = compileChecks(form, grid, inputs, { inputsAreFormulas: summary !== undefined, rulesAreWarnings: summary !== undefined });
  writeChecks(plan, grid, checks);

  return {
    sheetName,
    identity,
    font: FORM_FONT,
    cells: plan.cells,
    styles: plan.styles,
    merges: plan.merges,
    borders: [rangeAddress(grid.headerTop, 0, grid.lastDataRow, grid.checkColumn - 1)],
    columnWidths: widths,
    rowHeights: Array.from({ length: plan.cells.length }, (_, row) => plan.rowHeights[row]),
    hiddenRows: [MARKER_ROW],
    // A summary's cells are formulas, locked: nothing is typed there.
    validations: summary ? [] : validations,
    conditionalFormats: checks.conditionalFormats,
    frozenRows: grid.firstDataRow,
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToPagesWide: 1,
      titleRows: { first: grid.headerTop + 1, last: grid.numberRow + 1 },
      area: printArea(grid, plan.cells.length),
    },
    protection: { allowFormatRows: true, allowFormatColumns: true, selectLocked: true },
  };
}

/**
 * What prints: the official form — header block, table, footer — and nothing
 * else: not the hidden marker row above it, not the Kiểm tra column right of
 * it, which also holds the status line (checkColumn.ts). One rectangle, since
 * Excel prints each area of a print area with several on a page of its own.
 */
export function printArea(grid: FormGrid, rows: number): string {
  return rangeAddress(HEADER_BLOCK.unitLine, 0, rows - 1, grid.checkColumn - 1);
}
