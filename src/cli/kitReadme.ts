import { consolidatingUnitType } from '../forms/lookup';
import type { Campaign } from '../forms/schema';
import { asciiFileName } from './asciiFileName';
import type { KitFile } from './offlineKit';

/** The campaign file the kit carries beside its workbooks. */
export const campaignFileName = (campaign: Campaign) => `${asciiFileName(campaign.key)}.tongket.json`;

/** Sorts beside the workbooks and says what it is in any file manager. */
export const README_FILE = 'DOC-TRUOC.txt';

/** Notepad on older Windows wraps no lines and shows LF files as one line: short lines, CRLF. */
const WIDTH = 78;

/** Greedy word wrap; the first line starts with `lead`, the rest with as many spaces. Pass words to keep "Biểu 6B" whole. */
function wrap(text: string | readonly string[], lead: string, indent = ' '.repeat(lead.length)): string[] {
  const lines: string[] = [];
  let line = lead;
  for (const word of typeof text === 'string' ? text.split(/\s+/).filter(Boolean) : text) {
    const fresh = line === lead || line === indent;
    if (!fresh && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else line += (fresh ? '' : ' ') + word;
  }
  return [...lines, line];
}

const bullets = (items: readonly string[]) => items.flatMap((item) => wrap(item, '  - ', '    '));

/** "2023-07-30" → "30/7/2023", as Vietnamese documents write dates. */
function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}/${month}/${year}`;
}

function fileEntry(file: KitFile): string[] {
  const { unitType } = file;
  return [
    `  ${file.fileName}`,
    ...wrap(unitType.label, '    Loại đơn vị: '),
    ...wrap(file.forms.map((f, i) => (i < file.forms.length - 1 ? `${f.sheetName},` : f.sheetName)), '    Các biểu: '),
    `    ${unitType.consolidates ? 'Hạn hoàn thành tổng hợp' : 'Hạn gửi'}: ${vietnameseDate(unitType.deadline)}`,
    ...(unitType.note ? wrap(unitType.note, '    Ghi chú: ') : []),
    '',
  ];
}

/**
 * The README of the offline kit, in Vietnamese for a unit that has only the files:
 * which file is its own, how to fill it, how the sheet checks itself, what not to
 * change, how to send it back. UTF-8 with a BOM so that Notepad shows the diacritics.
 */
export function kitReadme(campaign: Campaign, files: readonly KitFile[]): string {
  const consolidator = consolidatingUnitType(campaign)?.label;
  const lines = [
    `BỘ BIỂU MẪU SỐ LIỆU – ${campaign.shortName.toUpperCase()}`,
    'Dành cho đơn vị chưa cài bổ trợ tongket trong Excel',
    '',
    ...wrap(campaign.name, ''),
    campaign.texts.period,
    '',
    ...wrap(
      'Mỗi tệp .xlsx trong thư mục này là bộ biểu của một loại đơn vị. Biểu tự kiểm tra số liệu ngay trong Excel hoặc LibreOffice Calc, không cần cài thêm gì.',
      '',
    ),
    '',
    '1. MỞ TỆP CỦA LOẠI ĐƠN VỊ MÌNH',
    '',
    ...files.flatMap(fileEntry),
    '2. ĐIỀN BIỂU',
    '',
    ...bullets([
      'Nếu Excel mở tệp ở chế độ chỉ xem (thanh màu vàng phía trên, "Protected View"), bấm nút cho phép chỉnh sửa ("Enable Editing").',
      `Mỗi biểu là một sheet (${campaign.forms.slice(0, 2).map((f) => f.sheetName).join(', ')}...). Trên mỗi sheet, gõ tên đơn vị vào ô nền vàng ở đầu biểu, ngay dưới dòng "${campaign.texts.issuer}".`,
      'Gõ số liệu vào các ô nền vàng. Chưa có số liệu thì để trống, không gõ 0 thay cho ô trống; số liệu bằng 0 thì gõ 0.',
      'Chỉ tiêu đếm (văn bản, hội nghị, người...) gõ số nguyên, không gõ dấu chấm hay dấu phẩy ngăn cách hàng nghìn, không gõ kèm chữ ("12 người"). Số tiền tính theo đơn vị ghi ở cột ĐVT.',
      'Ô có chữ "x" là không áp dụng. Các ô tổng, tăng/giảm và tỷ lệ (%) biểu tự tính; biểu được khóa để không ai vô tình xóa công thức.',
      'Biểu không áp dụng cho đơn vị mình (xem Ghi chú ở mục 1) thì để trống cả biểu.',
      'Cuối mỗi biểu, gõ ngày tháng và họ tên người lập biểu, người ký vào các ô nền vàng.',
    ]),
    '',
    '3. BIỂU TỰ KIỂM TRA, KHÔNG CẦN BỔ TRỢ',
    '',
    ...bullets([
      'Cột "Kiểm tra (tự động)" bên phải bảng ghi lỗi của từng dòng, kèm địa chỉ ô (ví dụ "D19").',
      'Ô sai được tô nền đỏ nhạt (lỗi, phải sửa) hoặc vàng đậm (cảnh báo, cần xem lại).',
      'Ô trạng thái ở đầu cột Kiểm tra mỗi biểu ghi "Biểu hợp lệ" hoặc "Có N lỗi, M cảnh báo", số ô còn trống, và nhắc nếu chưa ghi tên đơn vị.',
      'Khi in, chỉ phần biểu chính thức được in (vùng in đặt sẵn): cột Kiểm tra và ô trạng thái không ra giấy.',
      'Sửa hết lỗi trước khi gửi. Còn ô trống là bình thường nếu các chỉ tiêu đó chưa có số liệu.',
    ]),
    '',
    '4. KHÔNG ĐƯỢC',
    '',
    ...bullets([
      'Không chèn, xóa hay đổi thứ tự hàng, cột; không sửa chữ trong biểu; không bỏ khóa (Unprotect) biểu. Biểu bị sửa bố cục sẽ không tổng hợp được.',
      'Không lưu sang dạng .xls, .csv hay .pdf để gửi.',
    ]),
    '',
    '5. GỬI LẠI',
    '',
    ...bullets([
      `Lưu tệp dạng Sổ làm việc Excel (.xlsx). Có thể thêm tên đơn vị vào tên tệp, ví dụ ${files[0]?.fileName.replace(/\.xlsx$/, '') ?? 'Bieu'}-Ten-don-vi.xlsx.`,
      `Gửi tệp .xlsx về nơi tổng hợp${consolidator ? ` (${consolidator})` : ''} trước hạn ghi ở mục 1. Nơi tổng hợp đọc tệp này như tệp của mọi đơn vị khác.`,
      'Nếu máy có lệnh tongket, trước khi gửi chạy: tongket submit <tệp.xlsx> --by "<họ tên người lập biểu>" (thêm --lock để khóa biểu). Lệnh kiểm tra lại tệp, còn lỗi thì không nộp; hết lỗi thì ghi dấu nộp biểu (người lập, thời điểm, số liệu đã nộp) vào tệp, nên nơi tổng hợp biết ô nào bị sửa sau khi nộp.',
      `Tệp ${campaignFileName(campaign)} trong thư mục là bộ biểu dạng dữ liệu: đơn vị có cài bổ trợ mở tệp này trong khung bổ trợ (nút "Mở bộ biểu…") để dùng đúng các biểu này.`,
    ]),
    '',
  ];
  return `\uFEFF${lines.join('\r\n').normalize('NFC')}`;
}
