import type { Borders, Cell, Fill, Workbook, Worksheet } from 'exceljs';
import { parseRange } from '../../core/a1';
import type { CellStyle, PlanCell, SheetPlan } from '../../core/plan/types';

/**
 * Writes a SheetPlan into an ExcelJS workbook: the same sheet the Excel host
 * draws through Office.js (the contract test compares them cell by cell).
 */

/** Functions newer than Excel 2007 are stored with the _xlfn. prefix in the file format; Office.js takes them bare. */
const fileFormula = (formula: string) => formula.replace(/^=/, '').replace(/\bISFORMULA\(/g, '_xlfn.ISFORMULA(');

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const GRID: Partial<Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function cellsOf(address: string, visit: (row: number, column: number) => void): void {
  const r = parseRange(address);
  for (let row = r.top; row <= r.bottom; row += 1) for (let column = r.left; column <= r.right; column += 1) visit(row, column);
}

function writeCell(target: Cell, cell: PlanCell, style: CellStyle, font: string): void {
  // ExcelJS stores a string as text whatever its first character, so "=x" in a unit name stays text.
  target.value =
    cell.formula === undefined ? cell.value : { formula: fileFormula(cell.formula), ...(cell.result !== undefined ? { result: cell.result } : {}) };
  target.numFmt = cell.numberFormat;
  target.font = { name: font, size: style.size, bold: style.bold, italic: style.italic, color: { argb: argb(style.color) } };
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } } satisfies Fill;
  target.alignment = { horizontal: style.horizontal, vertical: ALIGN_V[style.vertical], wrapText: style.wrap, ...(style.indent > 0 ? { indent: style.indent } : {}) };
  target.protection = { locked: cell.locked };
}

const ALIGN_V = { top: 'top', center: 'middle', bottom: 'bottom' } as const;

/**
 * The print area as ExcelJS must be given it: it writes the defined name
 * `_xlnm.Print_Area` as `'Sheet'!$<start>:$<end>`, a `$` before each end only,
 * so "A2:H40" would come out with relative rows ("$A2:$H40"). Written as
 * "A$2:H$40" it comes out absolute, as Excel writes a print area ("$A$2:$H$40"),
 * and reads back as "A2:H40".
 */
export function filePrintArea(area: string): string {
  return area.replace(/([A-Z]+)(\d+)/g, '$1$$$2');
}

export async function writePlan(workbook: Workbook, plan: SheetPlan): Promise<Worksheet> {
  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: plan.frozenRows }],
    pageSetup: {
      orientation: plan.print.orientation,
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: plan.print.fitToPagesWide,
      fitToHeight: 0,
      printTitlesRow: `${plan.print.titleRows.first}:${plan.print.titleRows.last}`,
      printArea: filePrintArea(plan.print.area),
      margins: { left: 0.5, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  plan.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => writeCell(sheet.getCell(r + 1, c + 1), cell, plan.styles[cell.style] as CellStyle, plan.font)),
  );
  plan.rowHeights.forEach((height, r) => {
    if (height !== undefined) sheet.getRow(r + 1).height = height;
  });
  for (const r of plan.hiddenRows) sheet.getRow(r + 1).hidden = true;
  for (const address of plan.borders) cellsOf(address, (r, c) => (sheet.getCell(r + 1, c + 1).border = GRID));
  for (const address of plan.merges) sheet.mergeCells(address);
  for (const v of plan.validations)
    cellsOf(v.range, (r, c) => {
      sheet.getCell(r + 1, c + 1).dataValidation = {
        type: v.kind,
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [v.min],
        showInputMessage: true,
        promptTitle: v.prompt.title,
        prompt: v.prompt.message,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: v.error.title,
        error: v.error.message,
      };
    });
  for (const cf of plan.conditionalFormats)
    sheet.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [fileFormula(cf.formula)],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } }, font: { color: { argb: argb(cf.fontColor) } } },
        },
      ],
    });
  await sheet.protect('', {
    selectLockedCells: plan.protection.selectLocked,
    selectUnlockedCells: true,
    formatRows: plan.protection.allowFormatRows,
    formatColumns: plan.protection.allowFormatColumns,
  });
  return sheet;
}
