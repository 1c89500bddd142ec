import { columnLetters, rangeAddress } from '../../core/a1';
import type { CellStyle, PlanCell, SheetPlan } from '../../core/plan/types';
import { rectanglesByKey } from '../../core/plan/rectangles';

/**
 * Enum values are written as their string literals: the Excel namespace's
 * enums exist at run time only where office.js is loaded.
 *
 * Queues everything a SheetPlan asks for on a new worksheet, without syncing:
 * the caller batches all sheets into one `context.sync()`. Formats go one call
 * per rectangle of equal cells, never one per cell, so the request stays small.
 */

export type ApiLevel = { readonly indent: boolean; readonly pageLayout: boolean };

/** Excel column width is set in points; a character of the default font is about 7 px wide plus 5 px padding. */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Excel's Text number format: what is written to such a cell stays exactly that text. */
export const TEXT_FORMAT = '@';

export function cellInput(cell: PlanCell): string | number | boolean {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === null) return '';
  if (typeof cell.value !== 'string') return cell.value;
  return cell.numberFormat === TEXT_FORMAT ? cell.value : textInput(cell.value);
}

/**
 * What to write so that a cell that is not formatted as Text holds exactly `text`. Excel reads
 * what is written to `values` or `formulas` as if typed: "=…" (and "+…", "-…") becomes a formula,
 * STT "1" or "2.1" a number, "(1)" the number −1, "1/2" a date, "50%" 0.5, "TRUE" a boolean. A
 * leading apostrophe makes the rest text and is not shown (nor returned by `values`). So any text
 * that is not plainly words — one starting with a letter and holding no digit — is written behind
 * an apostrophe. In a Text ("@") cell the apostrophe would stay part of the text: write those raw.
 */
export function textInput(text: string): string {
  const plainWords = /^\p{L}/u.test(text) && !/\p{N}/u.test(text) && !/^(true|false)$/i.test(text.trim());
  return plainWords ? text : `'${text}`;
}

/** Stay well under Office.js's 5 MB request limit: the size of a block of table rows, whose estimate is close to exact. */
export const REQUEST_BUDGET_BYTES = 2 * 1024 * 1024;

/**
 * The same for form sheets batched into one request, measured with
 * `estimateRequestBytes`, which overestimates by a fifth to a third: ten
 * forms (a province's summary) still go in one request of about 2 MB.
 */
export const SHEETS_BUDGET_BYTES = 3 * 1024 * 1024;

/**
 * What one queued operation costs in the request Office.js sends, beyond its
 * arguments: the action itself (`{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":…}`)
 * and, for a new proxy (getRange, format, font…), its object path and the
 * action that instantiates it. Rounded up from office.js's request format.
 */
const ACTION_BYTES = 115;
const PATH_BYTES = 165;

/**
 * A generous estimate of the request `queuePlan` makes: the cell data twice
 * (formulas and number formats are both 2-D arrays of every cell) and every
 * operation and proxy it queues, counted as queuePlan queues them.
 */
export function estimateRequestBytes(plan: SheetPlan): number {
  const cells = new TextEncoder().encode(JSON.stringify(plan.cells.map((row) => row.map(cellInput)))).length;
  const rows = plan.cells.length;
  const columns = plan.cells[0]?.length ?? 0;
  const styleRectangles = [...rectanglesByKey((r, c) => plan.cells[r]?.[c]?.style, rows, columns).values()].reduce((n, list) => n + list.length, 0);
  const unlocked = rectanglesByKey((r, c) => (plan.cells[r]?.[c]?.locked ? undefined : true), rows, columns).get(true)?.length ?? 0;
  // [how many, actions each, object paths each] of every kind of operation queuePlan queues.
  const parts: [number, number, number][] = [
    [1, 4, 4], // the whole range: font name, number formats, formulas
    [styleRectangles, 9, 4], // range, format, font, fill
    [unlocked, 1, 3],
    [plan.merges.length, 1, 1],
    [plan.borders.length, 18, 9],
    [plan.columnWidths.length + plan.rowHeights.length + plan.hiddenRows.length, 1, 2],
    [plan.validations.length, 3, 2],
    [plan.conditionalFormats.length, 4, 3],
    [1, 7, 4], // freeze panes and protection, with room to spare
  ];
  const operations = parts.reduce((sum, [count, actions, paths]) => sum + count * (actions * ACTION_BYTES + paths * PATH_BYTES), 0);
  return cells * 2 + operations + 1024;
}

export function queuePlan(sheet: Excel.Worksheet, plan: SheetPlan, api: ApiLevel): void {
  const rows = plan.cells.length;
  const columns = plan.cells[0]?.length ?? 0;
  const cellAt = (r: number, c: number) => plan.cells[r]?.[c] as PlanCell;
  const whole = sheet.getRange(rangeAddress(0, 0, rows - 1, columns - 1));

  whole.format.font.name = plan.font;
  whole.numberFormat = plan.cells.map((row) => row.map((cell) => cell.numberFormat));
  whole.formulas = plan.cells.map((row) => row.map(cellInput));

  for (const [styleIndex, ranges] of rectanglesByKey((r, c) => cellAt(r, c).style, rows, columns)) {
    const style = plan.styles[styleIndex] as CellStyle;
    for (const r of ranges) applyStyle(sheet.getRange(rangeAddress(r.top, r.left, r.bottom, r.right)), style, api);
  }
  for (const r of rectanglesByKey((row, c) => (cellAt(row, c).locked ? undefined : true), rows, columns).get(true) ?? [])
    sheet.getRange(rangeAddress(r.top, r.left, r.bottom, r.right)).format.protection.locked = false;

  for (const address of plan.merges) sheet.getRange(address).merge(false);
  for (const address of plan.borders) drawGrid(sheet.getRange(address));
  plan.columnWidths.forEach((width, c) => {
    sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = charactersToPoints(width);
  });
  plan.rowHeights.forEach((height, r) => {
    if (height !== undefined) sheet.getRange(`${r + 1}:${r + 1}`).format.rowHeight = height;
  });
  for (const r of plan.hiddenRows) sheet.getRange(`${r + 1}:${r + 1}`).rowHidden = true;
  for (const v of plan.validations) {
    const validation = sheet.getRange(v.range).dataValidation;
    const limit = { formula1: v.min, operator: 'GreaterThanOrEqualTo' as const };
    validation.rule = v.kind === 'whole' ? { wholeNumber: limit } : { decimal: limit };
    validation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    validation.errorAlert = { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.message };
  }
  for (const cf of plan.conditionalFormats) {
    const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = cf.fill;
    format.custom.format.font.color = cf.fontColor;
  }
  if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
  // Print setup is not queued here: queuePrintSetup, in a request of its own (printSetup.ts).
  sheet.protection.protect({
    allowFormatRows: plan.protection.allowFormatRows,
    allowFormatColumns: plan.protection.allowFormatColumns,
    selectionMode: 'Normal',
  });
}

/** "A2:H40" → "$A$2:$H$40": a print area as Excel shows one. */
const absolute = (area: string) => area.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/**
 * Queues a form's print setup (ExcelApi 1.9: Worksheet.pageLayout): A4
 * landscape, one page wide, the table's header rows repeated on every page,
 * and the print area — the official form without its checks. The caller sends
 * it in a request of its own, after the forms are written, so that an Excel
 * that refuses part of it (office-js issue #1860: the fit-to-width zoom) can
 * cost the print setup, never the forms.
 */
export function queuePrintSetup(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const { pageLayout } = sheet;
  pageLayout.orientation = 'Landscape';
  pageLayout.paperSize = 'A4';
  pageLayout.setPrintArea(absolute(plan.print.area));
  pageLayout.setPrintTitleRows(`$${plan.print.titleRows.first}:$${plan.print.titleRows.last}`);
  pageLayout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide, verticalFitToPages: 0 };
}

function applyStyle(range: Excel.Range, style: CellStyle, api: ApiLevel): void {
  const { format } = range;
  format.font.bold = style.bold;
  format.font.italic = style.italic;
  format.font.size = style.size;
  format.font.color = style.color;
  if (style.fill) format.fill.color = style.fill;
  format.horizontalAlignment = ALIGN[style.horizontal];
  format.verticalAlignment = VALIGN[style.vertical];
  format.wrapText = style.wrap;
  if (api.indent && style.indent > 0) format.indentLevel = style.indent;
}

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

function drawGrid(range: Excel.Range): void {
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = '#000000';
  }
}
