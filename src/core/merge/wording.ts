import type { Campaign } from '../../forms/schema';
import { unitTypeLabel } from '../../forms/lookup';
import { formatDateTime } from '../dates';
import { formatNumber, formTwiceMessage } from '../rules/messages';
import type { ChangedCell } from '../stamp/figures';
import { unitNameTooLong } from '../unitNameLimit';
import type { MergeProblem, MergeProblemCode, PickReason, ProblemOf, RosterProblem } from './problems';

/** Every Vietnamese sentence of the merge's problems, in one table (the rule engine's are in rules/messages.ts). */

export const PICK_REASON: Readonly<Record<PickReason, string>> = {
  chosen: 'theo lựa chọn',
  newer: 'tệp mới hơn',
  'same-time': 'cùng thời điểm lưu, dùng tệp thêm sau',
  undated: 'tệp thêm sau; không rõ ngày của mọi tệp',
};

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** A figure as the report shows it: numbers the Vietnamese way, a blank said as such. */
const figure = (value: number | string | null) => (value === null ? 'trống' : typeof value === 'number' ? formatNumber(value) : `"${value}"`);

/** "Biểu 2, ô E14: nộp 120, nay 210". */
export const changedCellText = (c: ChangedCell) => `${c.sheet}, ô ${c.cell}: nộp ${figure(c.submitted)}, nay ${figure(c.now)}`;

const WORDS: { readonly [C in MergeProblemCode]: (p: ProblemOf<C>, campaign: Campaign) => string } = {
  unreadable: (p) => p.reason,
  'same-content': (p) => `${p.file}: cùng nội dung với tệp ${p.twin} đã chọn, không đọc lại.`,
  'sheet-refused': (p) => `${p.file}: ${p.reason}`,
  'no-unit-name': (p) => `${p.file}: sheet "${p.sheet}" chưa ghi tên đơn vị ở ô ${p.address}, không biết của đơn vị nào nên không cộng.`,
  'odd-unit-name': (p) =>
    `${p.file}: tên đơn vị ở sheet "${p.sheet}" ô ${p.address} có ký tự ẩn hoặc dấu cách lạ (${p.odd.join(', ')}); đã bỏ qua các ký tự đó và đọc là "${p.read}".`,
  'two-unit-types': (p, campaign) =>
    `${p.file}: đơn vị "${p.unit}" có sheet của hai loại đơn vị ("${p.kept.sheet}": ${unitTypeLabel(campaign, p.kept.unitType)}; "${p.skipped.sheet}": ${unitTypeLabel(campaign, p.skipped.unitType)}); không đọc sheet "${p.skipped.sheet}".`,
  'form-twice': (p) => `${p.file}: ${formTwiceMessage(p.unit, p.form, p.kept, p.skipped)}`,
  'earlier-summaries': (p) => `${p.file}: bỏ qua ${p.count} sheet tổng hợp của lần tổng hợp trước.`,
  'no-forms': (p, campaign) => `${p.file}: không có biểu nào của đợt ${campaign.shortName} (không sheet nào mang dấu nhận biết của biểu).`,
  'several-files': (p) => {
    const list = p.files.map((f) => `${f.label} (${f.modified === undefined ? 'không rõ ngày' : formatDateTime(f.modified)})`).join(', ');
    return `Đơn vị "${p.unit}" có ${p.files.length} tệp: ${list}; dùng ${p.chosen} (${PICK_REASON[p.why]}).`;
  },
  'type-conflict': (p, campaign) =>
    `Tên đơn vị "${p.unit}" có ở ${p.files.length} tệp nhưng khác loại đơn vị: ${p.files.map((f) => `${f.label} (${unitTypeLabel(campaign, f.unitType)})`).join(', ')}; ` +
    'không rõ là một đơn vị hay hai đơn vị trùng tên nên chưa cộng tệp nào của tên này. Hãy sửa tên đơn vị ở đầu biểu hoặc dùng đúng bộ biểu của loại đơn vị, rồi tổng hợp lại.',
  'counted-twice': (p) => {
    // The other units of the summary go with it: the user must hear that they are missing now, and how to get them back.
    const lost =
      p.others.length === 0
        ? ''
        : ` Vì vậy ${p.others.length} đơn vị khác trong đó chưa được cộng: ${quoted(p.others)}; muốn dùng bảng tổng hợp này, hãy bỏ tệp riêng của ${quoted(p.overlap)}.`;
    return `${p.file}: bảng tổng hợp của "${p.unit}" đã gồm ${quoted(p.overlap)}, đơn vị này cũng đã được chọn riêng; không cộng hai lần nên bỏ bảng tổng hợp này.${lost}`;
  },
  'carried-errors': (p) =>
    `${p.file}: bảng tổng hợp của "${p.unit}" đã cộng cả ${p.units.length} đơn vị có lỗi: ${quoted(p.units)}; ` +
    (p.counted ? 'vẫn cộng vì đã chọn cộng cả đơn vị có lỗi.' : 'chưa cộng bảng này; hãy đề nghị cấp dưới sửa lỗi rồi tổng hợp lại, hoặc chọn cộng cả đơn vị có lỗi.'),
  'unit-errors': (p) => `Đơn vị "${p.unit}" (${p.file}) có ${p.errors} lỗi nên chưa cộng; sửa lỗi hoặc chọn cộng cả đơn vị có lỗi.`,
  'not-approved': (p) =>
    `Đơn vị "${p.unit}" (${p.file}) ${p.state === 'returned' ? `đã bị trả lại${p.reason === '' ? '' : ` (${p.reason})`}` : 'chưa được duyệt'} nên chưa cộng, vì đã chọn chỉ cộng đơn vị đã duyệt.`,
  'changed-after-submission': (p) =>
    `${p.file}: số liệu của "${p.unit}" khác với lúc nộp biểu (dấu nộp trong tệp), ${p.changes.length} ô: ${p.changes.map(changedCellText).join('; ')}. ` +
    'Vẫn cộng số hiện có; hãy hỏi lại đơn vị số nào đúng.',
};

/** A merge problem in Vietnamese, naming the file, the sheet and the cell. */
export function problemText(campaign: Campaign, problem: MergeProblem): string {
  return (WORDS[problem.code] as (p: MergeProblem, c: Campaign) => string)(problem, campaign);
}

/** The status sheet's note for a unit whose figures differ from its submission stamp: none when they do not. */
export const changedNote = (check: { readonly changed: readonly ChangedCell[] } | undefined): string[] =>
  !check || check.changed.length === 0 ? [] : [`Số liệu khác lúc nộp ở ${check.changed.length} ô (${check.changed.slice(0, 3).map(changedCellText).join('; ')}${check.changed.length > 3 ? '…' : ''}).`];

/** The status sheet's short note for a unit that sent several files. */
export const severalFilesNote = (p: ProblemOf<'several-files'>) => `Có ${p.files.length} tệp; dùng ${p.chosen} (${PICK_REASON[p.why]}).`;

/** A roster problem in Vietnamese, naming the file or sheet and the line. */
export function rosterProblemText(campaign: Campaign, p: RosterProblem): string {
  if (p.code === 'no-header') return `${p.where}: không thấy dòng tiêu đề "${p.header}" (hoặc unit_name), không đọc được danh sách đơn vị.`;
  const at = `${p.where}, dòng ${p.line}`;
  if (p.code === 'long-name') return `${at}: ${unitNameTooLong(p.unit, 'cột Tên đơn vị')}; dòng này không được đọc.`;
  if (p.code === 'odd-name') return `${at}: tên "${p.unit}" có ký tự ẩn hoặc dấu cách lạ (${p.odd.join(', ')}); đã bỏ qua các ký tự đó.`;
  if (p.code === 'unknown-approval') return `${at}: cột Duyệt của "${p.unit}" ghi "${p.written}", không rõ là đã duyệt hay trả lại; coi như chưa duyệt (ghi "Đã duyệt", "Trả lại" hoặc để trống).`;
  if (p.code === 'unknown-type') return `${at}: loại đơn vị "${p.unitType}" của "${p.unit}" không có trong danh mục (${campaign.unitTypes.map((t) => t.key).join(', ')}).`;
  return `${at}: "${p.unit}" đã có ở dòng trên.`;
}
