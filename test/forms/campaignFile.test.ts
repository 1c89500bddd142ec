import { readFileSync } from 'node:fs';
import { cellAddress } from '../../src/core/a1';
import { formGrid } from '../../src/core/layout/grid';
import { layoutForm } from '../../src/core/layout/layoutForm';
import { checkSheets } from '../../src/core/rules/checkForm';
import { ruleInstances } from '../../src/core/rules/instances';
import { readCampaignText } from '../../src/forms/defineForm';
import type { Campaign, FormDef } from '../../src/forms/schema';
import { fileOf, fillingUnitType, formOf, MTTQ, NQ25 } from '../support/campaigns';

/**
 * A campaign is a data file: a second one, written by hand, loads like the
 * built-in one, and a copy edited as text (a row added, a label changed, a rule
 * added) is laid out and checked with the edit, by the same code, with no rebuild.
 */

const TEXT = readFileSync(fileOf(MTTQ), 'utf8');

/** The text with `from` replaced; `from` must occur exactly once, so an edit never lands in the wrong form. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not in the file exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The values a plan writes, by A1 address. */
function planValues(campaign: Campaign, form: FormDef): Map<string, unknown> {
  const identity = { campaign: campaign.key, form: form.key, version: form.version, unitType: fillingUnitType(campaign).key, mode: 'blank' as const };
  const plan = layoutForm({ campaign, form, identity, sheetName: form.sheetName, unitName: 'Ủy ban MTTQ huyện Văn Lâm' });
  const values = new Map<string, unknown>();
  plan.cells.forEach((row, r) => row.forEach((cell, c) => values.set(cellAddress(r, c), cell?.formula ?? cell?.value)));
  return values;
}

describe('the Fatherland Front’s quarterly campaign file', () => {
  it('loads, with its three forms, its unit types and its single signer', () => {
    const campaign = readCampaignText(TEXT, 'mttq-quy.tongket.json');
    expect(campaign.key).toBe('mttq_quy');
    expect(campaign.forms.map((f) => [f.key, f.sheetName])).toEqual([
      ['M1', 'Mẫu 1'],
      ['M2', 'Mẫu 2'],
      ['M3', 'Mẫu 3'],
    ]);
    expect(campaign.unitTypes.map((t) => [t.key, t.consolidates ?? false])).toEqual([
      ['mttq_huyen', false],
      ['doan_the', false],
      ['mttq_tinh', true],
    ]);
    expect(campaign.texts.signers).toEqual([{ title: 'T/M BAN THƯỜNG TRỰC', hint: '(Ký tên, đóng dấu)' }]);
    expect(TEXT).toBe(TEXT.normalize('NFC'));
  });

  it('shares no key, sheet name, unit type or printed text with NQ25', () => {
    const keysOf = (campaign: Campaign) =>
      new Set(campaign.forms.flatMap((f) => [f.key, f.sheetName, ...f.columns.map((c) => c.key), ...f.rows.map((r) => r.key), ...f.rules.map((r) => r.key)]));
    const nq25 = keysOf(NQ25);
    expect([...keysOf(MTTQ)].filter((k) => nq25.has(k))).toEqual([]);
    expect(MTTQ.unitTypes.filter((t) => NQ25.unitTypes.some((u) => u.key === t.key || u.label === t.label))).toEqual([]);
    const texts = (campaign: Campaign) => [campaign.key, campaign.name, campaign.shortName, ...Object.values(campaign.texts).filter((v) => typeof v === 'string')];
    expect(texts(MTTQ).filter((t) => texts(NQ25).includes(t))).toEqual([]);
  });

  it('prints its own wording on every form: issuer, motto, "Mẫu số", period and one signer on the right', () => {
    const form = formOf(MTTQ, 'M2');
    const values = [...planValues(MTTQ, form).values()];
    for (const text of ['ỦY BAN MTTQ VIỆT NAM TỈNH …', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Mẫu số 2', MTTQ.texts.period, 'T/M BAN THƯỜNG TRỰC']) expect(values).toContain(text);
    // The single signer stands on the right, under the date line; nothing signs on the left.
    const at = (text: string) => [...planValues(MTTQ, form)].find(([, v]) => v === text)?.[0] ?? '';
    const columnOf = (address: string) => address.replace(/\d+$/, '');
    expect(columnOf(at('T/M BAN THƯỜNG TRỰC'))).toBe(columnOf(at(MTTQ.texts.dateLine)));
    expect(columnOf(at('T/M BAN THƯỜNG TRỰC'))).not.toBe('A');
    const nq25 = [NQ25.texts.issuer, NQ25.texts.motto, NQ25.texts.formNumber.replace('{số}', ''), ...NQ25.texts.signers.map((s) => s.title)];
    expect(values.filter((v) => typeof v === 'string' && nq25.some((text) => v.includes(text)))).toEqual([]);
  });
});

describe('a copy of the campaign file edited as text', () => {
  // What a clerk does in a text editor: raise the versions, add a row and a rule to Mẫu 2, rename a row of Mẫu 1.
  let edited = replaceOnce(TEXT, '"version": 3,', '"version": 4,');
  edited = replaceOnce(edited, '"key": "M2",\n      "version": 1,', '"key": "M2",\n      "version": 2,');
  edited = replaceOnce(
    edited,
    '"kind":"data","valueKind":"count"},\n        {"key":"phan_bien"',
    '"kind":"data","valueKind":"count"},\n' +
      '        {"key":"gs_dang_giai_quyet","stt":"4","label":"Kiến nghị đang được giải quyết","unit":"kiến nghị","level":1,"kind":"data","valueKind":"count"},\n' +
      '        {"key":"phan_bien"',
  );
  edited = replaceOnce(
    edited,
    '"hint":"Kiến nghị nhiều hơn 10 lần số cuộc giám sát, cần xem lại"}',
    '"hint":"Kiến nghị nhiều hơn 10 lần số cuộc giám sát, cần xem lại"},\n' +
      '        {"key":"dang_va_da_le_kien_nghi","severity":"error","check":"gs_dang_giai_quyet + gs_da_giai_quyet <= gs_kien_nghi","hint":"Kiến nghị đang và đã giải quyết vượt số kiến nghị"}',
  );
  edited = replaceOnce(edited, '"label":"Hội Cựu chiến binh"', '"label":"Hội Cựu chiến binh Việt Nam"');
  const campaign = readCampaignText(edited, 'mttq-quy-sua.tongket.json');
  const m1 = formOf(campaign, 'M1');
  const m2 = formOf(campaign, 'M2');

  it('loads, with the new versions', () => {
    expect(campaign.version).toBe(MTTQ.version + 1);
    expect(m2.version).toBe(formOf(MTTQ, 'M2').version + 1);
    expect(m2.rows).toHaveLength(formOf(MTTQ, 'M2').rows.length + 1);
  });

  it('lays the added row out in its place, with its STT, label and unit, and the changed label', () => {
    const grid = formGrid(m2);
    const row = grid.rowOf.get('gs_dang_giai_quyet') as number;
    expect(m2.rows[row - grid.firstDataRow - 1]?.key).toBe('gs_da_giai_quyet');
    const values = planValues(campaign, m2);
    expect([values.get(cellAddress(row, grid.sttColumn)), values.get(cellAddress(row, grid.labelColumn)), values.get(cellAddress(row, grid.unitColumn as number))]).toEqual([
      '4',
      'Kiến nghị đang được giải quyết',
      'kiến nghị',
    ]);
    // The row's Cộng is computed like every other row's.
    expect(values.get(cellAddress(row, grid.columnOf.get('cong') as number))).toMatch(/^=IF\(COUNT/);
    const m1Grid = formGrid(m1);
    expect(planValues(campaign, m1).get(cellAddress(m1Grid.rowOf.get('hccb') as number, m1Grid.labelColumn))).toBe('Hội Cựu chiến binh Việt Nam');
    expect(planValues(MTTQ, formOf(MTTQ, 'M1')).get(cellAddress(m1Grid.rowOf.get('hccb') as number, m1Grid.labelColumn))).toBe('Hội Cựu chiến binh');
  });

  it('checks the added rule in every input column, in the engine and in the sheet’s own Kiểm tra column', () => {
    const added = ruleInstances(m2).filter((i) => i.rule.key === 'dang_va_da_le_kien_nghi');
    expect(added.map((i) => i.anchor.column)).toEqual(['chu_tri', 'phoi_hop', 'thanh_vien']);
    expect(ruleInstances(formOf(MTTQ, 'M2')).some((i) => i.rule.key === 'dang_va_da_le_kien_nghi')).toBe(false);

    const figures: Record<string, number> = { gs_kien_nghi: 5, gs_da_giai_quyet: 3, gs_dang_giai_quyet: 4 };
    const issues = checkSheets([{ form: m2, sheet: m2.sheetName, cellAt: (row, column) => ({ value: column === 'chu_tri' ? (figures[row] ?? null) : null }) }]);
    expect(issues.filter((i) => i.message.includes('Kiến nghị đang và đã giải quyết vượt số kiến nghị'))).toHaveLength(1);

    const grid = formGrid(m2);
    const check = planValues(campaign, m2).get(cellAddress(grid.rowOf.get('gs_dang_giai_quyet') as number, grid.checkColumn));
    expect(check).toContain('Kiến nghị đang và đã giải quyết vượt số kiến nghị');
  });
});
