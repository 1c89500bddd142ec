import { cellRole } from '../cellRoles';
import { MAX_CELL_TEXT } from '../cellText';
import { addressOf, formGrid } from '../layout/grid';
import type { FormSheet } from './checkForm';
import { longNoteMessage, where } from './messages';
import type { Issue } from './types';

/**
 * A Ghi chú longer than Excel's 32,767 characters a cell (cellText.ts): Excel
 * never writes one, so another program did, and the merge would have to cut
 * it. An error at its cell, so the unit shortens it rather than losing its end.
 */
export function longNoteIssues(sheet: FormSheet): Issue[] {
  const grid = formGrid(sheet.form);
  return sheet.form.rows.flatMap((row) =>
    sheet.form.columns.flatMap((column): Issue[] => {
      if (cellRole(sheet.form, row.key, column.key).role !== 'text') return [];
      const { value } = sheet.cellAt(row.key, column.key);
      if (typeof value !== 'string' || value.length <= MAX_CELL_TEXT) return [];
      const address = addressOf(grid, row.key, column.key);
      return [
        {
          code: 'note-too-long',
          severity: 'error',
          form: sheet.form.key,
          sheet: sheet.sheet,
          row: row.key,
          column: column.key,
          address,
          values: { [address]: `${value.slice(0, 100)}…` },
          message: where(sheet.sheet, address) + longNoteMessage(value.length),
        },
      ];
    }),
  );
}
