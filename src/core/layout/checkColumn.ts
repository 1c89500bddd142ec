import type { SheetChecks } from './checks';
import { HEADER_BLOCK, type FormGrid } from './grid';
import type { PlanBuilder } from './planBuilder';
import { COLORS } from './texts';

const CHECK_HEADER = 'Kiểm tra (tự động)';

/** The Kiểm tra column beside the table and the status line under the title. */
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
  plan.setMerged(HEADER_BLOCK.status, 0, HEADER_BLOCK.status, column - 1, {
    formula: checks.status,
    style: { bold: true, italic: true, horizontal: 'center', color: '#9C0006' },
  });
}
