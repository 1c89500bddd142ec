import type { Expr } from '../../forms/expression';
import { printExpr, sumExpr, sumTerms } from './cellExpr';
import type { TableColumn } from './columns';
import { isTotalHeader } from './totalColumns';
import type { DesignTable } from './table';
import { addRule, exceedsHint, sumHint } from './ruleText';
import { clean, contentWords, fold } from './text';

/**
 * "Trong đó" (of which) and "Chia ra" (broken down into), in rows and in
 * column headings: a part of which is at most its whole, never summed into
 * it; the parts a whole is broken into add up to it. Both become rules; the
 * whole stays a figure the unit types (unless the sheet computes it).
 */

const ref = (first: string): Expr => ({ type: 'ref', first });
const label = (t: DesignTable, i: number) => clean(t.row(i).label.replace(/^(trong đó|trong số đó|chia ra)\s*:?\s*/i, '')) || t.row(i).label;

export function resolveRowBreakdowns(t: DesignTable): void {
  const groups = new Map<string, { whole: number; kind: 'trong-do' | 'chia-ra'; parts: number[] }>();
  for (const [part, { whole, kind }] of t.partOf) {
    const key = `${whole}:${kind}`;
    const g = groups.get(key) ?? { whole, kind, parts: [] };
    g.parts.push(part);
    groups.set(key, g);
  }
  for (const { whole, kind, parts } of groups.values()) {
    const wholeKind = t.kindOf(whole);
    const usable = parts.filter((p) => t.kindOf(p) === 'data' || t.kindOf(p) === 'total');
    if (wholeKind !== 'data' && wholeKind !== 'total') {
      t.doubt(t.where(whole), `${t.describe(whole)} có các phần "${kind === 'trong-do' ? 'trong đó' : 'chia ra'}" nhưng bản thân không có số: không đặt quy tắc`);
      continue;
    }
    const resolution = t.rowKind.get(whole);
    if (resolution?.kind === 'total' && [...resolution.of].sort().join() === [...usable].sort().join()) continue;
    if (kind === 'trong-do') {
      for (const p of usable) {
        const added = addRule(t.rules, {
          severity: 'error',
          op: '<=',
          left: ref(`r${p}`),
          right: ref(`r${whole}`),
          scope: 'rows',
          hint: exceedsHint(label(t, p), t.row(whole).label),
          reason: `${t.describe(p)} là phần "trong đó" của ${t.describe(whole)}: không vượt tổng, không cộng vào tổng`,
        });
        if (added) t.decide(t.where(p), `quy tắc: ${t.describe(p)} ≤ ${t.describe(whole)} ("Trong đó")`);
      }
      continue;
    }
    if (usable.length < 2) {
      t.doubt(t.where(whole), `${t.describe(whole)} "chia ra" chỉ có một phần: không đặt quy tắc`);
      continue;
    }
    addRule(t.rules, {
      severity: 'error',
      op: '=',
      left: sumExpr(usable.map((p) => `r${p}`)),
      right: ref(`r${whole}`),
      scope: 'rows',
      hint: sumHint(t.row(whole).label),
      reason: `các hàng ${usable.map((p) => t.row(p).row + 1).join(', ')} chia ra ${t.describe(whole)}: cộng lại bằng tổng`,
    });
    t.decide(t.where(whole), `quy tắc: các phần "chia ra" (${usable.map((p) => `hàng ${t.row(p).row + 1}`).join(', ')}) cộng lại bằng ${t.describe(whole)}`);
  }
}

type Group = { level: number; text: string; members: TableColumn[] };

/** Every heading that spans columns, with the value columns under it (spacer columns between them do not split a group). */
function columnGroups(t: DesignTable): Group[] {
  const groups: Group[] = [];
  const open = new Map<number, Group>();
  let previous: TableColumn | undefined;
  for (const c of t.values) {
    c.header.slice(0, -1).forEach((text, level) => {
      const prefix = c.header.slice(0, level + 1).join('|');
      const current = open.get(level);
      if (current && previous && previous.header.length > level + 1 && previous.header.slice(0, level + 1).join('|') === prefix) current.members.push(c);
      else {
        const group = { level, text, members: [c] };
        groups.push(group);
        open.set(level, group);
      }
    });
    previous = c;
  }
  return groups;
}

/** The column a group's parts belong to: named in the heading ("Trong đó, tại thời điểm 6/2023"), else the "Tổng số" beside the group. */
function wholeOf(t: DesignTable, group: Group): TableColumn | undefined {
  const members = new Set(group.members.map((m) => m.column));
  const others = t.values.filter((c) => !members.has(c.column));
  const rest = fold(group.text).replace(/^(trong do|trong so do|chia ra|chia theo|phan theo|bao gom|gom)[\s,:]*/, '');
  const marks = rest.split(/[^a-z0-9/]+/).filter((w) => /\d/.test(w));
  if (marks.length > 0) {
    const named = others.filter((c) => marks.every((m) => fold(c.header.join(' ')).includes(m)));
    if (named.length === 1) return named[0];
  }
  const words = contentWords(rest);
  if (words.length > 0) {
    const named = others.filter((c) => {
      const own = new Set(contentWords(c.header[c.header.length - 1] ?? ''));
      return words.every((w) => own.has(w));
    });
    if (named.length === 1) return named[0];
  }
  const first = group.members[0] as TableColumn;
  const prefix = first.header.slice(0, group.level).join('|');
  const siblings = others.filter((c) => c.header.length === group.level + 1 && c.header.slice(0, group.level).join('|') === prefix && c.column < first.column);
  const total = [...siblings].reverse().find((c) => isTotalHeader(c.header[c.header.length - 1] ?? ''));
  return total ?? siblings[siblings.length - 1];
}

const CATCH_ALL = /^(duoi|khac|con lai|chua qua|chua co|chua dat|khong|tu \d+ tro len|tren)\b|chua qua dao tao|\bkhac$/;

/** The column that stands for each heading directly under a group: a leaf itself, or a sub-group's count ("Số lượng", "Tổng số", else its first). */
function directParts(group: Group): { text: string; column: TableColumn }[] {
  const out: { text: string; column: TableColumn }[] = [];
  for (const m of group.members) {
    const text = m.header[group.level + 1] ?? '';
    const known = out.find((o) => o.text === text);
    const leaf = fold(m.header.at(-1) ?? '');
    if (!known) out.push({ text, column: m });
    else if (m.header.length > group.level + 2 && (isTotalHeader(leaf) || /^so luong\b/.test(leaf)) && !/^so luong\b|^tong/.test(fold(known.column.header.at(-1) ?? ''))) known.column = m;
  }
  return out;
}

export function resolveColumnBreakdowns(t: DesignTable): void {
  let named: TableColumn | undefined;
  for (const group of columnGroups(t)) {
    const text = fold(group.text);
    const kind = /^(trong do|trong so do)\b/.test(text) ? 'trong-do' : /^(chia ra|chia theo|phan theo|bao gom|gom)\b/.test(text) ? 'chia-ra' : undefined;
    const direct = directParts(group);
    const lastPart = fold(direct[direct.length - 1]?.text ?? '');
    const partition = kind === undefined && direct.length >= 2 && CATCH_ALL.test(lastPart);
    if (!kind && !partition) continue;
    const whole = partition ? (named ?? wholeOf(t, group)) : wholeOf(t, group);
    const where = `cột ${group.members[0]?.letter}–${group.members.at(-1)?.letter}`;
    if (!whole) {
      t.doubt(where, `nhóm cột "${group.text}" là các phần của một tổng nhưng không tìm được cột tổng: không đặt quy tắc`);
      continue;
    }
    if (kind === 'trong-do') named = whole;
    const parts = kind === 'trong-do' ? group.members.filter((m) => m.header.length === group.level + 2) : direct.map((d) => d.column);
    if (kind === 'trong-do') {
      for (const p of parts)
        addRule(t.rules, {
          severity: 'error',
          op: '<=',
          left: ref(p.letter),
          right: ref(whole.letter),
          scope: 'columns',
          hint: exceedsHint(p.header.at(-1) ?? p.letter, whole.header.at(-1) ?? whole.letter),
          reason: `cột ${p.letter} thuộc nhóm "${group.text}" của cột ${whole.letter}`,
        });
      t.decide(where, `quy tắc: mỗi cột của nhóm "${group.text}" không vượt cột ${whole.letter} ${t.heading(whole.column)}`);
      continue;
    }
    const resolution = t.columnKind.get(whole.column);
    const sum = sumExpr(parts.map((p) => p.letter));
    if (resolution?.kind === 'formula' && sumTerms(resolution.expr)?.sort().join() === parts.map((p) => p.letter).sort().join()) continue;
    addRule(t.rules, {
      severity: 'error',
      op: '=',
      left: sum,
      right: ref(whole.letter),
      scope: 'columns',
      hint: sumHint(whole.header.at(-1) ?? whole.letter),
      reason: `các cột ${printExpr(sum)} ${partition ? 'chia hết' : 'chia ra'} cột ${whole.letter}`,
      ...(partition
        ? {
            doubt: `nhóm cột "${group.text}" có mục cuối "${direct.at(-1)?.text}" (phần còn lại): đoán là các cột ${parts.map((p) => p.letter).join(', ')} cộng lại bằng cột ${whole.letter} ${t.heading(whole.column)}`,
          }
        : {}),
    });
    if (!partition) t.decide(where, `quy tắc: các cột của nhóm "${group.text}" cộng lại bằng cột ${whole.letter} ${t.heading(whole.column)}`);
  }
  for (const c of t.values) {
    const leaf = c.header.at(-1) ?? '';
    if (!/^(trong do|trong so do)\b/.test(fold(leaf))) continue;
    const parent = c.header.slice(0, -1).join('|');
    const whole = [...t.values]
      .reverse()
      .find((w) => w.column < c.column && w.header.slice(0, -1).join('|') === parent && !/^(trong do|trong so do)\b/.test(fold(w.header.at(-1) ?? '')));
    if (!whole) {
      t.doubt(`cột ${c.letter}`, `cột ${c.letter} "${leaf}" là phần "trong đó" nhưng không tìm được cột tổng bên trái: không đặt quy tắc`);
      continue;
    }
    addRule(t.rules, {
      severity: 'error',
      op: '<=',
      left: ref(c.letter),
      right: ref(whole.letter),
      scope: 'columns',
      hint: exceedsHint(clean(leaf.replace(/^trong (số )?đó\s*:?\s*/i, '')) || leaf, whole.header.at(-1) ?? whole.letter),
      reason: `cột ${c.letter} "${leaf}" là phần "trong đó" của cột ${whole.letter}`,
    });
    t.decide(`cột ${c.letter}`, `quy tắc: cột ${c.letter} "${leaf}" không vượt cột ${whole.letter} ${t.heading(whole.column)}`);
  }
}
