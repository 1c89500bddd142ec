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

export function cellInput(cell: PlanCell): string | number | boolean {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === null) return '';
  return typeof cell.value === 'string' ? textInput(cell.value) : cell.value;
}

/**
 * Excel parses what is written to `values` or `formulas` as if typed: "=…" becomes a formula, STT
 * "1" or "2.1" a number or a date, "TRUE" a boolean, and a leading apostrophe is taken as the
 * text prefix and dropped. Such a text is written behind an apostrophe of its own, which Excel
 * keeps as the prefix and does not show, so the cell holds exactly the text.
 */
export function textInput(text: string): string {
  const wouldParse = /^\s*['=+\-@\d.,]/.test(text) || /^(true|false)$/i.test(text.trim());
  return wouldParse ? `'${text}` : text;
}

/** Stay well under Office.js's 5 MB request limit; formats and validations add to the cell data. */
export const REQUEST_BUDGET_BYTES = 2 * 1024 * 1024;

/** A generous estimate of the request a plan makes: cell data twice (values, formats) plus a share per rectangle. */
export function estimateRequestBytes(plan: SheetPlan): number {
  const cells = new TextEncoder().encode(JSON.stringify(plan.cells.map((row) => row.map(cellInput)))).length;
  return cells * 2 + (plan.merges.length + plan.validations.length) * 400 + plan.cells.length * plan.styles.length * 20;
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
  if (api.pageLayout) {
    sheet.pageLayout.orientation = 'Landscape';
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintTitleRows(`$${plan.print.titleRows.first}:$${plan.print.titleRows.last}`);
  }
  sheet.protection.protect({
    allowFormatRows: plan.protection.allowFormatRows,
    allowFormatColumns: plan.protection.allowFormatColumns,
    selectionMode: 'Normal',
  });
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
