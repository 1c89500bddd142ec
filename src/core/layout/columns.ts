import type { FormGrid } from './grid';

/** Column widths in characters: label column wide, value columns sized to their headers. */
export function columnWidths(grid: FormGrid): number[] {
  const widths = Array.from({ length: grid.columnCount }, () => 13);
  widths[grid.sttColumn] = 6;
  widths[grid.labelColumn] = grid.form.columns.length > 6 ? 36 : 46;
  if (grid.unitColumn !== undefined) widths[grid.unitColumn] = 12;
  for (const column of grid.form.columns) {
    const index = grid.columnOf.get(column.key) as number;
    widths[index] = column.kind === 'note' ? 18 : grid.form.columns.length > 6 ? 12 : 14;
  }
  widths[grid.checkColumn] = 36;
  return widths;
}

/** Width of the printed form: every column but the Kiểm tra column. */
export function formWidth(grid: FormGrid, widths: readonly number[]): number {
  return widths.slice(0, grid.checkColumn).reduce((a, b) => a + b, 0);
}

/** The right-hand block of the header (party name, form number, board's signature): the last four columns. */
export function rightBlock(grid: FormGrid): { left: number; right: number } {
  const right = grid.checkColumn - 1;
  return { left: Math.max(2, right - 3), right };
}
