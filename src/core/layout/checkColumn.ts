import type { SheetChecks } from './checks';
import { HEADER_BLOCK, type FormGrid } from './grid';
import type { PlanBuilder } from './planBuilder';
import { COLORS } from './texts';

const CHECK_HEADER = 'Kiểm tra (tự động)';

/**
 * Where the status line is ("Biểu hợp lệ (còn 24 ô trống)"): at the head of the
 * Kiểm tra column, beside the header block, over the rows from the issuer's
 * line to the one above the table. Like the column, it is outside the print
 * area (layoutForm.ts): what prints is the official form only, while on
 * screen it stays in the frozen rows, always in view.
 */
export function statusArea(grid: FormGrid): { top: number; bottom: number; column: number } {
  return { top: HEADER_BLOCK.unitLine, bottom: HEADER_BLOCK.status, column: grid.checkColumn };
}

/** The Kiểm tra column beside the table, and the status line at its head. */
export function writeChecks(plan: PlanBuilder, grid: FormGrid, checks: SheetChecks): void {
  const column = grid.checkColumn;
  plan.setMerged(grid.headerTop, column, grid.numberRow, column, {
    value: CHECK_HEADER,
    style: { bold: true, italic: true, horizontal: 'center', wrap: true, fill: COLORS.header, color: '#9C0006' },
  });
  for (let row = grid.firstDataRow; row <= grid.lastDataRow; row += 1) {
    const formula = checks.checkCells.get(row);
    plan.set(row, column, { ...(formula ? { formula } : {}), style: { wrap: true, size: 10, color: '#9C0006' } });
  }
  const status = statusArea(grid);
  plan.setMerged(status.top, column, status.bottom, column, {
    formula: checks.status,
    style: { bold: true, italic: true, horizontal: 'center', vertical: 'center', wrap: true, color: '#9C0006' },
  });
}
