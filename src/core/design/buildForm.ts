import type { Expr } from '../../forms/expression';
import { SHEET_NAME_MAX, type FormFile } from '../../forms/schema';
import { mapRefs, namesOf, printExpr } from './cellExpr';
import { formKeyOf, KeyMaker, slug } from './keys';
import type { DesignTable } from './table';
import type { TitleBlock } from './titleBlock';
import { clean } from './text';
import { valueKindOf } from './valueKinds';

/**
 * The campaign-file form from a table as the designer read it: keys made from
 * the labels, formulas and rules written over those keys, each row's level,
 * ĐVT, value kind and the columns it does not apply to.
 */

type ColumnFile = FormFile['columns'][number];
type RowFile = FormFile['rows'][number];
type RuleFile = FormFile['rules'][number];

export type BuiltForm = {
  readonly form: FormFile;
  readonly rowKeys: ReadonlyMap<number, string>;
  readonly columnKeys: ReadonlyMap<number, string>;
};

export type BuildOptions = { readonly key?: string | undefined; readonly sheetName: string; readonly fallbackNumber: string };

const levelOf = (rank: number, top: number) => (rank <= 1.5 ? 0 : rank <= Math.max(2, top) ? 1 : 2);
const strip = (label: string) => clean(label);

export function buildForm(t: DesignTable, titles: TitleBlock, options: BuildOptions): BuiltForm {
  const keys = new KeyMaker();
  const columnKeys = new Map<number, string>();
  const rowKeys = new Map<number, string>();
  const valueColumns = t.columns.filter((c) => c.kind === 'value' || c.kind === 'note');

  const leaves = valueColumns.map((c) => c.header.at(-1) ?? '');
  for (const c of valueColumns) {
    const leaf = c.header.at(-1) ?? '';
    const duplicated = leaves.filter((l) => slug(l) === slug(leaf)).length > 1;
    const text = duplicated && c.header.length > 1 ? `${slug(c.header.at(-2) ?? '', 2)} ${leaf}` : leaf;
    columnKeys.set(c.column, keys.make(text, 'cot'));
  }
  const items = t.items().filter((i) => t.kindOf(i) !== undefined);
  for (const i of items) rowKeys.set(i, keys.make(t.row(i).label.replace(/^(trong đó|trong số đó|chia ra)\s*:?\s*/i, ''), 'hang'));

  const byLetter = new Map(t.columns.map((c) => [c.letter, c.column]));
  const columnKey = (letter: string) => columnKeys.get(byLetter.get(letter) ?? -1);
  const numericColumns = new Set(t.values.map((c) => c.column));

  const columns: ColumnFile[] = valueColumns.map((c) => {
    const key = columnKeys.get(c.column) as string;
    const header = clean(c.header.at(-1) ?? '') || `Cột ${c.letter}`;
    const groupLevels = c.header.slice(0, -1);
    const group = groupLevels.length > 0 ? { group: groupLevels.join(' – ') } : {};
    if (groupLevels.length > 1) t.decide(`cột ${c.letter}`, `cột ${c.letter} có ${groupLevels.length + 1} tầng tiêu đề; biểu chỉ có một tầng nhóm nên ghi nhóm là "${group.group}"`);
    if (c.kind === 'note') return { key, header, ...group, kind: 'note' };
    const resolution = t.columnKind.get(c.column);
    if (resolution?.kind === 'formula') {
      const names = namesOf(resolution.expr);
      const bad = names.filter((n) => !numericColumns.has(byLetter.get(n) ?? -1) || byLetter.get(n) === c.column);
      if (bad.length === 0) {
        const formula = printExpr(mapRefs(resolution.expr, (n) => columnKey(n) as string));
        return { key, header, ...group, kind: 'formula', formula, ...(resolution.percent ? { percent: true } : {}) };
      }
      t.doubt(`cột ${c.letter}`, `công thức của cột ${c.letter} dùng cột ${bad.join(', ')} không phải cột số: để là cột nhập`);
    }
    return { key, header, ...group, kind: 'input' };
  });
  const inputColumns = t.values.filter((c) => columns.find((x) => x.key === columnKeys.get(c.column))?.kind === 'input');

  const ranks = items.map((i) => t.row(i).rank);
  const top = Math.min(...ranks.filter((r) => r > 1.5), 2);
  const valueRow = (i: number) => t.kindOf(i) === 'data' || t.kindOf(i) === 'total';
  const rows: RowFile[] = [];
  const mixed: number[] = [];
  for (const i of items) {
    const row = t.row(i);
    const key = rowKeys.get(i) as string;
    const label = strip(row.label) || row.stt || `Hàng ${row.row + 1}`;
    if (strip(row.label) === '') t.doubt(t.where(i), `hàng ${row.row + 1} không có nội dung: đặt tạm là "${label}"`);
    const base = { key, stt: row.stt, label, ...(row.unit !== '' ? { unit: row.unit } : {}), level: levelOf(row.rank, top) };
    const resolution = t.rowKind.get(i);
    if (resolution?.kind === 'section') rows.push({ ...base, kind: 'section' });
    else if (resolution?.kind === 'total') {
      const of = resolution.of.filter(valueRow);
      const dropped = resolution.of.filter((j) => !valueRow(j));
      if (dropped.length > 0) t.doubt(t.where(i), `${t.describe(i)} cộng ${dropped.map((j) => t.describe(j)).join(', ')} là hàng không có số: bỏ khỏi tổng`);
      if (of.length > 0) rows.push({ ...base, kind: 'total', of: of.map((j) => rowKeys.get(j) as string) });
      else rows.push({ ...base, kind: 'section' });
    } else if (resolution?.kind === 'percent') {
      const names = namesOf(resolution.formula);
      const bad = names.filter((n) => !valueRow(Number(n.slice(1))));
      if (bad.length === 0) rows.push({ ...base, kind: 'percent', formula: printExpr(mapRefs(resolution.formula, (n) => rowKeys.get(Number(n.slice(1))) as string)) });
      else {
        t.doubt(t.where(i), `tỷ lệ ở ${t.describe(i)} dùng hàng không có số: để là hàng nhập`);
        rows.push({ ...base, kind: 'data', valueKind: 'amount' });
      }
    } else {
      const kind = valueKindOf(t, i);
      if (kind.mixed) mixed.push(i);
      const inputs = inputColumns.filter((c) => !t.na.has(`${i},${c.column}`)).map((c) => columnKeys.get(c.column) as string);
      const restricted = inputs.length < inputColumns.length && inputs.length > 0 ? { inputs } : {};
      rows.push({ ...base, kind: 'data', valueKind: kind.kind, ...restricted });
    }
  }

  if (mixed.length > 0) {
    const first = mixed[0] as number;
    t.doubt(
      mixed.length === 1 ? t.where(first) : 'bảng',
      `${mixed.length === 1 ? t.describe(first) : `${mixed.length} hàng (${mixed.map((i) => t.row(i).row + 1).join(', ')})`} có cột tiền (${valueKindOf(t, first).mixed}) lẫn cột đếm: biểu chỉ có một kiểu số cho mỗi hàng, chọn số có một chữ số thập phân cho cả hàng`,
    );
  }
  const ruleKeys = new KeyMaker();
  const rules: RuleFile[] = [];
  const rowKind = new Map(rows.map((r) => [r.key, r.kind]));
  for (const rule of t.rules) {
    const rename = (n: string) => (rule.scope === 'rows' ? rowKeys.get(Number(n.slice(1))) : columnKey(n));
    const names = [...namesOf(rule.left), ...namesOf(rule.right)];
    const renamed = names.map(rename);
    const usable = renamed.every((k) => k !== undefined && (rule.scope === 'rows' ? ['data', 'total'].includes(rowKind.get(k) ?? '') : columns.some((c) => c.key === k && c.kind !== 'note')));
    if (!usable) continue;
    const side = (e: Expr) => printExpr(mapRefs(e, (n) => rename(n) as string));
    const op = rule.op === '<=' ? 'le' : rule.op === '>=' ? 'ge' : 'eq';
    rules.push({
      key: ruleKeys.make(`${renamed[0]}_${op}_${renamed[renamed.length - 1]}`.slice(0, 48), 'kiem_tra'),
      severity: rule.severity,
      check: `${side(rule.left)} ${rule.op} ${side(rule.right)}`,
      hint: rule.hint,
    });
    if (rule.doubt) t.doubt(rule.scope === 'rows' ? t.where(Number((names[0] as string).slice(1))) : `cột ${names[0]}`, rule.doubt);
  }

  const number = titles.number && /^[0-9]+[A-Z]?$/.test(titles.number) ? titles.number : options.fallbackNumber;
  if (!titles.number) t.decide('số biểu', `không thấy "Biểu số …" trên bảng: đặt số biểu là ${number}`);
  const title = titles.title ?? clean(options.sheetName).toUpperCase();
  if (!titles.title) t.doubt('tên biểu', `không thấy tên biểu (dòng in hoa, chữ đậm) trên bảng: đặt tạm là tên sheet "${title}"`);
  const form: FormFile = {
    key: options.key ?? formKeyOf(number),
    version: 1,
    number,
    sheetName: clean(options.sheetName).slice(0, SHEET_NAME_MAX) || `Biểu ${number}`,
    title,
    unitColumn: t.columns.some((c) => c.kind === 'unit'),
    columns,
    rows,
    rules,
  };
  return { form, rowKeys, columnKeys };
}
