import { z } from 'zod';
import { checkReferences } from './references';

/**
 * The shape of a form definition. Keys are stable ASCII identifiers that files,
 * merges and rules refer to; labels are Vietnamese and must be NFC so that two
 * spellings of the same word never compare unequal.
 */

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'khoá phải là chữ thường ASCII, số và dấu gạch dưới');
const formKey = z.string().regex(/^[A-Z][A-Z0-9]*$/, 'khoá biểu phải là chữ in hoa ASCII và số');
const text = z
  .string()
  .min(1, 'không được để trống')
  .refine((s) => s === s.normalize('NFC'), 'chữ tiếng Việt phải ở dạng Unicode NFC');

const columnBase = { key, header: text, group: text.optional() };

export const columnSchema = z.discriminatedUnion('kind', [
  z.object({ ...columnBase, kind: z.literal('input') }).strict(),
  z
    .object({
      ...columnBase,
      kind: z.literal('formula'),
      formula: z.string(),
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
  z.object({ ...rowBase, kind: z.literal('percent'), formula: z.string() }).strict(),
]);

export const ruleSchema = z
  .object({
    key,
    severity: z.enum(['error', 'warning']),
    /** A comparison such as `qt_luot_cc <= qt_luot`. */
    check: z.string(),
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

export const campaignSchema = z
  .object({
    key,
    name: text,
    shortName: text,
    /** "ĐẢNG BỘ TỈNH …": the line above the unit name on every form. */
    headerLeft: text,
    subtitle: text,
    period: text,
    forms: z.array(formSchema).min(1),
    unitTypes: z.array(unitTypeSchema).min(1),
  })
  .strict();

export type ColumnDef = z.infer<typeof columnSchema>;
export type RowDef = z.infer<typeof rowSchema>;
export type RuleDef = z.infer<typeof ruleSchema>;
export type FormDef = z.infer<typeof formSchema>;
export type UnitTypeDef = z.infer<typeof unitTypeSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
