import { cellAddress, type GridRange } from '../../core/a1';
import { accessDenied } from './errors';
import { forEachCell, peekCell, type SheetModel } from './model';

/**
 * What a protected sheet refuses to the API, with AccessDenied, before any
 * part of the operation is applied: contents of locked cells; cell formats
 * unless allowFormatCells; column widths and hiding unless allowFormatColumns;
 * row heights and hiding unless allowFormatRows; merging, data validation and
 * conditional formats always (Excel greys those commands out).
 */

export function guardContents(sheet: SheetModel, range: GridRange, what: string): void {
  if (!sheet.protection.protected) return;
  forEachCell(range, (row, column) => {
    if (peekCell(sheet, row, column)?.locked ?? true) throw accessDenied(`${what} of locked cell ${cellAddress(row, column)} on "${sheet.name}"`);
  });
}

export type FormatKind = 'cells' | 'columns' | 'rows' | 'structure';

const ALLOWED_BY: Record<Exclude<FormatKind, 'structure'>, keyof Excel.WorksheetProtectionOptions> = {
  cells: 'allowFormatCells',
  columns: 'allowFormatColumns',
  rows: 'allowFormatRows',
};

export function guardFormat(sheet: SheetModel, kind: FormatKind, what: string): void {
  if (!sheet.protection.protected) return;
  if (kind !== 'structure' && sheet.protection.options[ALLOWED_BY[kind]] === true) return;
  throw accessDenied(`${what} on protected sheet "${sheet.name}"`);
}
