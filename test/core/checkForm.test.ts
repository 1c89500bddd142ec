import { formGrid } from '../../src/core/layout/grid';
import { checkSheets, type FormSheet } from '../../src/core/rules/checkForm';
import { parseInput } from '../../src/core/rules/parseInput';
import type { RawCell } from '../../src/core/rules/types';
import { defineForm } from '../../src/forms/defineForm';
import { NQ25 } from '../support/campaigns';
import type { FormDef } from '../../src/forms/schema';

const B1 = NQ25.forms[0] as FormDef;

function sheetOf(form: FormDef, cells: Record<string, unknown>, sheet = form.sheetName): FormSheet {
  return { form, sheet, cellAt: (row, column) => ({ value: cells[`${row}.${column}`] ?? null }) as RawCell };
}

describe('reading what a person typed into an input cell', () => {
  it.each([
    ['1.234', 'count', 'thousands-separator', 1234],
    ['1,234', 'count', 'comma-or-decimal', 1234],
    ['1,234,567', 'count', 'thousands-separator', 1234567],
    ['12 người', 'count', 'unit-in-number', 12],
    [' 12 ', 'count', 'padded-number', 12],
    ['12,5', 'amount', 'decimal-comma', 12.5],
    [3.14, 'amount', 'too-many-decimals', 3.1],
  ] as const)('understands %j in a %s cell as %s and proposes %d', (value, kind, code, fix) => {
    expect(parseInput({ value }, kind).problem).toEqual({ code, fix });
  });

  it.each([
    ['abc', 'count', 'not-a-number'],
    [-5, 'count', 'negative'],
    [12.5, 'count', 'fraction-in-count'],
    ['#REF!', 'count', 'error-value'],
    ['   ', 'count', 'not-a-number'],
    ['1,234', 'amount', 'comma-or-decimal'],
  ] as const)('flags %j in a %s cell as %s without guessing a fix', (value, kind, code) => {
    expect(parseInput({ value }, kind).problem).toEqual({ code });
  });

  it('flags a formula typed into an input and offers its value', () => {
    expect(parseInput({ value: 2, formula: '=1+1' }, 'count').problem).toEqual({ code: 'formula-in-input', fix: 2 });
  });

  it('treats a blank cell as not reported, not as a problem', () => {
    expect(parseInput({ value: null }, 'count')).toEqual({ number: undefined, blank: true });
  });
});

describe('checking a sheet', () => {
  const grid = formGrid(B1);
  const at = (row: string, column: string) => `${String.fromCharCode(65 + (grid.columnOf.get(column) as number))}${(grid.rowOf.get(row) as number) + 1}`;

  it('reports a broken rule on the cell at fault, in Vietnamese, with the figures', () => {
    const issues = checkSheets([sheetOf(B1, { 'qt_luot.p1': 95, 'qt_luot_cc.p1': 120 })]);
    const broken = issues.find((i) => i.code === 'rule');
    expect(broken).toMatchObject({ severity: 'error', form: 'B1', row: 'qt_luot_cc', column: 'p1', address: at('qt_luot_cc', 'p1'), rule: 'cc_le_luot' });
    expect(broken?.message).toBe(
      `Biểu 1, ô ${at('qt_luot_cc', 'p1')}: Cán bộ chủ chốt vượt tổng số lượt: Trong đó: cán bộ chủ chốt (120) lớn hơn Lượt cán bộ, đảng viên tham gia học tập, quán triệt (95).`,
    );
  });

  it('skips a rule with a blank operand and warns once that the sheet is incomplete', () => {
    const issues = checkSheets([sheetOf(B1, { 'qt_luot_cc.p1': 120 })]);
    expect(issues.filter((i) => i.code === 'rule')).toEqual([]);
    expect(issues.filter((i) => i.code === 'incomplete')).toEqual([expect.objectContaining({ severity: 'warning', values: { blanks: 23 } })]);
  });

  it('lists errors before warnings', () => {
    const issues = checkSheets([sheetOf(B1, { 'qt_hn.p1': 10, 'qt_luot.p1': 5, 'kt_tc.p2': 1, 'kt_tc_hc.p2': 3 })]);
    expect(issues.map((i) => i.severity)).toEqual(['error', 'warning', 'warning']);
  });

  it('proposes the number meant by "1.234" and names the file’s sheet and cell', () => {
    const [issue] = checkSheets([sheetOf(B1, { 'vb_nq.p1': '1.234' }, 'Biểu 1 (2)')]);
    expect(issue).toMatchObject({ code: 'thousands-separator', fix: 1234, address: at('vb_nq', 'p1') });
    expect(issue?.message).toMatch(/^Biểu 1 \(2\), ô D11: "1\.234" là chữ, không phải số .* Ghi thành số 1234\?$/);
  });

  it('checks a rule that reads another form’s cell, and skips it when that form is absent', () => {
    const source = defineForm({
      key: 'SX',
      version: 1,
      number: '1',
      sheetName: 'Nguồn',
      title: 'NGUỒN',
      unitColumn: false,
      columns: [{ key: 'v', header: 'Giá trị', kind: 'input' }],
      rows: [{ key: 'a', stt: '1', label: 'Số người', level: 1, kind: 'data', valueKind: 'count' }],
      rules: [],
    });
    const target = defineForm({
      ...source,
      key: 'TX',
      sheetName: 'Đích',
      title: 'ĐÍCH',
      rows: [{ key: 'b', stt: '1', label: 'Số người được khen', level: 1, kind: 'data', valueKind: 'count' }],
      rules: [{ key: 'b_le_a', severity: 'error', check: 'b.v <= SX:a.v', hint: 'Vượt số người của biểu nguồn' }],
    });
    const both = checkSheets([sheetOf(source, { 'a.v': 10 }), sheetOf(target, { 'b.v': 12 })]);
    expect(both.filter((i) => i.code === 'rule')).toEqual([expect.objectContaining({ form: 'TX', address: 'C10', rule: 'b_le_a' })]);
    expect(both.find((i) => i.code === 'rule')?.message).toContain('Số người (Biểu SX, Giá trị) (10)');
    expect(checkSheets([sheetOf(target, { 'b.v': 12 })]).filter((i) => i.code === 'rule')).toEqual([]);
  });
});

describe('the unit name in the header', () => {
  it('is an error at A3 when blank, first among the sheet’s issues, since a form nobody’s name is on cannot be merged', () => {
    const issues = checkSheets([{ ...sheetOf(B1, {}), unitName: '  ' }]);
    expect(issues[0]).toMatchObject({
      code: 'missing-unit-name',
      severity: 'error',
      address: 'A3',
      message: 'Biểu 1, ô A3: chưa ghi tên đơn vị; gõ tên đơn vị vào ô này, biểu không có tên thì không được tổng hợp.',
    });
  });

  it('raises nothing once a name is typed, or when only the figures were read', () => {
    expect(checkSheets([{ ...sheetOf(B1, {}), unitName: 'Huyện ủy Văn Lâm' }]).map((i) => i.code)).toEqual(['incomplete']);
    expect(checkSheets([sheetOf(B1, {})]).map((i) => i.code)).toEqual(['incomplete']);
  });
});

describe('one unit’s form on two sheets', () => {
  const named = (sheet: string, unitName: string, summary = false) => ({ ...sheetOf(B1, {}, sheet), unitName, ...(summary ? { summary } : {}) });

  it('is an error on the second sheet, in the merge’s words, when both carry one unit’s name however spelt', () => {
    const issues = checkSheets([named('Biểu 1', 'Huyện uỷ Văn Lâm'), named('Biểu 1 (2)', 'huyện ủy  Văn Lâm')]);
    expect(issues.filter((i) => i.code === 'form-twice')).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'Biểu 1 (2)', message: 'đơn vị "huyện ủy Văn Lâm" có hai sheet B1 ("Biểu 1" và "Biểu 1 (2)"); tổng hợp chỉ đọc "Biểu 1", hãy xóa sheet không dùng.' }),
    ]);
  });

  it('is no pair for two units, nor for a consolidator’s own form and its summary of the same name', () => {
    expect(checkSheets([named('Biểu 1', 'Huyện ủy Văn Lâm'), named('Biểu 1 (2)', 'Huyện ủy Mỹ Hào')]).filter((i) => i.code === 'form-twice')).toEqual([]);
    expect(checkSheets([named('Biểu 1', 'Ban Dân vận'), named('TH Biểu 1', 'Ban Dân vận', true)]).filter((i) => i.code === 'form-twice')).toEqual([]);
  });
});
