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
    { key: 'sec', stt: 'I', label: 'Phần một', level: 0, kind: 'section' },
    { key: 'a', stt: '1', label: 'Hàng một', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'b', stt: '2', label: 'Hàng hai', level: 1, kind: 'data', valueKind: 'count' },
  ],
  rules: [{ key: 'b_le_a', severity: 'error', check: 'b <= a', hint: 'Hàng hai vượt hàng một' }],
};
const [secRow, rowA, rowB] = base.rows;
const [rule] = base.rules;

/** The message a refused definition gives; fails the test if it was accepted. */
function refusal(define: () => unknown): string {
  let caught: unknown;
  try {
    define();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CatalogError);
  return (caught as Error).message;
}
const formRefusal = (definition: unknown) => refusal(() => defineForm(definition));

describe('a form definition', () => {
  it('is accepted when it is whole', () => {
    expect(defineForm(base).key).toBe('BX');
  });

  it('is refused, naming the form and the field, when its title is missing', () => {
    const message = formRefusal({ ...base, title: undefined });
    expect(message).toContain('Biểu BX không hợp lệ');
    expect(message).toMatch(/- title: /);
  });

  it('is refused when a rule names a row that does not exist', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'c <= a' }] })).toMatch(/Biểu BX[\s\S]*rules\.0\.check: .*"c"/);
  });

  it('is refused when a rule names a cell of a row that does not exist', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'c.p1 <= a.p1' }] })).toMatch(/rules\.0\.check: .*"c\.p1"/);
  });

  it('is refused when a rule is restricted to a column that does not exist', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, columns: ['p3'] }] })).toMatch(/rules\.0\.columns: .*"p3"/);
  });

  it('is refused when a rule is restricted to a section, which holds no figures', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'p2 <= p1', rows: ['sec'] }] })).toMatch(/rules\.0\.rows: .*"sec"/);
  });

  it('is refused when a rule mixes bare row names with bare column names', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'b <= p1' }] })).toMatch(/rules\.0\.check: .*trộn/);
  });

  it('is refused, with the position of the mistake, when a rule cannot be parsed', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'b <= ' }] })).toMatch(/rules\.0\.check: "b <= ", vị trí 6/);
  });

  it('is refused when a label is not in NFC', () => {
    const message = formRefusal({ ...base, rows: [secRow, { ...rowA, label: 'Hàng một'.normalize('NFD') }, rowB] });
    expect(message).toMatch(/rows\.1\.label: .*NFC/);
  });

  it('is refused when its sheet name is longer than Excel allows', () => {
    expect(formRefusal({ ...base, sheetName: 'Biểu 9 — một tên trang tính quá dài' })).toContain('sheetName');
  });

  it('is refused when a row and a column share a key', () => {
    expect(formRefusal({ ...base, rows: [secRow, rowA, { ...rowB, key: 'p1' }] })).toMatch(/rows\.2\.key: .*"p1"/);
  });

  it('is refused when a column formula names itself', () => {
    const columns = [...base.columns.slice(0, 2), { key: 'tong', header: 'Tổng số', kind: 'formula', formula: 'tong + p1' }];
    expect(formRefusal({ ...base, columns })).toMatch(/columns\.2\.formula: .*"tong"/);
  });

  it('is refused when a total row sums a row that does not exist', () => {
    const total = { key: 'tc', stt: '', label: 'Tổng cộng', level: 0, kind: 'total', of: ['a', 'z'] };
    expect(formRefusal({ ...base, rows: [...base.rows, total] })).toMatch(/rows\.3\.of: .*"z"/);
  });

  it('is refused when a percent row divides by a section', () => {
    const percent = { key: 'tl', stt: '3', label: 'Tỷ lệ', unit: '%', level: 1, kind: 'percent', formula: 'a / sec * 100' };
    expect(formRefusal({ ...base, rows: [...base.rows, percent] })).toMatch(/rows\.3\.formula: .*"sec"/);
  });

  it('is refused when a row lists a formula column among its inputs', () => {
    expect(formRefusal({ ...base, rows: [secRow, { ...rowA, inputs: ['p1', 'tong'] }, rowB] })).toMatch(/rows\.1\.inputs: .*"tong"/);
  });

  it('names the form by “(không có khoá)” when even its key is missing', () => {
    expect(formRefusal({ ...base, key: undefined })).toContain('Biểu (không có khoá) không hợp lệ');
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
  const [huyen] = campaign.unitTypes;

  it('is accepted when every unit type names forms it has', () => {
    expect(defineCampaign(campaign).forms).toEqual([B1]);
  });

  it('is refused, naming the campaign, the unit type and the form, when a unit type names a form it does not have', () => {
    const message = refusal(() => defineCampaign({ ...campaign, unitTypes: [{ ...huyen, forms: ['B7'] }] }));
    expect(message).toContain('Đợt tổng kết thu không hợp lệ');
    expect(message).toContain('unitTypes.0 (huyen): không có biểu "B7"');
  });

  it('is refused the same way when an optional form does not exist', () => {
    const message = refusal(() => defineCampaign({ ...campaign, unitTypes: [{ ...huyen, optionalForms: ['B8'] }] }));
    expect(message).toContain('unitTypes.0 (huyen): không có biểu "B8"');
  });

  it('is refused, naming the duplicated key, when two forms share a key', () => {
    const message = refusal(() => defineCampaign({ ...campaign, forms: [B1, B1] }));
    expect(message).toContain('Đợt tổng kết thu không hợp lệ');
    expect(message).toContain('forms: có nhiều biểu cùng khoá "B1"');
  });

  it('is refused, with the path to the field, when one of its forms breaks the schema', () => {
    expect(refusal(() => defineCampaign({ ...campaign, forms: [{ ...B1, title: '' }] }))).toMatch(/Đợt tổng kết thu[\s\S]*forms\.0\.title/);
  });
});
