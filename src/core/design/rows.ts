import { labelSpan, type TableColumn } from './columns';
import { parseOutline, splitLeadingOutline, usesLetters, type Outline } from './outline';
import type { SheetView } from './sheetView';
import { fold } from './text';

/**
 * Each body row of the table: its numbering, label, ĐVT and Mã số, and what
 * kind of line it is before any figure is looked at: a spacer (blank), a
 * placeholder ("……", "Xã …": a line left for more entries), a marker ("Trong
 * đó:", "Chia ra:" alone on its line), or an item. Items get a rank from their
 * numbering (A > I > 1 > 1.1 > a > - > +) and a parent from the ranks.
 */

export type Breakdown = 'trong-do' | 'chia-ra';
export type RowKind = 'spacer' | 'placeholder' | 'marker' | 'item';

export type TableRow = {
  readonly row: number;
  readonly kind: RowKind;
  readonly stt: string;
  readonly outline: Outline;
  readonly label: string;
  readonly unit: string;
  readonly code: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly indent: number;
  /** "Trong đó: cán bộ chủ chốt": a part of the row it sits under. */
  readonly inline: Breakdown | undefined;
  /** "Trong đó:" on its own line, or "Tổng số dân, chia ra:": the rows that follow are parts. */
  readonly opens: Breakdown | undefined;
  rank: number;
  /** Index in the rows array of the row this one sits under. */
  parent: number | undefined;
};

const breakdownOf = (text: string): Breakdown | undefined => {
  const f = fold(text);
  if (/^(trong do|trong so do)\b/.test(f)) return 'trong-do';
  if (/^(chia ra|chia theo|bao gom|gom)\b/.test(f)) return 'chia-ra';
  return undefined;
};

const MARKER = /^(trong do|trong so do|chia ra|chia theo|bao gom|gom)\s*:?$/;
const OPENS = /(?:,|\s)(trong do|chia ra|chia theo|bao gom|gom)\s*:$/;
export const TOTAL_LABEL = /^(tong so|tong cong|cong|tong|tong chung|cong chung|tong so chung|toan (tinh|huyen|xa|thanh pho|quan|thi xa|nganh|truong|don vi|dang bo|khoi))(\s*\(.*\))?\s*:?$/;
/** "Tổng thu ngân sách xã (I+II)", "Cộng (1+2+3)": a label that names what it adds. */
export const COMPOSITION = /\(\s*(?:[IVXL]+|[A-Z]|\d+)(?:\s*\+\s*(?:[IVXL]+|[A-Z]|\d+))+\s*\)/;
/** "Cộng I", "Cộng mục II", "Cộng phần A": the subtotal closing a section. */
const SUBTOTAL = /^(cong|tong cong|tong so)\s+(muc |phan |khoi )?([ivxl]+|[a-h]|\d+)\s*:?$/;
export const isTotalLabel = (label: string): boolean => {
  const f = fold(label).replace(/[.:]+$/, '').trim();
  return TOTAL_LABEL.test(f) || SUBTOTAL.test(f) || (/^(tong|cong)\b/.test(f) && COMPOSITION.test(label));
};
/** The section a subtotal names ("Cộng II" → "II"), if it names one. */
export const subtotalOf = (label: string): string | undefined => SUBTOTAL.exec(fold(label).replace(/[.:]+$/, '').trim())?.[3]?.toUpperCase();

/** "……", "...", "Xã …", "Đơn vị ....": a line left open for entries the table cannot list. */
export const isPlaceholder = (label: string): boolean => /^[.…_\s-]*$/.test(label) || /(…|\.{3,})\s*$/.test(label);

export function readRows(view: SheetView, columns: readonly TableColumn[], top: number, bottom: number): TableRow[] {
  const stt = columns.find((c) => c.kind === 'stt')?.column;
  const unit = columns.find((c) => c.kind === 'unit')?.column;
  const code = columns.find((c) => c.kind === 'code')?.column;
  const span = labelSpan(columns);
  const values = columns.filter((c) => c.kind === 'value').map((c) => c.column);
  const firstLabel = span[0];

  const raw = [];
  for (let r = top; r <= bottom; r += 1) {
    let number = stt === undefined ? '' : view.text(r, stt);
    let label = span
      .map((c) => view.text(r, c))
      .filter(Boolean)
      .join(' ');
    if (number === '') {
      const split = splitLeadingOutline(label);
      if (split) {
        number = split.stt;
        label = split.label;
      }
    }
    const hasValues = values.some((c) => !view.blank(r, c));
    raw.push({ r, number, label, hasValues });
  }
  const letters = usesLetters(raw.map((x) => x.number));

  const rows: TableRow[] = raw.map(({ r, number, label, hasValues }) => {
    const folded = fold(label);
    const style = firstLabel === undefined ? { bold: false, italic: false, indent: 0 } : { bold: view.bold(r, firstLabel), italic: view.italic(r, firstLabel), indent: view.indent(r, firstLabel) };
    const base = {
      row: r,
      stt: number,
      outline: parseOutline(number, letters),
      label,
      unit: unit === undefined ? '' : view.text(r, unit),
      code: code === undefined ? '' : view.text(r, code),
      ...style,
      rank: 0,
      parent: undefined,
    };
    const dots = /^[.…_\s-]*$/.test(number);
    if (label === '' && (number === '' || dots) && !hasValues) return { ...base, kind: 'spacer', inline: undefined, opens: undefined };
    if (isPlaceholder(label) && (number === '' || dots || !hasValues) && !valuesFilled(view, r, values))
      return { ...base, kind: 'placeholder', inline: undefined, opens: undefined };
    if (MARKER.test(folded) && !hasValues) return { ...base, kind: 'marker', inline: undefined, opens: breakdownOf(label) };
    const opens = OPENS.exec(folded);
    return { ...base, kind: 'item', inline: breakdownOf(label), opens: opens ? breakdownOf(opens[1] as string) : undefined };
  });
  assignRanks(rows);
  return rows;
}

function valuesFilled(view: SheetView, row: number, values: readonly number[]): boolean {
  return values.some((c) => view.number(row, c) !== undefined || view.formula(row, c) !== undefined);
}

function assignRanks(rows: TableRow[]): void {
  const items = rows.filter((r) => r.kind === 'item');
  const defined = items.map((r) => r.outline.rank).filter((x): x is number => x !== undefined);
  const top = defined.length > 0 ? Math.min(...defined) : 2;
  let previous: TableRow | undefined;
  let whole: TableRow | undefined;
  for (const row of rows) {
    if (row.kind === 'spacer') {
      whole = undefined;
      continue;
    }
    if (row.kind === 'placeholder') {
      row.rank = previous?.rank ?? top;
      continue;
    }
    if (row.kind === 'marker') {
      whole = previous;
      row.rank = (previous?.rank ?? top) + 0.5;
      continue;
    }
    const own = row.outline.rank;
    if (own !== undefined) {
      row.rank = own;
      if (whole && own <= whole.rank) whole = undefined;
    } else if (isTotalLabel(row.label)) {
      row.rank = row === items[0] || row === items[items.length - 1] ? top - 1 : (previous?.rank ?? top);
      whole = undefined;
    } else if (row.inline) {
      const after = previous?.inline ? previous.rank : (previous?.rank ?? top) + 0.5;
      row.rank = after;
    } else if (whole) row.rank = whole.rank + 0.5;
    else if (previous && row.indent > previous.indent) row.rank = previous.rank + 0.5;
    else if (previous && previous.outline.rank !== undefined && previous.bold && !row.bold) row.rank = previous.rank + 1;
    else row.rank = previous?.rank ?? top;
    if (row.opens) whole = row;
    previous = row;
  }
  rows.forEach((row, i) => {
    if (row.kind !== 'item' && row.kind !== 'placeholder') return;
    for (let j = i - 1; j >= 0; j -= 1) {
      const other = rows[j] as TableRow;
      if (other.kind === 'item' && other.rank < row.rank) {
        row.parent = j;
        return;
      }
    }
  });
}
