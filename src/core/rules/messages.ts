import type { ComparisonOp } from '../../forms/expression';
import type { InputProblemCode, InputProgress } from './types';
import { scientific } from '../excelNumber';
import { MAX_CELL_TEXT } from '../cellText';

/** Every Vietnamese message of the checks, in one table. */

/** 1234567.5 → "1.234.567,5": the way Vietnamese Excel shows numbers. */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = Math.abs(value).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction.slice(0, 6)}` : ''}`;
}

/** 1234 → "1234", 12.5 → "12,5": the figure a fix writes, with no separator a reader could take for a decimal point. */
export function plainNumber(value: number): string {
  return value.toString().replace('.', ',');
}

/** The one-click fix's button: says the cell will hold a number, and which. */
export const fixLabel = (fix: number) => `Đổi thành số ${plainNumber(fix)}`;

/** A form's blanks as progress, not as a warning: "Biểu 2: đã nhập 12/36 ô". */
export const progressMessage = (sheet: string, { filled, total }: InputProgress) => `${sheet}: đã nhập ${filled}/${total} ô`;

export const VIOLATION_VERB: Record<ComparisonOp, string> = { '<=': 'lớn hơn', '>=': 'nhỏ hơn', '=': 'khác' };

/** The short text of an input problem, shown in the sheet's Kiểm tra column: the same words in the sheet and in the pane. */
export const INPUT_PROBLEM_SHORT: Record<InputProblemCode, string> = {
  'formula-in-input': 'có công thức',
  'error-value': 'giá trị lỗi',
  'date-in-number': 'ngày tháng, không phải số',
  'boolean-in-number': 'không phải số',
  'malformed-number': 'không phải số',
  'number-too-large': 'số quá lớn',
  'thousands-separator': 'không phải số',
  'comma-or-decimal': 'không phải số',
  'unit-in-number': 'không phải số',
  'padded-number': 'không phải số',
  'decimal-comma': 'không phải số',
  'not-a-number': 'không phải số',
  negative: 'số âm',
  'fraction-in-count': 'không phải số nguyên',
  'too-many-decimals': 'quá 1 chữ số thập phân',
};

/** How much of a long value a message quotes: 5 MB of digits typed in a cell must not make a 5 MB line of the report. */
const QUOTED = 100;

/** A value as the cell shows it: numbers the Vietnamese way, booleans as Excel writes them, the rest quoted (cut with "…" past QUOTED characters). */
const shown = (value: unknown) => {
  if (typeof value === 'number' && Number.isFinite(value)) return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = String(value);
  return `"${text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text}"`;
};

/** The pane's full sentence for an input problem: what was found, what is expected, and the fix when there is one. */
export function inputProblemMessage(code: InputProblemCode, value: unknown, fix: number | undefined, unit: string): string {
  const suggestion = fix === undefined ? '' : ` Ghi thành số ${plainNumber(fix)}?`;
  switch (code) {
    case 'formula-in-input':
      return `ô nhập số liệu chứa công thức; hãy gõ trực tiếp con số.${suggestion}`;
    case 'error-value':
      return `ô chứa giá trị lỗi ${shown(value)}; hãy gõ con số hoặc để trống.`;
    case 'date-in-number':
      return `${shown(value)} là ngày tháng, không phải số (Excel hiểu chữ gõ vào là ngày); hãy định dạng ô là số (Number hoặc General) rồi gõ lại con số, hoặc để trống.`;
    case 'boolean-in-number':
      return `ô chứa giá trị đúng/sai ${shown(value)}, không phải số; hãy gõ con số hoặc để trống.`;
    case 'malformed-number':
      return `giá trị lưu trong ô (${shown(value)}) không phải là số hợp lệ (tệp có thể đã bị sửa bằng chương trình khác); hãy gõ lại con số vào ô này.`;
    case 'number-too-large':
      return `số ${typeof value === 'number' ? scientific(value) : String(value)} quá lớn: Excel chỉ lưu được số nhỏ hơn 1E+308 (tệp có thể đã bị sửa bằng chương trình khác); hãy gõ lại con số đúng vào ô này.`;
    case 'thousands-separator':
      return `${shown(value)} là chữ, không phải số (dấu ngăn cách hàng nghìn); hãy gõ số không có dấu chấm, dấu phẩy.${suggestion}`;
    case 'comma-or-decimal': {
      const whole = String(value).trim().replace(',', '');
      const question = `${shown(value)} là chữ: số ${whole} (dấu phẩy ngăn cách hàng nghìn) hay số thập phân ${String(value).trim()}?`;
      // Only a count is offered the whole number (parseInput): a decimal cannot count anything.
      return fix === undefined
        ? `${question} Hãy gõ lại con số: không có dấu ngăn cách hàng nghìn, số thập phân gõ theo cách Excel của máy hiểu.`
        : `${question} Ô này đếm ${unit} nên không thể là số thập phân.${suggestion}`;
    }
    case 'unit-in-number':
      return `${shown(value)} có kèm chữ; chỉ gõ con số (đơn vị tính ${unit} đã ghi ở cột ĐVT).${suggestion}`;
    case 'padded-number':
      return `${shown(value)} có dấu cách thừa nên Excel coi là chữ.${suggestion}`;
    case 'decimal-comma':
      return `${shown(value)} là chữ; số thập phân gõ theo cách Excel của máy hiểu.${suggestion}`;
    case 'not-a-number':
      return `${shown(value)} không phải là số; hãy gõ con số hoặc để trống.`;
    case 'negative':
      return `${shown(value)} là số âm; số liệu phải lớn hơn hoặc bằng 0.`;
    case 'fraction-in-count':
      return `${shown(value)} không phải số nguyên; ô này đếm ${unit}, chỉ nhận số nguyên.`;
    case 'too-many-decimals':
      return `${shown(value)} có quá một chữ số thập phân.${suggestion}`;
  }
}

export function ruleMessage(hint: string, left: string, leftValue: number, op: ComparisonOp, right: string, rightValue: number): string {
  return `${hint}: ${left} (${formatNumber(leftValue)}) ${VIOLATION_VERB[op]} ${right} (${formatNumber(rightValue)}).`;
}

/** Said after a rule broken by a summary's sums (see FormSheet.summary). */
export const SUMMARY_RULE_NOTE =
  ' Đây là số tổng hợp: đơn vị chỉ báo một vế (vế kia để trống) làm hai tổng lệch nhau, nên chỉ là cảnh báo; từng đơn vị đã được kiểm tra riêng khi tổng hợp.';

export function incompleteMessage(blanks: number): string {
  return `còn ${blanks} ô số liệu để trống (chưa báo cáo); nếu số liệu là 0 hãy gõ 0.`;
}

export const where = (sheet: string, address: string) => `${sheet}, ô ${address}: `;

/** A note longer than a cell holds (rules/longNotes.ts). */
export const longNoteMessage = (length: number) =>
  `ghi chú dài ${formatNumber(length)} ký tự, quá ${formatNumber(MAX_CELL_TEXT)} ký tự một ô Excel chứa được (tệp có thể đã bị sửa bằng chương trình khác); hãy rút gọn ghi chú.`;

/** Input cells merged together (rules/mergedInputs.ts): what is lost, and how to undo it in Vietnamese Excel. */
export const mergedInputsMessage = (kept: string, hidden: readonly string[]) =>
  `các ô nhập số liệu bị gộp lại thành một ô, nên Excel chỉ giữ số ở ô ${kept}, số ở ${hidden.length === 1 ? 'ô' : 'các ô'} ${hidden.length > 4 ? `${hidden.slice(0, 3).join(', ')}… (${hidden.length} ô)` : hidden.join(', ')} bị mất; ` +
  'hãy bỏ gộp (Trang đầu › Hợp nhất và Căn giữa › Bỏ hợp nhất ô) rồi gõ lại số của từng ô.';

/** A form nobody's name is on cannot be merged: the pane's sentence, and the end of the sheet's status line. */
export const MISSING_UNIT_NAME = 'chưa ghi tên đơn vị; gõ tên đơn vị vào ô này, biểu không có tên thì không được tổng hợp.';
export const missingUnitNameStatus = (address: string) => `; chưa ghi tên đơn vị ở ô ${address}`;

/** One unit's form on two sheets of one file (copied with Move or Copy): the check's and the merge's words, since the merge reads the first only. */
export const formTwiceMessage = (unit: string, form: string, kept: string, skipped: string) =>
  `đơn vị "${unit}" có hai sheet ${form} ("${kept}" và "${skipped}"); tổng hợp chỉ đọc "${kept}", hãy xóa sheet không dùng.`;

/** What a unit name cell holds when it holds no text (readSheet.ts): a name typed as digits, or a value another program wrote. */
export type NotTextKind = 'number' | 'boolean' | 'error' | 'date' | 'stored';

const NOT_TEXT: Record<NotTextKind, string> = { number: 'số', boolean: 'giá trị đúng/sai', error: 'giá trị lỗi', date: 'ngày tháng', stored: 'giá trị lưu' };

/** A unit name that is no text: filed under "12" or "#REF!", the figures would belong to a unit nobody is. `where` names the cell. */
export const unitNameNotText = (where: string, kind: NotTextKind, value: unknown) =>
  `tên đơn vị ở ${where} là ${NOT_TEXT[kind]} ${shown(value)}, không phải chữ, nên không biết biểu của đơn vị nào; ` +
  "hãy gõ lại tên đơn vị vào ô này (tên chỉ gồm chữ số thì gõ dấu ' trước, như '12, để Excel giữ là chữ)";

/** Markers that start each item of the Kiểm tra column; the status cell counts them. */
export const ERROR_MARK = '•';
export const WARNING_MARK = '◦';
