import { CatalogError, defineCampaign, defineForm } from '../../src/forms/defineForm';
import { B1 } from '../../src/forms/nq25/b1';

const base = {
  key: 'BX',
  version: 1,
  number: '9',
  sheetName: 'Biểu 9',
  title: 'BIỂU THỬ',
  unitColumn: true,
  columns: [
    { key: 'p1', header: 'Kỳ 1', kind: 'input' },
    { key: 'p2', header: 'Kỳ 2', kind: 'input' },
    { key: 'tong', header: 'Tổng số', kind: 'formula', formula: 'p1 + p2' },
  ],
  rows: [
    { key: 'a', stt: '1', label: 'Hàng một', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'b', stt: '2', label: 'Hàng hai', level: 1, kind: 'data', valueKind: 'count' },
  ],
  rules: [{ key: 'b_le_a', severity: 'error', check: 'b <= a', hint: 'Hàng hai vượt hàng một' }],
};

const refusal = (definition: unknown) => {
  try {
    defineForm(definition);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as Error).message;
  }
  throw new Error('the definition was accepted');
};

describe('a form definition that breaks the schema', () => {
  it('is accepted when it is whole', () => {
    expect(defineForm(base).key).toBe('BX');
  });

  it('is refused with the form and the field named when the title is missing', () => {
    const message = refusal({ ...base, title: undefined });
    expect(message).toContain('Biểu BX');
    expect(message).toContain('title');
  });

  it('is refused when a rule names a row that does not exist', () => {
    const message = refusal({ ...base, rules: [{ ...base.rules[0], check: 'c <= a' }] });
    expect(message).toMatch(/rules\.0\.check: .*"c"/);
  });

  it('is refused when a label is not in NFC', () => {
    const message = refusal({ ...base, rows: [{ ...base.rows[0], label: 'Hàng một'.normalize('NFD') }, base.rows[1]] });
    expect(message).toContain('rows.0.label');
    expect(message).toContain('NFC');
  });

  it('is refused when a column formula names itself', () => {
    expect(refusal({ ...base, columns: [...base.columns.slice(0, 2), { key: 'tong', header: 'Tổng số', kind: 'formula', formula: 'tong + p1' }] })).toContain('columns.2.formula');
  });

  it('is refused when a rule cannot be parsed, with the position of the mistake', () => {
    expect(refusal({ ...base, rules: [{ ...base.rules[0], check: 'b <= ' }] })).toContain('vị trí');
  });

  it('names the form even when the key itself is missing', () => {
    expect(refusal({ ...base, key: undefined })).toContain('(không có khoá)');
  });
});

describe('a campaign definition', () => {
  const campaign = {
    key: 'thu',
    name: 'Đợt thử',
    shortName: 'Thử',
    headerLeft: 'ĐẢNG BỘ',
    subtitle: '(thử)',
    period: 'Kỳ thử',
    forms: [B1],
    unitTypes: [{ key: 'huyen', label: 'Huyện', forms: ['B1'], deadline: '2023-07-30' }],
  };

  it('is refused when a unit type names a form it does not have', () => {
    expect(() => defineCampaign({ ...campaign, unitTypes: [{ ...campaign.unitTypes[0], forms: ['B7'] }] })).toThrow(/unitTypes\.0 \(huyen\): không có biểu "B7"/);
  });

  it('is refused when two forms share a key', () => {
    expect(() => defineCampaign({ ...campaign, forms: [B1, B1] })).toThrow(/trùng khoá/);
  });
});
