import JSZip from 'jszip';
import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { parseCsv, readRoster } from '../../src/core/merge/roster';
import { NQ25 } from '../support/campaigns';
import { unitFile } from '../support/units';
import { mergeFiles } from './support';

jest.setTimeout(60_000);

const B1 = NQ25.forms.find((f) => f.key === 'B1')!;
const target = numericInputCells(B1).find((c) => c.valueKind === 'count')!;
const at = addressOf(formGrid(B1), target.row, target.column);

const withFigure = (unit: string, value: number, seed: number) =>
  unitFile(unit, 'huyen', seed, {
    forms: ['B1'],
    edit: (wb) => {
      wb.getWorksheet('Biểu 1')!.getCell(at).value = value;
    },
  });

describe('outliers', () => {
  it('warns where a unit’s figure is over ten times the median of at least five other units of its type', async () => {
    const peers = await Promise.all([10, 12, 9, 11, 10].map((v, i) => withFigure(`Huyện ủy số ${i + 1}`, v, 60 + i)));
    const misread = await withFigure('Huyện ủy Tiên Lữ', 1234, 70);
    const result = await mergeFiles([...peers, misread]);
    // Other cells hold random figures, which may have outliers of their own.
    expect(result.result.outliers.filter((o) => o.address === at).map((o) => o.message)).toEqual([
      `Huyện ủy Tiên Lữ.xlsx, Biểu 1 ô ${at} của "Huyện ủy Tiên Lữ": 1.234 gấp hơn 10 lần mức thường thấy ở 5 đơn vị cùng loại (10); có thể gõ nhầm dấu phân cách hàng nghìn.`,
    ]);
    expect(result.tables.status.rows.find((r) => r[0] === 'Huyện ủy Tiên Lữ')?.at(-1)).toContain(`Biểu 1 ô ${at} gấp hơn 10 lần mức thường thấy.`);
  });

  it('stays quiet with fewer than five other units', async () => {
    const peers = await Promise.all([10, 12, 9, 11].map((v, i) => withFigure(`Huyện ủy số ${i + 1}`, v, 60 + i)));
    const result = await mergeFiles([...peers, await withFigure('Huyện ủy Tiên Lữ', 1234, 70)]);
    expect(result.result.outliers.filter((o) => o.address === at)).toEqual([]);
  });
});

describe('awkward files', () => {
  it('reads a file with data validation on whole columns without expanding a million cells', async () => {
    const unit = await unitFile('Huyện ủy Phù Cừ', 'huyen', 80, { forms: ['B1'] });
    const zip = await JSZip.loadAsync(unit.bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('<dataValidations');
    zip.file('xl/worksheets/sheet1.xml', xml.replace('sqref="', 'sqref="C1:F1048576 '));
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    const result = await mergeFiles([{ name: 'ca-cot.xlsx', bytes }]);
    expect(result.result.included.map((u) => u.unit)).toEqual(['Huyện ủy Phù Cừ']);
    expect(result.tables.data.rows.length).toBe([...unit.figures.get('B1')!.values()].reduce((n, r) => n + r.size, 0));
  });

  it('keeps a unit name that starts with "=" as text in every sheet it writes', async () => {
    const unit = await unitFile('=HYPERLINK("x")', 'huyen', 81, { forms: ['B1'] });
    const result = await mergeFiles([unit]);
    expect(result.tables.data.rows[0]![0]).toBe('=HYPERLINK("x")');
    expect(result.tables.status.rows[0]![0]).toBe('=HYPERLINK("x")');
    expect(result.forms[0]!.identity.units).toEqual(['=HYPERLINK("x")']);
  });
});

describe('the roster', () => {
  const csv = '\uFEFFunit_name,unit_type\n"Huyện uỷ Văn Lâm",huyen\nHuyện ủy Mỹ Hào;x\nBan Thường vụ Tỉnh đoàn,Ban Thường vụ Tỉnh đoàn\nHuyện ủy Văn Lâm,huyen\nXã Lạc Đạo,xa\n';

  it('reads a UTF-8 CSV by unit type key or label, and names each bad line', () => {
    const roster = readRoster(NQ25, parseCsv(csv), 'danh-sach.csv');
    expect(roster.entries).toEqual([
      { unit: 'Huyện uỷ Văn Lâm', unitType: 'huyen' },
      { unit: 'Ban Thường vụ Tỉnh đoàn', unitType: 'tinh_doan' },
    ]);
    expect(roster.problems).toEqual([
      expect.stringMatching(/^danh-sach\.csv, dòng 3: loại đơn vị "" của "Huyện ủy Mỹ Hào;x" không có trong danh mục/),
      'danh-sach.csv, dòng 5: "Huyện ủy Văn Lâm" đã có ở dòng trên.',
      expect.stringMatching(/^danh-sach\.csv, dòng 6: loại đơn vị "xa" của "Xã Lạc Đạo" không có trong danh mục/),
    ]);
  });

  it('lists the units that sent nothing and the forms still missing, and notes units outside the roster', async () => {
    const roster = readRoster(NQ25, parseCsv('Tên đơn vị;Loại đơn vị\nHuyện ủy Văn Lâm;huyen\nHuyện ủy Mỹ Hào;huyen\n'), 'danh-sach.csv');
    const partial = await unitFile('Huyện uỷ Văn Lâm', 'huyen', 90, { forms: ['B1', 'B2'] });
    const stranger = await unitFile('Ban Thường vụ Tỉnh đoàn', 'tinh_doan', 91);
    const result = await mergeFiles([partial, stranger], {}, roster);
    const owed = NQ25.unitTypes.find((t) => t.key === 'huyen')!.forms;
    expect(result.missing).toEqual([
      { unit: 'Huyện ủy Văn Lâm', unitType: 'huyen', forms: owed.filter((f) => f !== 'B1' && f !== 'B2') },
      { unit: 'Huyện ủy Mỹ Hào', unitType: 'huyen', forms: owed },
    ]);
    const status = result.tables.status;
    expect(status.titles[0]).toBe('Tình hình nộp biểu: đã nhận 1/2 đơn vị (50%); 2 đơn vị còn thiếu biểu');
    expect(status.rows.map((r) => [r[0], r[3], r.at(-1)])).toEqual([
      ['Huyện ủy Văn Lâm', 'Huyện uỷ Văn Lâm.xlsx', ''],
      ['Huyện ủy Mỹ Hào', 'Chưa nhận', ''],
      ['Ban Thường vụ Tỉnh đoàn', 'Ban Thường vụ Tỉnh đoàn.xlsx', 'Không có trong danh sách.'],
    ]);
    const column = (sheetName: string) => status.header.indexOf(sheetName);
    expect(status.rows[0]![column('Biểu 1')]).toBe('Hợp lệ');
    expect(status.rows[0]![column('Biểu 3A')]).toBe('Thiếu');
    expect(status.rows[2]![column('Biểu 2')]).toBe('Không phải nộp');
    expect(result.tables.roster).toBeUndefined();
  });

  it('says whether each unit’s workbook was saved on or before its unit type’s deadline, whatever the file’s date on this disk', async () => {
    // The disk dates say the opposite of the save times inside the workbooks: only the save time counts.
    const late = {
      ...(await unitFile('Huyện ủy Yên Mỹ', 'huyen', 92, { forms: ['B1'], edit: (wb) => void (wb.modified = new Date(2023, 7, 2)) })),
      modified: new Date(2023, 6, 1).getTime(),
    };
    const onTime = {
      ...(await unitFile('Huyện ủy Ân Thi', 'huyen', 93, { forms: ['B1'], edit: (wb) => void (wb.modified = new Date(2023, 6, 30, 23, 0)) })),
      modified: new Date(2023, 8, 1).getTime(),
    };
    const result = await mergeFiles([late, onTime]);
    const deadline = result.tables.status.header.indexOf('Đúng hạn');
    expect(result.tables.status.rows.map((r) => [r[0], r[deadline]])).toEqual([
      ['Huyện ủy Yên Mỹ', 'Trễ hạn'],
      ['Huyện ủy Ân Thi', 'Đúng hạn'],
    ]);
    // The decision columns (approvals.ts) start blank: nobody has looked at the units yet.
    expect(result.tables.roster?.rows).toEqual([
      ['Huyện ủy Yên Mỹ', 'Huyện ủy, thành ủy, thị ủy', '', '', ''],
      ['Huyện ủy Ân Thi', 'Huyện ủy, thành ủy, thị ủy', '', '', ''],
    ]);
  });
});
