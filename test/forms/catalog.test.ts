import { numericInputCells } from '../../src/core/cellRoles';
import { parseComparison, parseFormula, refsOf } from '../../src/forms/expression';
import { NQ25 } from '../../src/forms/nq25';
import { formSchema } from '../../src/forms/schema';

/** Figures counted by hand from NQ25-FORMS.md: rows × applicable input columns. */
const NUMERIC_INPUTS: Record<string, number> = {
  B1: 12 * 2, // 12 count rows × p1, p2
  B2: 4 * 2 + 2 * 10 + 2 * 4, // tc_* × t2013,t2023; cb_bdv, cb_xa × all ten; cb_khoi, cb_to × four
  B3A: 13 * 2,
  B3B: 9 * 2,
  B3C: 7 * 2,
  B4: 4 + 5 * 7, // mttq has gs, pb, gy, gy_tt only
  B5A: 9 * 2,
  B5B: 8 * 4,
  B6A: 14 * 2,
  B6B: 9 * 2,
};

/** The spec's table of who fills what. */
const FILLS: Record<string, string[]> = {
  huyen: ['B1', 'B2', 'B3A', 'B4', 'B5A', 'B5B', 'B6A', 'B6B'],
  dd_hdnd: ['B1', 'B3B'],
  bcs_ubnd: ['B1', 'B3A', 'B5B'],
  dd_mttq: ['B1', 'B4', 'B5B'],
  tinh_doan: ['B1', 'B4', 'B5B'],
  du_tt: ['B1', 'B3C', 'B5B'],
  co_so: [],
  tinh: [],
};

describe('the NQ25 catalog', () => {
  it('holds the ten forms of the plan, each passing the schema', () => {
    expect(NQ25.forms.map((f) => f.key)).toEqual(['B1', 'B2', 'B3A', 'B3B', 'B3C', 'B4', 'B5A', 'B5B', 'B6A', 'B6B']);
    for (const form of NQ25.forms) expect(formSchema.safeParse(form).success).toBe(true);
  });

  it.each(Object.entries(NUMERIC_INPUTS))('gives %s the number of numeric input cells counted from the spec', (key, count) => {
    const form = NQ25.forms.find((f) => f.key === key);
    expect(form && numericInputCells(form).length).toBe(count);
  });

  it('asks for amounts in triệu đồng only where the spec does', () => {
    const amounts = NQ25.forms.flatMap((f) => numericInputCells(f).filter((c) => c.valueKind === 'amount').map((c) => `${f.key}.${c.row}.${c.column}`));
    expect(amounts).toEqual(['B3C.gt.p1', 'B3C.gt.p2', 'B6A.hd_gt.p1', 'B6A.hd_gt.p2']);
  });

  it('lets each unit type fill exactly the forms of the spec’s table', () => {
    expect(Object.fromEntries(NQ25.unitTypes.map((u) => [u.key, u.forms]))).toEqual(FILLS);
    expect(NQ25.unitTypes.find((u) => u.key === 'tinh')?.consolidates).toBe(true);
  });

  it('names only rows and columns that exist in every formula and rule', () => {
    for (const form of NQ25.forms) {
      const rows = new Set(form.rows.map((r) => r.key));
      const columns = new Set(form.columns.map((c) => c.key));
      const formulas = [...form.columns.flatMap((c) => (c.kind === 'formula' ? [parseFormula(c.formula)] : [])), ...form.rows.flatMap((r) => (r.kind === 'percent' ? [parseFormula(r.formula)] : []))];
      const rules = form.rules.flatMap((r) => {
        const c = parseComparison(r.check);
        return [c.left, c.right];
      });
      for (const ref of [...formulas, ...rules].flatMap(refsOf)) {
        if (ref.second) expect([form.key, rows.has(ref.first) && columns.has(ref.second)]).toEqual([form.key, true]);
        else expect([form.key, ref.first, rows.has(ref.first) || columns.has(ref.first)]).toEqual([form.key, ref.first, true]);
      }
      for (const rule of form.rules) {
        for (const row of rule.rows ?? []) expect(rows.has(row)).toBe(true);
        for (const column of rule.columns ?? []) expect(columns.has(column)).toBe(true);
      }
    }
  });

  it('writes every label in NFC Vietnamese and every sheet name within Excel’s 31 characters', () => {
    for (const form of NQ25.forms) {
      const texts = [form.title, form.sheetName, ...form.rows.map((r) => r.label), ...form.columns.map((c) => c.header)];
      for (const text of texts) expect(text).toBe(text.normalize('NFC'));
      expect(form.sheetName.length).toBeLessThanOrEqual(31);
    }
  });

  it('keeps the rules of the spec, with their severities', () => {
    const count = (severity: string) => NQ25.forms.flatMap((f) => f.rules).filter((r) => r.severity === severity).length;
    // Errors: B1 2, B2 4, B3A 5, B3B 2, B4 2, B6A 2, B6B 6; warnings: B1 2, B2 1, B3A 1, B3B 1, B3C 1.
    expect(count('error')).toBe(23);
    expect(count('warning')).toBe(6);
  });
});
