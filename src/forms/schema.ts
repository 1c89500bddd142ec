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
  .regex(/^[a-z][a-z0-9_]*$/, 'khoá phải là chữ thường ASCII, số và dấu gạch dưới');
const formKey = z.string().regex(/^[A-Z][A-Z0-9]*$/, 'khoá biểu phải là chữ in hoa ASCII và số');
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
const formula = expression<Expr>(parseFormula);
const comparison = expression<Comparison>(parseComparison);

const columnBase = { key, header: text, group: text.optional() };

export const columnSchema = z.discriminatedUnion('kind', [
  z.object({ ...columnBase, kind: z.literal('input') }).strict(),
  z
    .object({
      ...columnBase,
      kind: z.literal('formula'),
      formula,
      /** A ratio, shown with one decimal and never summed by a total row. */
      percent: z.boolean().optional(),
    })
    .strict(),
  z.object({ ...columnBase, kind: z.literal('note') }).strict(),
]);

const rowBase = {
  key,
  stt: z.string(),
  label: text,
  unit: text.optional(),
  /** 0: a section (I, II… or a total), 1: an item, 2: a sub-item ("Trong đó"). */
  level: z.number().int().min(0).max(2),
};

export const rowSchema = z.discriminatedUnion('kind', [
  z.object({ ...rowBase, kind: z.literal('section') }).strict(),
  z
    .object({
      ...rowBase,
      kind: z.literal('data'),
      valueKind: z.enum(['count', 'amount']),
      /** The input columns that apply to this row; the others are n/a. Default: all. */
      inputs: z.array(key).min(1).optional(),
    })
    .strict(),
  z.object({ ...rowBase, kind: z.literal('total'), of: z.array(key).min(1) }).strict(),
  z.object({ ...rowBase, kind: z.literal('percent'), formula }).strict(),
]);

export const ruleSchema = z
  .object({
    key,
    severity: z.enum(['error', 'warning']),
    /** A comparison such as `qt_luot_cc <= qt_luot`. */
    check: comparison,
    /** Rows the rule holds in, when `check` names columns only. Default: every row where those cells are figures (not n/a). */
    rows: z.array(key).min(1).optional(),
    /** Columns the rule holds in, when `check` names rows only. Default: the input columns. */
    columns: z.array(key).min(1).optional(),
    /** Short Vietnamese reason, shown in the sheet's check column. */
    hint: text,
  })
  .strict();

export const formSchema = z
  .object({
    key: formKey,
    /** Raised whenever rows or columns change, so older workbooks are read by their own version. */
    version: z.number().int().min(1),
    /** "1", "3A": printed as "Biểu số 1". */
    number: z.string().regex(/^[0-9]+[A-Z]?$/),
    sheetName: text.max(31),
    title: text,
    /** Whether the table has an ĐVT column. */
    unitColumn: z.boolean(),
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
    /** Forms pre-ticked for this unit type. */
    forms: z.array(formKey),
    /** Forms offered but not ticked (a commune may give figures on the district's forms). */
    optionalForms: z.array(formKey).optional(),
    /** ISO date (yyyy-mm-dd) by which the unit reports. */
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Whether this unit consolidates the others instead of filling forms of its own. */
    consolidates: z.boolean().optional(),
    note: text.optional(),
  })
  .strict();

const signerSchema = z
  .object({
    /** "NGƯỜI LẬP BIỂU", "T/M BAN THƯỜNG VỤ". */
    title: text,
    /** "(Ký, ghi rõ họ tên)". */
    hint: text,
  })
  .strict();

/** The printed wording around every form's table: the campaign's, not the product's. */
const textsSchema = z
  .object({
    /** Top left, above the unit name: "ĐẢNG BỘ TỈNH HƯNG YÊN". */
    issuer: text,
    /** Top right: "ĐẢNG CỘNG SẢN VIỆT NAM". */
    motto: text,
    /** "Biểu số {số}": the caption above the title; {số} is the form's number. */
    formNumber: text.refine((s) => s.includes('{số}'), 'phải có chỗ "{số}" cho số biểu'),
    /** "(Kèm theo Báo cáo …)": under every title. */
    subtitle: text,
    /** The reporting window: "Số liệu tính từ …". */
    period: text,
    /** "…, ngày … tháng … năm 2023": above the signatures, a text input. */
    dateLine: text,
    /** Left to right; one signer stands on the right. */
    signers: z.array(signerSchema).min(1).max(2),
  })
  .strict();

export const campaignSchema = z
  .object({
    /** Editors' completion: the JSON Schema published beside the file. */
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION, `tệp dùng định dạng khác; phần mềm này đọc định dạng ${SCHEMA_VERSION}`),
    key,
    /** Raised whenever anything in the file changes, so two copies of one campaign can be told apart. */
    version: z.number().int().min(1),
    name: text,
    shortName: text,
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
