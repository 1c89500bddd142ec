import { columnLetters, rangeAddress } from '../../core/a1';
import { tableBody, tableHeaderRow, type TableCell, type TablePlan } from '../../core/plan/tablePlan';
import { charactersToPoints, REQUEST_BUDGET_BYTES, TEXT_FORMAT, textInput } from './applyPlan';

/**
 * A TablePlan through Office.js. Rows go in blocks that each stay under the
 * request budget (a data table of 200 units is several MB): a block carries
 * its rows' number formats and then their values, so a Text column's format
 * is in place before its values are read. The Excel Table is added by the
 * caller (`queueTable`), once the rows are written.
 */

/** A value as written into a column with number format `format`: text raw in a Text column, behind an apostrophe elsewhere. */
export const written = (value: TableCell, format = 'General') =>
  typeof value === 'string' ? (format === TEXT_FORMAT ? value : textInput(value)) : (value ?? '');

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * What one row adds to a request: its values and its number formats as
 * Office.js sends them, JSON arrays with their quotes, commas and brackets.
 * A block's request adds only a few hundred bytes of actions and paths.
 */
export function rowBytes(plan: TablePlan, row: readonly TableCell[]): number {
  const values = utf8Bytes(JSON.stringify(row.map((v, c) => written(v, plan.numberFormats[c]))));
  const formats = utf8Bytes(JSON.stringify(plan.numberFormats));
  return values + formats + 4;
}

/** Row blocks [first, last] (0-based, into tableBody) whose values and number formats stay under the budget. */
export function rowBlocks(plan: TablePlan, budget = REQUEST_BUDGET_BYTES): [number, number][] {
  const body = tableBody(plan);
  const blocks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  body.forEach((row, i) => {
    const size = rowBytes(plan, row);
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
  sheet.getRange('A1').values = [[written(plan.marker)]];
  sheet.getRange('1:1').rowHidden = true;
  plan.titles.forEach((title, i) => {
    const cell = sheet.getRange(`A${i + 2}`);
    cell.values = [[written(title)]];
    cell.format.font.bold = i === 0;
    cell.format.font.italic = i > 0;
    cell.format.font.size = i === 0 ? 14 : 12;
  });
  plan.columnWidths.forEach((width, c) => {
    sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = charactersToPoints(width);
  });
  sheet.getRange(rangeAddress(headerRow, 0, headerRow, last)).values = [plan.header.map((h) => written(h))];
  sheet.freezePanes.freezeRows(headerRow + 1);
}

/** One block of rows: their number formats first, then their values. */
export function queueTableRows(sheet: Excel.Worksheet, plan: TablePlan, [first, last]: [number, number]): void {
  const top = tableHeaderRow(plan) + 1 + first;
  const rows = tableBody(plan).slice(first, last + 1);
  const block = sheet.getRange(rangeAddress(top, 0, top + rows.length - 1, plan.header.length - 1));
  block.numberFormat = rows.map(() => [...plan.numberFormats]);
  block.values = rows.map((row) => row.map((value, c) => written(value, plan.numberFormats[c])));
}

/**
 * The Excel Table over the header and rows, made from a Range of this sheet:
 * TableCollection.add with an address that names no sheet would put the table
 * on whatever sheet is active. `name` is the table's name for now (by default
 * the plan's).
 */
export function queueTable(sheet: Excel.Worksheet, plan: TablePlan, name = plan.tableName): Excel.Table {
  const headerRow = tableHeaderRow(plan);
  const range = sheet.getRange(rangeAddress(headerRow, 0, headerRow + tableBody(plan).length, plan.header.length - 1));
  const table = sheet.tables.add(range, true);
  table.name = name;
  return table;
}
