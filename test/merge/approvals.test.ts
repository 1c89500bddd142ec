import { approvalOf, approvalStateOf, decide, NO_APPROVALS } from '../../src/core/merge/approvals';
import { returnLetter, reminderLetter } from '../../src/core/merge/letters';
import { reminders } from '../../src/core/merge/reminders';
import { parseCsv, readRoster } from '../../src/core/merge/roster';
import { NQ25 } from '../support/campaigns';
import { unitFile } from '../support/units';
import { mergeFiles } from './support';

jest.setTimeout(60_000);

const AT = '2/8/2023 09:00';
const owedByHuyen = NQ25.unitTypes.find((t) => t.key === 'huyen')!.forms;

describe('the province’s decisions on the units it received', () => {
  it('treats a unit never decided on as pending, and finds a decision across tone placement and case', () => {
    expect(approvalOf(NO_APPROVALS, 'Huyện ủy Văn Lâm')).toEqual({ unit: 'Huyện ủy Văn Lâm', state: 'pending', reason: '', at: '' });
    const approvals = decide(NO_APPROVALS, 'Huyện uỷ Văn Lâm', 'approved', 'ignored', AT);
    expect(approvalOf(approvals, 'huyện ủy văn lâm')).toEqual({ unit: 'Huyện uỷ Văn Lâm', state: 'approved', reason: '', at: AT });
  });

  it('keeps a return’s reason, and a later decision replaces the earlier one', () => {
    const returned = decide(NO_APPROVALS, 'Huyện ủy Mỹ Hào', 'returned', '  Biểu 2 thiếu số liệu ', AT);
    expect(approvalOf(returned, 'Huyện ủy Mỹ Hào')).toMatchObject({ state: 'returned', reason: 'Biểu 2 thiếu số liệu' });
    expect(approvalOf(decide(returned, 'Huyện ủy Mỹ Hào', 'pending', '', AT), 'Huyện ủy Mỹ Hào')).toMatchObject({ state: 'pending', reason: '', at: '' });
  });

  it('reads what a clerk types in the Duyệt column, and nothing it does not understand', () => {
    expect(['Đã duyệt', 'đã  duyệt', 'x', 'Trả lại', '', 'Chưa duyệt', 'ok'].map(approvalStateOf)).toEqual([
      'approved',
      'approved',
      'approved',
      'returned',
      'pending',
      'pending',
      undefined,
    ]);
  });

  it('reads the decisions from the roster’s columns, and names a cell that says none', () => {
    const csv = 'Tên đơn vị;Loại đơn vị;Duyệt;Lý do trả lại;Ngày duyệt\nHuyện ủy Văn Lâm;huyen;Đã duyệt;;1/8/2023 10:00\nHuyện ủy Mỹ Hào;huyen;Trả lại;Thiếu chữ ký;1/8/2023 11:00\nHuyện ủy Ân Thi;huyen;ok;;\n';
    const roster = readRoster(NQ25, parseCsv(csv), 'danh-sach.csv');
    expect(roster.entries).toHaveLength(3);
    expect([...(roster.approvals?.values() ?? [])]).toEqual([
      { unit: 'Huyện ủy Văn Lâm', state: 'approved', reason: '', at: '1/8/2023 10:00' },
      { unit: 'Huyện ủy Mỹ Hào', state: 'returned', reason: 'Thiếu chữ ký', at: '1/8/2023 11:00' },
    ]);
    expect(roster.found).toEqual([{ code: 'unknown-approval', where: 'danh-sach.csv', line: 4, unit: 'Huyện ủy Ân Thi', written: 'ok' }]);
  });

  it('counts only approved units when asked, leaving a returned one out with its reason, and shows the decisions on the status sheet and the roster', async () => {
    const [approved, returned] = await Promise.all([unitFile('Huyện ủy Văn Lâm', 'huyen', 1), unitFile('Huyện ủy Mỹ Hào', 'huyen', 2)]);
    const approvals = decide(decide(NO_APPROVALS, 'Huyện ủy Văn Lâm', 'approved', '', AT), 'Huyện ủy Mỹ Hào', 'returned', 'Biểu 2 chưa khớp', AT);

    const all = await mergeFiles([approved!, returned!], { approvals });
    expect(all.result.included.map((u) => u.unit)).toEqual(['Huyện ủy Văn Lâm', 'Huyện ủy Mỹ Hào']);

    const only = await mergeFiles([approved!, returned!], { approvals, onlyApproved: true });
    expect(only.result.included.map((u) => u.unit)).toEqual(['Huyện ủy Văn Lâm']);
    expect(only.result.units.find((u) => u.unit === 'Huyện ủy Mỹ Hào')).toMatchObject({ included: false, leftOutFor: 'not-approved' });
    expect(only.result.reports.map((r) => [r.state, r.found.map((p) => p.code)])).toEqual([
      ['merged', []],
      ['excluded', ['not-approved']],
    ]);
    expect(only.result.reports[1]!.found[0]).toMatchObject({ state: 'returned', reason: 'Biểu 2 chưa khớp' });

    const status = only.tables.status;
    const column = (name: string) => status.header.indexOf(name);
    expect(status.rows.map((r) => [r[0], r[column('Cộng vào tổng hợp')], r[column('Duyệt')], r[column('Lý do trả lại')]])).toEqual([
      ['Huyện ủy Văn Lâm', 'Có', 'Đã duyệt', ''],
      ['Huyện ủy Mỹ Hào', 'Không (chưa duyệt)', 'Trả lại', 'Biểu 2 chưa khớp'],
    ]);
    expect(only.tables.roster?.header).toEqual(['Tên đơn vị', 'Loại đơn vị', 'Duyệt', 'Lý do trả lại', 'Ngày duyệt']);
    expect(only.tables.roster?.rows[1]).toEqual(['Huyện ủy Mỹ Hào', 'Huyện ủy, thành ủy, thị ủy', 'Trả lại', 'Biểu 2 chưa khớp', AT]);
  });

  it('leaves out a unit not yet decided on when only approved units count', async () => {
    const unit = await unitFile('Huyện ủy Yên Mỹ', 'huyen', 3);
    const only = await mergeFiles([unit], { onlyApproved: true });
    expect(only.result.included).toEqual([]);
    expect(only.result.reports[0]!.found).toEqual([expect.objectContaining({ code: 'not-approved', state: 'pending' })]);
  });

  it('words a return with the unit, the reason, the problems found and the deadline', () => {
    const approval = approvalOf(decide(NO_APPROVALS, 'Huyện ủy Mỹ Hào', 'returned', 'Thiếu chữ ký', AT), 'Huyện ủy Mỹ Hào');
    const letter = returnLetter(NQ25, { approval, file: 'My Hao.xlsx', problems: ['LỖI: Biểu 2, ô E14: …'], deadline: '2023-07-30' }, 'Ban Dân vận Tỉnh ủy');
    expect(letter.split('\n')).toEqual([
      'Kính gửi Huyện ủy Mỹ Hào,',
      `Biểu của đơn vị trong đợt ${NQ25.shortName} (tệp My Hao.xlsx) được trả lại để sửa.`,
      'Lý do: Thiếu chữ ký',
      'Các vấn đề tìm thấy:',
      '- LỖI: Biểu 2, ô E14: …',
      'Đề nghị đơn vị sửa và gửi lại sớm (hạn nộp ngày 30/7/2023).',
      'Ban Dân vận Tỉnh ủy',
    ]);
  });
});

describe('reminders', () => {
  const roster = readRoster(
    NQ25,
    parseCsv('Tên đơn vị;Loại đơn vị\nHuyện ủy Văn Lâm;huyen\nHuyện ủy Mỹ Hào;huyen\nBan Thường vụ Tỉnh đoàn;tinh_doan\n'),
    'danh-sach.csv',
  ).entries;

  it('lists the roster units that sent nothing or not every form owed, with the deadline, and only those', async () => {
    const partial = await unitFile('Huyện ủy Văn Lâm', 'huyen', 4, { forms: ['B1', 'B2'] });
    const whole = await unitFile('Ban Thường vụ Tỉnh đoàn', 'tinh_doan', 5);
    const merged = await mergeFiles([partial, whole], {}, { entries: roster, problems: [] });
    expect(reminders(NQ25, merged.roster, merged.result.units, '2023-07-20')).toEqual([
      { unit: 'Huyện ủy Văn Lâm', unitType: 'huyen', deadline: '2023-07-30', forms: owedByHuyen.filter((f) => f !== 'B1' && f !== 'B2'), sentNothing: false, overdue: false },
      { unit: 'Huyện ủy Mỹ Hào', unitType: 'huyen', deadline: '2023-07-30', forms: owedByHuyen, sentNothing: true, overdue: false },
    ]);
  });

  it('says a deadline is past only from the day after it', () => {
    const [onTheDay, after] = ['2023-07-30', '2023-07-31'].map((today) => reminders(NQ25, roster, [], today).map((r) => r.overdue));
    expect(onTheDay).toEqual([false, false, false]);
    expect(after).toEqual([true, true, true]);
  });

  it('words a reminder with the unit, the forms still missing by their sheet names and the deadline', () => {
    const reminder = { unit: 'Huyện ủy Văn Lâm', unitType: 'huyen', deadline: '2023-07-30', forms: ['B2', 'B5A'], sentNothing: false, overdue: true };
    expect(reminderLetter(NQ25, reminder, '').split('\n')).toEqual([
      'Kính gửi Huyện ủy Văn Lâm,',
      `Về đợt ${NQ25.shortName}: đến nay còn thiếu Biểu 2, Biểu 5A. Hạn nộp là ngày 30/7/2023, nay đã quá hạn.`,
      'Đề nghị đơn vị hoàn thành và gửi biểu ngay.',
    ]);
    expect(reminderLetter(NQ25, { ...reminder, sentNothing: true, overdue: false, forms: ['B1'] }, 'Ban Dân vận Tỉnh ủy').split('\n')).toEqual([
      'Kính gửi Huyện ủy Văn Lâm,',
      `Về đợt ${NQ25.shortName}: đến nay chưa nhận được biểu nào của đơn vị (cần nộp Biểu 1). Hạn nộp là ngày 30/7/2023.`,
      'Đề nghị đơn vị hoàn thành và gửi biểu đúng hạn.',
      'Ban Dân vận Tỉnh ủy',
    ]);
  });
});
