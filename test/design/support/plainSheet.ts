import ExcelJS from 'exceljs';
import { parseRange } from '../../../src/core/a1';
import { formGrid, HEADER_BLOCK } from '../../../src/core/layout/grid';
import { layoutForm } from '../../../src/core/layout/layoutForm';
import { MARKER_ROW } from '../../../src/core/identity';
import type { CellStyle } from '../../../src/core/plan/types';
import type { Campaign, FormDef } from '../../../src/forms/schema';

/**
 * A form as a plain sheet, the way a clerk would receive it from another
 * office: what `layoutForm` draws (header block, merged headings, index row,
 * labels, formulas, fills, number formats, borders, footer) without anything
 * that says which form it is — no marker row, no carried campaign, no Kiểm tra
 * column or status line, no data validation, no conditional formats, no
 * protection. The designer must find the form again from this alone.
 */
export function writePlainForm(workbook: ExcelJS.Workbook, campaign: Campaign, form: FormDef): ExcelJS.Worksheet {
  const identity = { campaign: campaign.key, form: form.key, version: form.version, unitType: 'x', mode: 'blank' as const };
  const plan = layoutForm({ campaign, form, identity, sheetName: form.sheetName, unitName: '' });
  const grid = formGrid(form);
  const keep = (row: number, column: number) => row !== MARKER_ROW && row !== HEADER_BLOCK.status && column < grid.checkColumn;
  const sheet = workbook.addWorksheet(form.sheetName);
  const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
  plan.columnWidths.slice(0, grid.checkColumn).forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  plan.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!keep(r, c)) return;
      const style = plan.styles[cell.style] as CellStyle;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = cell.formula !== undefined ? { formula: cell.formula.replace(/^=/, '') } : cell.value;
      target.numFmt = cell.numberFormat;
      target.font = { name: plan.font, size: style.size, bold: style.bold, italic: style.italic };
      if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
      target.alignment = { horizontal: style.horizontal, wrapText: style.wrap, ...(style.indent > 0 ? { indent: style.indent } : {}) };
    }),
  );
  const thin = { style: 'thin' as const };
  for (const range of plan.borders) {
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row += 1)
      for (let column = r.left; column <= Math.min(r.right, grid.checkColumn - 1); column += 1)
        sheet.getCell(row + 1, column + 1).border = { top: thin, bottom: thin, left: thin, right: thin };
  }
  for (const merge of plan.merges) {
    const r = parseRange(merge);
    if (keep(r.top, r.left) && r.right < grid.checkColumn) sheet.mergeCells(merge);
  }
  return sheet;
}

export function plainWorkbook(campaign: Campaign, forms: readonly FormDef[] = campaign.forms): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const form of forms) writePlainForm(workbook, campaign, form);
  return workbook;
}
