import { cellRole } from './cellRoles';
import { columnIndexOf, HEADER_BLOCK, rowIndex, formGrid } from './layout/grid';
import type { FormDef } from '../forms/schema';
import { MARKER_COLUMN, MARKER_ROW } from './identity';

/** A sheet's cell values from A1, as a host reads them (Office.js `values`, or ExcelJS cells). */
export type SheetValues = readonly (readonly unknown[])[];

export type UserEntry = { readonly row: string; readonly column: string; readonly value: unknown };

export function valueAt(values: SheetValues, row: number, column: number): unknown {
  return values[row]?.[column];
}

export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The marker cell's text. */
export function markerText(values: SheetValues): unknown {
  return valueAt(values, MARKER_ROW, MARKER_COLUMN);
}

/** Every input and Ghi chú cell the user has typed something into. */
export function userEntries(form: FormDef, values: SheetValues): UserEntry[] {
  const grid = formGrid(form);
  const entries: UserEntry[] = [];
  for (const row of form.rows)
    for (const column of form.columns) {
      const role = cellRole(form, row.key, column.key).role;
      if (role !== 'input' && role !== 'text') continue;
      const value = valueAt(values, rowIndex(grid, row.key), columnIndexOf(grid, column.key));
      if (!isEmptyValue(value)) entries.push({ row: row.key, column: column.key, value });
    }
  return entries;
}

/** Whether a sheet of this form holds figures or notes someone typed: such a sheet is never replaced. */
export function hasUserData(form: FormDef, values: SheetValues): boolean {
  return userEntries(form, values).length > 0;
}

/** The unit name cell's value as the host read it: text, or whatever else was typed or stored there. */
export function unitNameCell(values: SheetValues): unknown {
  return valueAt(values, HEADER_BLOCK.unitName, 0);
}

/** The unit name typed in the header. */
export function unitNameOf(values: SheetValues): string {
  const value = unitNameCell(values);
  return typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
}
