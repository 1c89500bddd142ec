import type { Style, Workbook, Worksheet } from 'exceljs';
import { columnLetters } from '../../core/a1';
import { tableBody, tableHeaderRow, type TablePlan } from '../../core/plan/tablePlan';

/** A TablePlan as an ExcelJS sheet: marker row hidden, titles, then a filterable Excel Table. */
export function writeTablePlan(workbook: Workbook, plan: TablePlan): Worksheet {
  const headerRow = tableHeaderRow(plan);
  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow + 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow + 1}:${headerRow + 1}` },
  });
  sheet.getCell(1, 1).value = plan.marker;
  sheet.getRow(1).hidden = true;
  plan.titles.forEach((title, i) => {
    const cell = sheet.getCell(i + 2, 1);
    cell.value = title;
    cell.font = { name: 'Times New Roman', size: i === 0 ? 14 : 12, bold: i === 0, italic: i > 0 };
  });
  plan.columnWidths.forEach((width, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = width;
    column.numFmt = plan.numberFormats[c] ?? 'General';
  });
  sheet.addTable({
    name: plan.tableName,
    ref: `${columnLetters(0)}${headerRow + 1}`,
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: plan.header.map((name) => ({ name, filterButton: true })),
    // ExcelJS stores a string as text whatever its first character: a unit named "=x" stays a name.
    rows: tableBody(plan).map((row) => [...row]),
  });
  shareColumnStyles(sheet, headerRow + 1);
  return sheet;
}

/**
 * ExcelJS gives every cell it creates its own copy of the column's style, and
 * its writer renders each copy to find the style's number: about a second for
 * the 30,000 rows of 200 units' data. The table's cells were all created alike,
 * so each column's cells share the style object of its first one (the same
 * style, so the same file), which the writer then recognises at once.
 */
function shareColumnStyles(sheet: Worksheet, tableRow: number): void {
  const shared = new Map<number, Partial<Style>>();
  sheet.eachRow((row, r) => {
    if (r < tableRow) return;
    row.eachCell((cell, c) => {
      const style = shared.get(c) ?? cell.style;
      shared.set(c, style);
      cell.style = style;
    });
  });
}
