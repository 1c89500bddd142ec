import type { Expr } from '../../forms/expression';
import type { FormGrid } from './grid';
import { heightFor, linesFor } from './measure';
import type { PlanBuilder } from './planBuilder';
import { COLORS, TEXTS } from './texts';

const HEADER_STYLE = { bold: true, horizontal: 'center', vertical: 'center', wrap: true, fill: COLORS.header } as const;

/**
 * Column headers (a group merged over its columns, other headers merged down
 * both rows) and the "(1) (2) … (6)=(4)+(5)" row beneath them.
 */
export function writeTableHeader(plan: PlanBuilder, grid: FormGrid, widths: readonly number[]): void {
  const top = grid.headerTop;
  const bottom = top + grid.headerRows - 1;
  const lines = Array.from({ length: grid.headerRows }, () => 1);
  const note = (row: number, column: number, text: string, span = 1) => {
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    const index = row - top;
    lines[index] = Math.max(lines[index] ?? 1, linesFor(text, width, { bold: true }));
  };

  const fixed: [number | undefined, string][] = [
    [grid.sttColumn, TEXTS.stt],
    [grid.labelColumn, TEXTS.label],
    [grid.unitColumn, TEXTS.unit],
  ];
  for (const [column, text] of fixed)
    if (column !== undefined) plan.setMerged(top, column, bottom, column, { value: text, style: HEADER_STYLE });

  const columns = grid.form.columns;
  for (let i = 0; i < columns.length; ) {
    const column = columns[i];
    if (!column) break;
    const at = grid.columnOf.get(column.key) as number;
    if (column.group === undefined) {
      plan.setMerged(top, at, bottom, at, { value: column.header, style: HEADER_STYLE });
      note(bottom, at, column.header);
      i += 1;
      continue;
    }
    let span = 1;
    while (columns[i + span]?.group === column.group) span += 1;
    plan.setMerged(top, at, top, at + span - 1, { value: column.group, style: HEADER_STYLE });
    note(top, at, column.group, span);
    for (let k = 0; k < span; k += 1) {
      const member = columns[i + k];
      if (member) {
        plan.set(bottom, at + k, { value: member.header, style: HEADER_STYLE });
        note(bottom, at + k, member.header);
      }
    }
    i += span;
  }
  lines.forEach((n, index) => plan.height(top + index, heightFor(n)));
  writeNumberRow(plan, grid);
}

function writeNumberRow(plan: PlanBuilder, grid: FormGrid): void {
  const numberOf = (column: number) => `(${column + 1})`;
  const style = { italic: true, horizontal: 'center', size: 11 } as const;
  for (let column = 0; column < grid.checkColumn; column += 1) plan.set(grid.numberRow, column, { value: numberOf(column), style });
  for (const column of grid.form.columns) {
    if (column.kind !== 'formula') continue;
    const at = grid.columnOf.get(column.key) as number;
    const shown = showExpression(column.formula.tree, (key) => numberOf(grid.columnOf.get(key) as number));
    plan.set(grid.numberRow, at, { value: `${numberOf(at)}=${shown}`, style });
  }
}

/** "hv2023 / dt * 100" → "(5)/(3)x100", the way printed forms write column formulas. */
function showExpression(expr: Expr, name: (key: string) => string): string {
  if (expr.type === 'number') return String(expr.value);
  if (expr.type === 'ref') return name(expr.first);
  const op = expr.op === '*' ? 'x' : expr.op === '-' ? '–' : expr.op;
  return `${showExpression(expr.left, name)}${op}${showExpression(expr.right, name)}`;
}
