import { CatalogError, defineCampaign, defineForm, readCampaignText } from '../../src/forms/defineForm';
import { campaignFileText } from '../../src/forms/defineForm';
import { formOf, NQ25 } from '../support/campaigns';

const B1 = JSON.parse(campaignFileText(NQ25)).forms.find((f: { key: string }) => f.key === 'B1');

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
    expect(message).toMatch(/- tên \(title\): /);
  });

  it('is refused when a rule names a row that does not exist', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'c <= a' }] })).toMatch(/Biểu BX[\s\S]*quy tắc "b_le_a" › điều kiện \(check\): .*"c"/);
  });

  it('is refused when a rule names a cell of a row that does not exist', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'c.p1 <= a.p1' }] })).toMatch(/quy tắc "b_le_a" › điều kiện \(check\): .*"c\.p1"/);
  });

  it('is refused when a rule is restricted to a column that does not exist', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, columns: ['p3'] }] })).toMatch(/quy tắc "b_le_a" › các cột \(columns\): .*"p3"/);
  });

  it('is refused when a rule is restricted to a section, which holds no figures', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'p2 <= p1', rows: ['sec'] }] })).toMatch(/quy tắc "b_le_a" › các hàng \(rows\): .*"sec"/);
  });

  it('is refused when a rule mixes bare row names with bare column names', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'b <= p1' }] })).toMatch(/quy tắc "b_le_a" › điều kiện \(check\): .*trộn/);
  });

  it('is refused, with the position of the mistake, when a rule cannot be parsed', () => {
    expect(formRefusal({ ...base, rules: [{ ...rule, check: 'b <= ' }] })).toMatch(/quy tắc "b_le_a" › điều kiện \(check\): "b <= ", vị trí 6/);
  });

  it('is refused when a label is not in NFC', () => {
    const message = formRefusal({ ...base, rows: [secRow, { ...rowA, label: 'Hàng một'.normalize('NFD') }, rowB] });
    expect(message).toMatch(/hàng "a" \(STT 1\) › nội dung \(label\): .*NFC/);
  });

  it('is refused when its sheet name is longer than Excel allows', () => {
    expect(formRefusal({ ...base, sheetName: 'Biểu 9 — một tên trang tính quá dài' })).toContain('sheetName');
  });

  it('is refused when a row and a column share a key', () => {
    expect(formRefusal({ ...base, rows: [secRow, rowA, { ...rowB, key: 'p1' }] })).toMatch(/hàng "p1" \(STT 2\) › khóa \(key\): .*"p1"/);
  });

  it('is refused when a column formula names itself', () => {
    const columns = [...base.columns.slice(0, 2), { key: 'tong', header: 'Tổng số', kind: 'formula', formula: 'tong + p1' }];
    expect(formRefusal({ ...base, columns })).toMatch(/cột "tong" › công thức \(formula\): .*"tong"/);
  });

  it('is refused when a total row sums a row that does not exist', () => {
    const total = { key: 'tc', stt: '', label: 'Tổng cộng', level: 0, kind: 'total', of: ['a', 'z'] };
    expect(formRefusal({ ...base, rows: [...base.rows, total] })).toMatch(/hàng "tc" › các hàng cộng \(of\): .*"z"/);
  });

  it('is refused when a percent row divides by a section', () => {
    const percent = { key: 'tl', stt: '3', label: 'Tỷ lệ', unit: '%', level: 1, kind: 'percent', formula: 'a / sec * 100' };
    expect(formRefusal({ ...base, rows: [...base.rows, percent] })).toMatch(/hàng "tl" \(STT 3\) › công thức \(formula\): .*"sec"/);
  });

  it('is refused when a row lists a formula column among its inputs', () => {
    expect(formRefusal({ ...base, rows: [secRow, { ...rowA, inputs: ['p1', 'tong'] }, rowB] })).toMatch(/hàng "a" \(STT 1\) › các cột nhập \(inputs\): .*"tong"/);
  });

  it('names the form by “(không có khóa)” when even its key is missing', () => {
    expect(formRefusal({ ...base, key: undefined })).toContain('Biểu (không có khóa) không hợp lệ');
  });
});

describe('a campaign definition', () => {
  const campaign = {
    schemaVersion: 1,
    key: 'thu',
    version: 1,
    name: 'Đợt thử',
    shortName: 'Thử',
    texts: { ...JSON.parse(campaignFileText(NQ25)).texts, issuer: 'ĐẢNG BỘ TỈNH THỬ' },
    forms: [B1],
    unitTypes: [{ key: 'huyen', label: 'Huyện', forms: ['B1'], deadline: '2023-07-30' }],
  };
  const [huyen] = campaign.unitTypes;

  it('is accepted when every unit type names forms it has, with its expressions parsed once into trees', () => {
    const loaded = defineCampaign(campaign);
    expect(loaded.forms).toEqual([formOf(NQ25, 'B1')]);
    expect(formOf(loaded, 'B1').rules[0]?.check.tree).toEqual({
      op: '<=',
      left: { type: 'ref', first: 'qt_luot_cc' },
      right: { type: 'ref', first: 'qt_luot' },
    });
  });

  it('is refused, naming the campaign, the unit type and the form, when a unit type names a form it does not have', () => {
    const message = refusal(() => defineCampaign({ ...campaign, unitTypes: [{ ...huyen, forms: ['B7'] }] }));
    expect(message).toContain('Bộ biểu thu không hợp lệ');
    expect(message).toContain('loại đơn vị "huyen" › các biểu (forms) › mục 1: không có biểu "B7"');
  });

  it('is refused the same way when an optional form does not exist', () => {
    const message = refusal(() => defineCampaign({ ...campaign, unitTypes: [{ ...huyen, optionalForms: ['B8'] }] }));
    expect(message).toContain('loại đơn vị "huyen" › các biểu tùy chọn (optionalForms) › mục 1: không có biểu "B8"');
  });

  it('is refused, naming the duplicated key, when two forms share a key', () => {
    const message = refusal(() => defineCampaign({ ...campaign, forms: [B1, B1] }));
    expect(message).toContain('Bộ biểu thu không hợp lệ');
    expect(message).toContain('biểu "B1" › khóa (key): có nhiều biểu cùng khóa "B1"');
  });

  it('is refused, naming the form, the row and the field, when one of its forms breaks the schema', () => {
    const rows = B1.rows.map((r: { key: string }) => (r.key === 'qt_luot_cc' ? { ...r, label: '' } : r));
    expect(refusal(() => defineCampaign({ ...campaign, forms: [{ ...B1, rows }] }))).toContain(
      'biểu "B1" › hàng "qt_luot_cc" (STT 2.1) › nội dung (label): không được để trống',
    );
  });

  it('is refused, pointing at the character, when a rule in a form cannot be parsed', () => {
    const rules = [{ ...B1.rules[0], check: 'qt_luot_cc <= qt_luot +' }];
    expect(refusal(() => defineCampaign({ ...campaign, forms: [{ ...B1, rules }] }))).toContain(
      'biểu "B1" › quy tắc "cc_le_luot" › điều kiện (check): "qt_luot_cc <= qt_luot +", vị trí 24: biểu thức chưa kết thúc',
    );
  });

  it('is refused, by name, when the file is of another format version', () => {
    expect(refusal(() => defineCampaign({ ...campaign, schemaVersion: 2 }))).toContain('định dạng tệp (schemaVersion): tệp dùng định dạng khác');
  });

  it('lets the issuer line be set, so a province prints its own name', () => {
    expect(defineCampaign(campaign).texts.issuer).toBe('ĐẢNG BỘ TỈNH THỬ');
  });
});

describe('a campaign file', () => {
  it('that is not JSON is refused with the file name, line and column of the mistake', () => {
    expect(refusal(() => readCampaignText('{\n  "key": "thu",\n  "version": }\n', 'thu.tongket.json'))).toBe(
      'Tệp "thu.tongket.json" không phải JSON hợp lệ: dòng 3, cột 14: ký tự "}" không đúng chỗ',
    );
  });

  it('that stops halfway is refused as such', () => {
    expect(refusal(() => readCampaignText('{ "key": "thu", "forms": [', 'thu.tongket.json'))).toContain('tệp dừng giữa chừng');
  });

  it('that breaks the schema is refused with the file name first', () => {
    expect(refusal(() => readCampaignText('{}', 'thu.tongket.json'))).toMatch(/^Tệp "thu\.tongket\.json": Bộ biểu không hợp lệ:/);
  });
});
