import { numericInputCells } from '../../src/core/cellRoles';
import { checkSheets, inputProgress, type FormSheet } from '../../src/core/rules/checkForm';
import { progressMessage } from '../../src/core/rules/messages';
import type { RawCell } from '../../src/core/rules/types';
import type { FormDef } from '../../src/forms/schema';
import { NQ25 } from '../support/campaigns';

const B1 = NQ25.forms[0] as FormDef;
const total = numericInputCells(B1).length;

function sheetOf(cells: Record<string, unknown>): FormSheet {
  return { form: B1, sheet: B1.sheetName, cellAt: (row, column) => ({ value: cells[`${row}.${column}`] ?? null }) as RawCell };
}

describe('a form’s progress, shown instead of a warning about its blanks', () => {
  it('is nothing entered of every input cell on a fresh form', () => {
    expect(inputProgress(sheetOf({}))).toEqual({ filled: 0, total });
    expect(progressMessage('Biểu 1', inputProgress(sheetOf({})))).toBe(`Biểu 1: đã nhập 0/${total} ô`);
  });

  it('counts what was typed, a zero and a wrong entry included, and agrees with the blanks the check counts', () => {
    const sheet = sheetOf({ 'vb_nq.p1': 0, 'qt_luot.p1': '1.234', 'qt_hn.p1': 12 });
    expect(inputProgress(sheet)).toEqual({ filled: 3, total });
    const blanks = checkSheets([sheet]).find((i) => i.code === 'incomplete')?.values.blanks;
    expect(blanks).toBe(total - 3);
  });

  it('reads "Biểu 2: đã nhập 12/36 ô"', () => {
    expect(progressMessage('Biểu 2', { filled: 12, total: 36 })).toBe('Biểu 2: đã nhập 12/36 ô');
  });
});
