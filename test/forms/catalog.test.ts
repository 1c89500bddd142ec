import { readFileSync } from 'node:fs';
import path from 'node:path';
import { numericInputCells } from '../../src/core/cellRoles';
import { refsOf } from '../../src/forms/expression';
import { campaignFileText, readCampaignText } from '../../src/forms/defineForm';
import { NQ25 } from '../support/campaigns';
import type { FormDef } from '../../src/forms/schema';

/** Figures counted by hand from NQ25-FORMS.md: data rows × the input columns that apply to them. */
const NUMERIC_INPUTS: Record<string, number> = {
  B1: 24, // 12 count rows (vb_nq…vb_bc, qt_hn, qt_luot, qt_luot_cc, qt_tin, kt_cuoc, kt_tc, kt_tc_hc) × p1, p2
  B2: 36, // tc_* 4 × t2013, t2023 = 8; cb_bdv, cb_xa × all ten = 20; cb_khoi, cb_to × t2013, t2023, nu, dtts = 8
  B3A: 26, // 13 count rows (don_tl is a percent row) × p1, p2
  B3B: 18, // 9 count rows (yk_tl is a percent row) × p1, p2
  B3C: 14, // 7 rows × p1, p2
  B4: 39, // 5 organisations × dt, hv2013, hv2023, gs, pb, gy, gy_tt = 35; mttq × gs, pb, gy, gy_tt = 4
  B5A: 18, // 9 count rows (mh_* 4, dh_* 2, kt_* 2, hn) × huyen, xa
  B5B: 32, // 8 count rows × dang, nn, llvt, dn
  B6A: 28, // 14 count rows × p1, p2
  B6B: 18, // 9 count rows × t2013, t2023
};

/** The spec's table of who fills what ("Unit types"). */
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

/** Every rule of the spec: severity, comparison, and the rows or columns it is restricted to. */
type SpecRule = { severity: 'error' | 'warning'; check: string; rows?: string[]; columns?: string[] };
const E = (check: string, where: Omit<SpecRule, 'severity' | 'check'> = {}): SpecRule => ({ severity: 'error', check, ...where });
const W = (check: string): SpecRule => ({ severity: 'warning', check });
const STAFF = ['cb_bdv', 'cb_xa', 'cb_khoi', 'cb_to'];
const QUALIFIED = ['cb_bdv', 'cb_xa'];
const STOCK = ['t2013', 't2023'];
const RULES: Record<string, SpecRule[]> = {
  B1: [E('qt_luot_cc <= qt_luot'), E('kt_tc_hc <= kt_tc'), W('qt_luot >= qt_hn'), W('kt_tc >= kt_cuoc')],
  B2: [
    E('nu <= t2023', { rows: STAFF }),
    E('dtts <= t2023', { rows: STAFF }),
    E('sdh + dh + ddh = t2023', { rows: QUALIFIED }),
    E('llcc + lltc + llsc = t2023', { rows: QUALIFIED }),
    W('cb_khoi.t2023 >= tc_khoi.t2023'),
  ],
  B3A: [
    E('tcd_buoi_ldd <= tcd_buoi'),
    E('dt_yk_gq <= dt_yk'),
    E('don_tq <= don_tn'),
    E('don_gq <= don_tq'),
    E('cchc_dh <= cchc_hs'),
    W('dt_nguoi >= dt_cuoc'),
  ],
  B3B: [E('yk_gq <= yk'), E('nq_lyk <= nq'), W('txct_luot >= txct')],
  B3C: [W('tt_luot >= tt')],
  B4: [E('hv2023 <= dt'), E('gy_tt <= gy')],
  B5A: [],
  B5B: [],
  B6A: [E('ttnd_kn_gq <= ttnd_kn'), E('gsdt_kn_gq <= gsdt_kn')],
  B6B: ['cq_hn <= cq_so', 'cq_qc <= cq_so', 'sn_hn <= sn_so', 'dn_hn <= dn_so', 'dn_dt <= dn_so', 'dn_tu <= dn_so'].map((check) => E(check, { columns: STOCK })),
};

const form = (key: string): FormDef => {
  const found = NQ25.forms.find((f) => f.key === key);
  if (!found) throw new Error(`no form ${key}`);
  return found;
};

/** The references of a form that name no row or column of it, as "where: name". */
function unknownReferences(f: FormDef): string[] {
  const rows = new Set(f.rows.map((r) => r.key));
  const columns = new Set(f.columns.map((c) => c.key));
  const problems: string[] = [];
  const check = (where: string, name: string, ok: boolean) => {
    if (!ok) problems.push(`${f.key} ${where}: ${name}`);
  };
  // A column formula names columns, a percent row names rows, a rule names either (or row.column cells).
  const either = new Set([...rows, ...columns]);
  const expressions = [
    ...f.columns.flatMap((c) => (c.kind === 'formula' ? [[`column ${c.key}`, columns, c.formula.tree] as const] : [])),
    ...f.rows.flatMap((r) => (r.kind === 'percent' ? [[`row ${r.key}`, rows, r.formula.tree] as const] : [])),
    ...f.rules.flatMap((r) => {
      const c = r.check.tree;
      return [[`rule ${r.key}`, either, c.left] as const, [`rule ${r.key}`, either, c.right] as const];
    }),
  ];
  for (const [where, names, expr] of expressions)
    for (const ref of refsOf(expr)) {
      check(where, `${ref.form ?? ''}:`, ref.form === undefined);
      if (ref.second === undefined) check(where, ref.first, names.has(ref.first));
      else check(where, `${ref.first}.${ref.second}`, names === either && rows.has(ref.first) && columns.has(ref.second));
    }
  for (const rule of f.rules) {
    for (const k of rule.rows ?? []) check(`rule ${rule.key} rows`, k, rows.has(k));
    for (const k of rule.columns ?? []) check(`rule ${rule.key} columns`, k, columns.has(k));
  }
  for (const row of f.rows) {
    if (row.kind === 'total') for (const k of row.of) check(`row ${row.key} of`, k, rows.has(k));
    if (row.kind === 'data') for (const k of row.inputs ?? []) check(`row ${row.key} inputs`, k, columns.has(k));
  }
  return problems;
}

describe('the NQ25 catalog', () => {
  it('holds the ten forms of the plan, in order', () => {
    expect(NQ25.forms.map((f) => f.key)).toEqual(['B1', 'B2', 'B3A', 'B3B', 'B3C', 'B4', 'B5A', 'B5B', 'B6A', 'B6B']);
  });

  it('is written back to the same file text it was loaded from, so an export loses nothing', () => {
    const text = campaignFileText(NQ25);
    expect(readCampaignText(text, 'nq25.tongket.json')).toEqual(NQ25);
    expect(text).toBe(readFileSync(path.resolve(__dirname, '../../campaigns/nq25.tongket.json'), 'utf8'));
  });

  it('numbers, names and versions each form after its key, with an ĐVT column everywhere but B4', () => {
    for (const f of NQ25.forms) {
      expect([f.key, f.number, f.sheetName, f.version]).toEqual([`B${f.number}`, f.key.slice(1), `Biểu ${f.number}`, 1]);
      expect([f.key, f.unitColumn]).toEqual([f.key, f.key !== 'B4']);
    }
  });

  it('names only rows and columns that exist in every formula, total and rule', () => {
    expect(NQ25.forms.flatMap(unknownReferences)).toEqual([]);
  });

  it('lets each unit type fill exactly the forms of the spec’s table', () => {
    expect(Object.fromEntries(NQ25.unitTypes.map((u) => [u.key, u.forms]))).toEqual(FILLS);
  });

  it('leaves the provincial board to consolidate rather than fill', () => {
    expect(NQ25.unitTypes.filter((u) => u.consolidates).map((u) => u.key)).toEqual(['tinh']);
  });

  it.each(Object.entries(NUMERIC_INPUTS))('gives %s the number of numeric input cells counted from the spec', (key, count) => {
    expect(numericInputCells(form(key))).toHaveLength(count);
  });

  it('asks for amounts in triệu đồng only where the spec does: two cells in B3C and two in B6A', () => {
    const amounts = NQ25.forms.flatMap((f) =>
      numericInputCells(f)
        .filter((c) => c.valueKind === 'amount')
        .map((c) => `${f.key}.${c.row}.${c.column}`),
    );
    expect(amounts).toEqual(['B3C.gt.p1', 'B3C.gt.p2', 'B6A.hd_gt.p1', 'B6A.hd_gt.p2']);
  });

  it('measures in triệu đồng exactly the rows whose value kind is amount', () => {
    for (const f of NQ25.forms)
      for (const row of f.rows)
        if (row.kind === 'data') expect([f.key, row.key, row.valueKind]).toEqual([f.key, row.key, row.unit === 'triệu đồng' ? 'amount' : 'count']);
  });

  it.each(Object.entries(RULES))('keeps the rules of the spec for %s, with their severities and scope', (key, rules) => {
    const actual = form(key).rules.map(({ severity, check, rows, columns }) => ({ severity, check: check.source, ...(rows && { rows }), ...(columns && { columns }) }));
    expect(actual).toEqual(rules);
  });

  it('gives every rule a key of its own and a hint', () => {
    for (const f of NQ25.forms) {
      expect([f.key, new Set(f.rules.map((r) => r.key)).size]).toEqual([f.key, f.rules.length]);
      for (const rule of f.rules) expect(rule.hint.length).toBeGreaterThan(0);
    }
  });

  it('indents sections and totals at level 0, items at level 1 and “Trong đó” sub-items at level 2', () => {
    for (const f of NQ25.forms)
      for (const row of f.rows) {
        const level = /^(?:[IVX]+|[A-Z]|)$/.test(row.stt) ? 0 : row.stt.includes('.') ? 2 : 1;
        expect([f.key, row.key, row.level]).toEqual([f.key, row.key, level]);
        if (level === 2) expect(row.label).toMatch(/^Trong đó: /);
      }
  });

  it('shares the “Dân vận khéo” rows between B5A and B5B, B5A adding its conferences row', () => {
    const b5a = form('B5A').rows;
    expect(form('B5B').rows).toEqual(b5a.slice(0, -1));
    expect(b5a.map((r) => r.key).slice(-1)).toEqual(['hn']);
  });

  it('totals B4 over all six organisations and recomputes the rate from the totals', () => {
    const b4 = form('B4');
    expect(b4.rows.find((r) => r.key === 'tong')).toEqual({ key: 'tong', stt: '', label: 'Tổng cộng', level: 0, kind: 'total', of: ['mttq', 'cd', 'doan', 'pn', 'nd', 'ccb'] });
    expect(b4.columns.find((c) => c.key === 'tl')).toMatchObject({ kind: 'formula', formula: { source: 'hv2023 / dt * 100' }, percent: true });
  });

  it('writes every Vietnamese text in NFC and every sheet name within Excel’s 31 characters', () => {
    const texts = [
      NQ25.name,
      NQ25.shortName,
      ...Object.values(NQ25.texts).flatMap((t) => (typeof t === 'string' ? [t] : t.flatMap((s) => [s.title, s.hint]))),
      ...NQ25.unitTypes.flatMap((u) => [u.label, u.note ?? '']),
      ...NQ25.forms.flatMap((f) => [
        f.title,
        f.sheetName,
        ...f.rows.flatMap((r) => [r.label, r.unit ?? '']),
        ...f.columns.flatMap((c) => [c.header, c.group ?? '']),
        ...f.rules.map((r) => r.hint),
      ]),
    ];
    expect(texts.filter((t) => t !== t.normalize('NFC'))).toEqual([]);
    expect(NQ25.forms.filter((f) => f.sheetName.length > 31).map((f) => f.sheetName)).toEqual([]);
  });
});
