import { columnLetters, rangeAddress } from '../../core/a1';
import { tableBody, tableHeaderRow, type TableCell, type TablePlan } from '../../core/plan/tablePlan';
import { charactersToPoints, REQUEST_BUDGET_BYTES, textInput } from './applyPlan';

/**
 * A TablePlan through Office.js. Values go in blocks of rows that each stay
 * under the request budget (a data table of 200 units is several MB); the
 * Excel Table is added separately, after any earlier table of the same name
 * is gone with its sheet.
 */

const written = (value: TableCell) => (typeof value === 'string' ? textInput(value) : (value ?? ''));

/** Row blocks [first, last] (0-based, into tableBody) whose JSON stays under the budget. */
export function rowBlocks(plan: TablePlan, budget = REQUEST_BUDGET_BYTES): [number, number][] {
  const body = tableBody(plan);
  const blocks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  body.forEach((row, i) => {
    const size = new TextEncoder().encode(JSON.stringify(row)).length + 2;
    if (bytes > 0 && bytes + size > budget) {
      blocks.push([start, i - 1]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  blocks.push([start, body.length - 1]);
  return blocks;
}

/** Marker, titles, header and widths: small, queued with the first block. */
export function queueTableFrame(sheet: Excel.Worksheet, plan: TablePlan): void {
  const headerRow = tableHeaderRow(plan);
  const last = plan.header.length - 1;
  sheet.getRange('A1').values = [[plan.marker]];
  sheet.getRange('1:1').rowHidden = true;
  plan.titles.forEach((title, i) => {
    const cell = sheet.getRange(`A${i + 2}`);
    cell.values = [[title]];
    cell.format.font.bold = i === 0;
    cell.format.font.italic = i > 0;
    cell.format.font.size = i === 0 ? 14 : 12;
  });
  plan.columnWidths.forEach((width, c) => {
    sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = charactersToPoints(width);
  });
  const rows = tableBody(plan).length;
  plan.numberFormats.forEach((format, c) => {
    sheet.getRange(rangeAddress(headerRow + 1, c, headerRow + rows, c)).numberFormat = Array.from({ length: rows }, () => [format]);
  });
  sheet.getRange(rangeAddress(headerRow, 0, headerRow, last)).values = [plan.header.map(written)];
  sheet.freezePanes.freezeRows(headerRow + 1);
}

export function queueTableRows(sheet: Excel.Worksheet, plan: TablePlan, [first, last]: [number, number]): void {
  const top = tableHeaderRow(plan) + 1 + first;
  const rows = tableBody(plan).slice(first, last + 1);
  sheet.getRange(rangeAddress(top, 0, top + rows.length - 1, plan.header.length - 1)).values = rows.map((row) => row.map(written));
}

export function queueTable(sheet: Excel.Worksheet, plan: TablePlan): void {
  const headerRow = tableHeaderRow(plan);
  const range = rangeAddress(headerRow, 0, headerRow + tableBody(plan).length, plan.header.length - 1);
  const table = sheet.tables.add(range, true);
  table.name = plan.tableName;
}
