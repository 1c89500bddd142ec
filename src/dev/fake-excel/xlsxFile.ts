import ExcelJS from 'exceljs';
import { cellAddress, parseRange } from '../../core/a1';
import { cellAt, cellPosition, type CellValue, type SheetVisibility } from './model';
import type { WorkbookModel } from './workbook';

/**
 * The in-memory workbook as a file and back: what the preview needs to open a
 * unit's .xlsx as Excel opens it (`?book=`), and to hand the workbook over as
 * `getFileAsync` does (fakeDocument.ts). Only what the add-in reads survives:
 * values, formulas with their cached results, number formats, locked cells,
 * merges, hidden rows, sheet visibility and protection, and the file's save
 * time and saver. Styles, validation and print setup are left out.
 */

/** When the file says it was saved, and by whom: ExcelJS's `modified` and `lastModifiedBy`. */
export type SavedProperties = { readonly modified?: Date; readonly lastModifiedBy?: string };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const serial = (date: Date) => (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;

type Read = { value: CellValue; formula?: string };

function readCell(value: ExcelJS.CellValue): Read {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: serial(value) };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : undefined;
    const result = (value as { result?: unknown }).result;
    const cached = result === undefined || result === null || typeof result === 'object' ? '' : (result as CellValue);
    return formula === undefined ? { value: cached } : { value: cached, formula: `=${formula}` };
  }
  if ('richText' in value) return { value: value.richText.map((run) => run.text).join('') };
  if ('error' in value) return { value: value.error };
  if ('text' in value) return { value: String(value.text) };
  return { value: null };
}

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/** Opens `bytes` into `model` (which should hold no sheets), as Excel opens a file. */
export async function openXlsxInto(model: WorkbookModel, bytes: Uint8Array): Promise<SavedProperties> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const worksheet of workbook.worksheets) {
    const sheet = model.add(worksheet.name);
    sheet.visibility = VISIBILITY[worksheet.state] ?? 'Visible';
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.hidden) sheet.hiddenRows.add(rowNumber - 1);
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        // A merged area's other cells repeat its master's value in ExcelJS; in Excel they are blank.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const target = cellAt(sheet, rowNumber - 1, columnNumber - 1);
        const read = readCell(cell.value);
        target.value = read.value;
        target.formula = read.formula;
        if (cell.numFmt) target.numberFormat = cell.numFmt;
        if (cell.protection?.locked === false) target.locked = false;
      });
    });
    sheet.merges.push(...((worksheet.model as { merges?: string[] }).merges ?? []));
    if ((worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) sheet.protection.protected = true;
  }
  return { modified: workbook.modified, lastModifiedBy: workbook.lastModifiedBy };
}

const STATE: Readonly<Record<SheetVisibility, ExcelJS.WorksheetState>> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** The workbook as .xlsx bytes, with the save time and saver of the file it was opened from (none for a new one). */
export async function xlsxOf(model: WorkbookModel, saved: SavedProperties): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (saved.modified) workbook.modified = saved.modified;
  if (saved.lastModifiedBy) workbook.lastModifiedBy = saved.lastModifiedBy;
  for (const sheet of model.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    for (const [key, cell] of sheet.cells) {
      const { row, column } = cellPosition(key);
      const target = worksheet.getCell(cellAddress(row, column));
      if (cell.formula !== undefined) target.value = { formula: cell.formula.replace(/^=/, ''), ...(cell.value === '' || cell.value === null ? {} : { result: cell.value }) } as ExcelJS.CellFormulaValue;
      else if (cell.value !== null) target.value = cell.value;
      if (cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
      if (!cell.locked) target.protection = { locked: false };
    }
    for (const merge of sheet.merges) {
      const area = parseRange(merge);
      worksheet.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
    }
    for (const row of sheet.hiddenRows) worksheet.getRow(row + 1).hidden = true;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
