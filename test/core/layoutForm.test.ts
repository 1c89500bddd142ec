import { cellAddress, parseRange } from '../../src/core/a1';
import { cellRole } from '../../src/core/cellRoles';
import { decodeIdentity } from '../../src/core/identity';
import { formGrid } from '../../src/core/layout/grid';
import { layoutForm } from '../../src/core/layout/layoutForm';
import type { SheetPlan } from '../../src/core/plan/types';
import { NQ25 } from '../support/campaigns';
import type { FormDef } from '../../src/forms/schema';

const identityOf = (form: FormDef) => ({ campaign: 'nq25', form: form.key, version: form.version, unitType: 'huyen', mode: 'blank' as const });
const planOf = (form: FormDef, unitName = 'Huyện ủy Văn Lâm') =>
  layoutForm({ campaign: NQ25, form, identity: identityOf(form), sheetName: form.sheetName, unitName });
const formOf = (key: string) => NQ25.forms.find((f) => f.key === key) as FormDef;
const text = (plan: SheetPlan, address: string) => {
  const { top, left } = parseRange(address);
  return plan.cells[top]?.[left]?.value;
};
const inRange = (range: string, row: number, column: number) => {
  const r = parseRange(range);
  return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
};

describe.each(NQ25.forms.map((f) => [f.key, f] as const))('the laid-out %s', (_key, form) => {
  const plan = planOf(form);
  const grid = formGrid(form);

  it('unlocks every numeric input with a light fill and exactly one validation of its kind', () => {
    for (const row of form.rows)
      for (const column of form.columns) {
        const role = cellRole(form, row.key, column.key);
        if (role.role !== 'input') continue;
        const r = grid.rowOf.get(row.key) as number;
        const c = grid.columnOf.get(column.key) as number;
        const cell = plan.cells[r]?.[c];
        expect(cell?.locked).toBe(false);
        expect(plan.styles[cell?.style ?? 0]?.fill).toBeDefined();
        const rules = plan.validations.filter((v) => inRange(v.range, r, c));
        expect(rules.map((v) => v.kind)).toEqual([role.valueKind === 'count' ? 'whole' : 'decimal']);
        expect(rules[0]?.min).toBe(0);
      }
  });

  it('unlocks nothing but the inputs, Ghi chú, the unit name, the date line and the signers', () => {
    const unlocked = plan.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell.locked ? [] : [{ r, c }])));
    for (const { r, c } of unlocked) {
      const row = form.rows.find((x) => grid.rowOf.get(x.key) === r);
      const column = form.columns.find((x) => grid.columnOf.get(x.key) === c);
      if (row && column) expect(['input', 'text']).toContain(cellRole(form, row.key, column.key).role);
      else expect(r < grid.headerTop || r > grid.lastDataRow).toBe(true);
    }
  });

  it('computes every derived cell with a locked formula and marks n/a cells with "x"', () => {
    for (const row of form.rows)
      for (const column of form.columns) {
        const cell = plan.cells[grid.rowOf.get(row.key) as number]?.[grid.columnOf.get(column.key) as number];
        const role = cellRole(form, row.key, column.key).role;
        if (role === 'formula') expect(cell).toMatchObject({ locked: true, formula: expect.stringMatching(/^=IF\(/) });
        if (role === 'na') expect(cell).toMatchObject({ locked: true, value: 'x' });
      }
  });

  it('carries its identity in the hidden first row', () => {
    expect(plan.hiddenRows).toContain(0);
    expect(decodeIdentity(text(plan, 'A1'))).toEqual(identityOf(form));
  });

  it('prints on A4 landscape one page wide, repeating the table header, with panes frozen under it', () => {
    expect(plan.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToPagesWide: 1 });
    expect(plan.print.titleRows).toEqual({ first: grid.headerTop + 1, last: grid.numberRow + 1 });
    expect(plan.frozenRows).toBe(grid.firstDataRow);
    expect(plan.font).toBe('Times New Roman');
  });

  it('prints the official form only: header block, table and footer, not the marker row, the Kiểm tra column or the status line', () => {
    expect(parseRange(plan.print.area)).toEqual({ top: 1, left: 0, bottom: plan.cells.length - 1, right: grid.checkColumn - 1 });
    const outside = plan.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => (!inRange(plan.print.area, r, c) && (cell.value !== null || cell.formula !== undefined) ? [{ r, c, cell }] : [])),
    );
    // Outside the print area: the hidden marker row, and the Kiểm tra column with the status line at its head.
    for (const { r, c } of outside) expect({ at: cellAddress(r, c), kept: r === 0 || c === grid.checkColumn }).toEqual({ at: cellAddress(r, c), kept: true });
    const checks = outside.filter(({ c }) => c === grid.checkColumn);
    expect(checks.map(({ cell }) => cell.value).filter((v) => v !== null)).toEqual(['Kiểm tra (tự động)']);
    expect(checks.filter(({ cell }) => cell.formula?.includes('"Biểu hợp lệ"'))).toHaveLength(1);
  });

  it('ends with the two signature blocks', () => {
    const texts = plan.cells.slice(grid.lastDataRow + 1).flat().map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(['NGƯỜI LẬP BIỂU', 'T/M BAN THƯỜNG VỤ', '(Ký, ghi rõ họ tên)', '…, ngày … tháng … năm 2023']));
  });
});

describe('the printed header of a form', () => {
  it('reads like the official Biểu số 1', () => {
    const plan = planOf(formOf('B1'));
    expect(text(plan, 'A2')).toBe('ĐẢNG BỘ TỈNH …');
    expect(text(plan, 'A3')).toBe('Huyện ủy Văn Lâm');
    expect(text(plan, 'D2')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text(plan, 'D3')).toBe('Biểu số 1');
    expect(text(plan, 'A4')).toMatch(/^KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO/);
    expect(plan.merges).toEqual(expect.arrayContaining(['A2:C2', 'A3:C3', 'A4:G4']));
  });

  it('numbers the columns under the headers and shows how Tổng số is computed', () => {
    const plan = planOf(formOf('B1'));
    const row = formGrid(formOf('B1')).numberRow;
    expect(plan.cells[row]?.slice(0, 7).map((c) => c.value)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(4)+(5)', '(7)']);
  });

  it('merges a column group over its columns and the ungrouped headers down both header rows', () => {
    const form = formOf('B2');
    const plan = planOf(form);
    const top = formGrid(form).headerTop;
    expect(plan.merges).toEqual(
      expect.arrayContaining([`${cellAddress(top, 6)}:${cellAddress(top, 7)}`, `${cellAddress(top, 8)}:${cellAddress(top, 10)}`, `A${top + 1}:A${top + 2}`]),
    );
    expect(plan.cells[top]?.[6]?.value).toBe('Trong đó, tại thời điểm 6/2023');
    expect(plan.cells[top + 1]?.[6]?.value).toBe('Nữ');
  });

  it('keeps a unit name that starts with "=" as text', () => {
    const plan = planOf(formOf('B1'), '=HYPERLINK("x")');
    expect(plan.cells[2]?.[0]).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: '@' });
    expect(plan.cells[2]?.[0]?.formula).toBeUndefined();
  });
});
