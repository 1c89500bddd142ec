import { z } from 'zod';
import { type Comparison, type Expr, ExpressionError, parseComparison, parseFormula } from './expression';
import { checkReferences } from './references';

/**
 * The shape of a campaign file (`<name>.tongket.json`) and of the forms in it.
 * Keys are stable ASCII identifiers that files, merges and rules refer to;
 * labels are Vietnamese and must be NFC so that two spellings of the same word
 * never compare unequal. Expressions stay readable strings in the file and are
 * parsed here, once, at load: the core works on the trees and never re-parses.
 */

/** The version of this file format; a file of another format is refused by name. */
export const SCHEMA_VERSION = 1;

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'khóa phải là chữ thường ASCII, số và dấu gạch dưới');
const formKey = z.string().regex(/^[A-Z][A-Z0-9]*$/, 'khóa biểu phải là chữ in hoa ASCII và số');
const text = z
  .string()
  .min(1, 'không được để trống')
  .refine((s) => s === s.normalize('NFC'), 'chữ tiếng Việt phải ở dạng Unicode NFC');

/** An expression as the file writes it (`source`) and as the core uses it (`tree`). */
export type Parsed<T> = { readonly source: string; readonly tree: T };

function expression<T>(parse: (source: string) => T) {
  return z.string().transform((source, ctx): Parsed<T> => {
    try {
      return { source, tree: parse(source) };
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });
}
const formula = expression<Expr>(parseFormula).describe('Công thức trên tên hàng hoặc cột, ví dụ "p1 + p2", "don_gq / don_tq * 100".');
const comparison = expression<Comparison>(parseComparison).describe(
  'Điều kiện: hai biểu thức nối bằng <=, >= hoặc =, ví dụ "qt_luot_cc <= qt_luot"; "hàng.cột" chỉ một ô, "BIỂU:hàng.cột" một ô của biểu khác.',
);

const columnBase = { key, header: text.describe('Tên cột in trên biểu'), group: text.optional().describe('Tên nhóm cột (dòng tiêu đề trên), chung cho các cột liền nhau') };

export const columnSchema = z.discriminatedUnion('kind', [
  z.object({ ...columnBase, kind: z.literal('input') }).strict(),
  z
    .object({
      ...columnBase,
      kind: z.literal('formula'),
      formula,
      percent: z.boolean().optional().describe('Cột tỷ lệ: một chữ số thập phân, hàng tổng tính lại từ tổng chứ không cộng tỷ lệ'),
    })
    .strict(),
  z.object({ ...columnBase, kind: z.literal('note') }).strict(),
]);

const rowBase = {
  key,
  stt: z.string().describe('Số thứ tự in ở cột STT: "I", "1", "2.1", "a", "-"'),
  label: text.describe('Nội dung của hàng'),
  unit: text.optional().describe('Đơn vị tính (cột ĐVT)'),
  level: z.number().int().min(0).max(2).describe('0: mục (I, II… hoặc dòng tổng), 1: chỉ tiêu, 2: chỉ tiêu con ("Trong đó")'),
};

export const rowSchema = z.discriminatedUnion('kind', [
  z.object({ ...rowBase, kind: z.literal('section') }).strict(),
  z
    .object({
      ...rowBase,
      kind: z.literal('data'),
      valueKind: z.enum(['count', 'amount']).describe('count: số nguyên không âm; amount: số tiền, một chữ số thập phân'),
      inputs: z.array(key).min(1).optional().describe('Các cột nhập áp dụng cho hàng này; cột khác ghi "x". Mặc định: mọi cột nhập'),
    })
    .strict(),
  z.object({ ...rowBase, kind: z.literal('total'), of: z.array(key).min(1).describe('Các hàng cộng vào hàng tổng này') }).strict(),
  z.object({ ...rowBase, kind: z.literal('percent'), formula }).strict(),
]);

export const ruleSchema = z
  .object({
    key,
    severity: z.enum(['error', 'warning']).describe('error: phải sửa mới tổng hợp; warning: cần xem lại'),
    check: comparison,
    rows: z.array(key).min(1).optional().describe('Khi điều kiện chỉ nêu tên cột: các hàng áp dụng. Mặc định: mọi hàng có số ở các ô đó'),
    columns: z.array(key).min(1).optional().describe('Khi điều kiện chỉ nêu tên hàng: các cột áp dụng. Mặc định: các cột nhập'),
    hint: text.describe('Lời nhắc ngắn, hiện ở cột Kiểm tra của biểu'),
  })
  .strict();

/** Excel allows 31 characters in a sheet name; a form's summary sheet is "TH " + its name (merge/summaryPlans.ts), so 28 are left. */
export const SHEET_NAME_MAX = 28;

export const formSchema = z
  .object({
    key: formKey,
    // Raised whenever rows or columns change, so older workbooks are read by their own version.
    version: z.number().int().min(1).describe('Tăng mỗi khi đổi hàng hoặc cột: sổ làm theo phiên bản cũ không bị đọc lẫn'),
    number: z.string().regex(/^[0-9]+[A-Z]?$/).describe('Số biểu, "1", "3A": in thành "Biểu số 1"'),
    sheetName: text.max(SHEET_NAME_MAX).describe(`Tên sheet (tối đa ${SHEET_NAME_MAX} ký tự: sheet tổng hợp thêm "TH " phía trước, Excel cho tối đa 31)`),
    title: text.describe('Tên biểu, in hoa'),
    unitColumn: z.boolean().describe('Biểu có cột ĐVT hay không'),
    columns: z.array(columnSchema).min(1),
    rows: z.array(rowSchema).min(1),
    rules: z.array(ruleSchema),
  })
  .strict()
  .superRefine(checkReferences);

export const unitTypeSchema = z
  .object({
    key,
    label: text,
    forms: z.array(formKey).describe('Các biểu loại đơn vị này phải điền (được chọn sẵn)'),
    optionalForms: z.array(formKey).optional().describe('Các biểu có thể điền thêm (không chọn sẵn)'),
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Hạn nộp, dạng năm-tháng-ngày: "2023-07-30"'),
    consolidates: z.boolean().optional().describe('Đơn vị tổng hợp biểu của các đơn vị khác'),
    note: text.optional().describe('Lời dặn hiện khi chọn loại đơn vị này'),
  })
  .strict();

const signerSchema = z
  .object({
    title: text.describe('"NGƯỜI LẬP BIỂU", "T/M BAN THƯỜNG VỤ"'),
    hint: text.describe('"(Ký, ghi rõ họ tên)"'),
  })
  .strict();

/** The printed wording around every form's table: the campaign's, not the product's. */
const textsSchema = z
  .object({
    issuer: text.describe('Góc trái, trên tên đơn vị: "ĐẢNG BỘ TỈNH HƯNG YÊN"'),
    motto: text.describe('Góc phải: "ĐẢNG CỘNG SẢN VIỆT NAM"'),
    formNumber: text.refine((s) => s.includes('{số}'), 'phải có chỗ "{số}" cho số biểu').describe('Dòng số biểu, "{số}" thay bằng số của biểu: "Biểu số {số}"'),
    subtitle: text.describe('Dòng dưới tên biểu: "(Kèm theo Báo cáo …)"'),
    period: text.describe('Thời gian số liệu: "Số liệu tính từ …"'),
    dateLine: text.describe('Dòng ngày tháng trên chữ ký: "…, ngày … tháng … năm 2023"'),
    signers: z.array(signerSchema).min(1).max(2).describe('Người ký, từ trái sang phải; một người thì đứng bên phải'),
  })
  .strict();

export const campaignSchema = z
  .object({
    $schema: z.string().optional().describe('Đường dẫn tới tongket.schema.json, để trình soạn thảo gợi ý và kiểm tra'),
    schemaVersion: z.literal(SCHEMA_VERSION, `tệp dùng định dạng khác; phần mềm này đọc định dạng ${SCHEMA_VERSION}`),
    key: key.describe('Khóa của bộ biểu, chữ thường ASCII: ghi vào mọi sổ làm theo bộ biểu này'),
    version: z.number().int().min(1).describe('Tăng mỗi khi sửa tệp, để phân biệt hai bản của cùng bộ biểu'),
    name: text.describe('Tên đầy đủ của đợt báo cáo'),
    shortName: text.describe('Tên ngắn, hiện ở đầu ngăn bổ trợ'),
    texts: textsSchema,
    forms: z.array(formSchema).min(1),
    unitTypes: z.array(unitTypeSchema).min(1),
  })
  .strict();

export type ColumnDef = z.output<typeof columnSchema>;
export type RowDef = z.output<typeof rowSchema>;
export type RuleDef = z.output<typeof ruleSchema>;
export type FormDef = z.output<typeof formSchema>;
export type UnitTypeDef = z.output<typeof unitTypeSchema>;
export type CampaignTexts = z.output<typeof textsSchema>;
export type Campaign = z.output<typeof campaignSchema>;
/** A campaign as its file writes it: expressions as strings. */
export type CampaignFile = z.input<typeof campaignSchema>;
export type FormFile = z.input<typeof formSchema>;
