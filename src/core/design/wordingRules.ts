import type { Expr } from '../../forms/expression';
import { namesOf, ratio } from './cellExpr';
import { addRule, exceedsHint, fewerHint, implied } from './ruleText';
import type { DesignTable } from './table';
import { contentWords, fold, hasPhrase, words } from './text';

/**
 * Rules a careful reader draws from the wording, each a guess said as one:
 * - an outcome row is within the row it follows ("Đơn … đã giải quyết" ≤ "Đơn …
 *   thuộc thẩm quyền"; "Hồ sơ được giải quyết đúng hạn" ≤ "Hồ sơ tiếp nhận");
 * - the rows of a section that count what its first row counts are within it
 *   ("Cơ quan tổ chức hội nghị …" ≤ "Số cơ quan");
 * - people taking part are at least as many as the events they took part in
 *   (warning: "Lượt người tham dự" ≥ "Cuộc đối thoại");
 * - a ratio's numerator is within its denominator, unless it compares with a
 *   plan or a previous period.
 */

const OUTCOME = [
  'da duoc giai quyet',
  'da giai quyet',
  'duoc giai quyet',
  'duoc tiep thu',
  'da tiep thu',
  'dung han',
  'thuoc tham quyen',
  'da hoan thanh',
  'da thuc hien',
  'da xu ly',
  'duoc xu ly',
  'dat chuan',
  'dat yeu cau',
];
const EVENTS = new Set(['cuoc', 'buoi', 'hoi nghi', 'lop', 'dot', 'ky hop', 'phien', 'hoi thi']);
const MONEY_OR_MEASURE = /(dong|trieu|nghin|usd|%|‰|\bha\b|tan|kg|lit|m2|m3|km|ngay cong)/;

const ref = (first: string): Expr => ({ type: 'ref', first });
const head = (text: string) => {
  const w = words(text);
  return (w[0] === 'so' ? w.slice(1) : w).slice(0, 2).join(' ');
};

function sameHead(a: string, b: string, unitA: string, unitB: string): boolean {
  const ha = head(a).split(' ');
  const hb = head(b).split(' ');
  if (ha[0] === undefined || ha[0] !== hb[0]) return false;
  return ha.join(' ') === hb.join(' ') || (unitA !== '' && fold(unitA) === fold(unitB));
}

const outcomes = (text: string) => OUTCOME.filter((p) => hasPhrase(text, p));
/** The row says an outcome its predecessor does not ("… đã giải quyết" after "… thuộc thẩm quyền giải quyết"). */
const narrows = (text: string, previous: string) => {
  const before = outcomes(previous);
  return outcomes(text).some((o) => !before.includes(o) && !before.some((b) => b.includes(o)));
};

function guess(t: DesignTable, rule: Parameters<typeof addRule>[1]): void {
  const [at, ...rest] = rule.reason.split(': ');
  if (addRule(t.rules, { ...rule, reason: rest.join(': ') })) t.decide(at ?? '', `quy tắc đề xuất: ${rest.join(': ')}`);
}

export function resolveWordingRules(t: DesignTable): void {
  const items = t.items().filter((i) => t.kindOf(i) === 'data' || t.kindOf(i) === 'total');
  const previousItem = (i: number) => {
    const before = t.items().filter((j) => j < i);
    return before[before.length - 1];
  };

  // Outcome rows.
  for (const i of items) {
    const row = t.row(i);
    const p = previousItem(i);
    if (p === undefined || !items.includes(p) || t.row(p).rank !== row.rank || t.partOf.has(i)) continue;
    if (!narrows(row.label, t.row(p).label)) continue;
    if (!sameHead(row.label, t.row(p).label, row.unit, t.row(p).unit) || fold(row.unit) !== fold(t.row(p).unit)) continue;
    if (implied(t.rules, `r${i}`, `r${p}`)) continue;
    guess(t, {
      severity: 'error',
      op: '<=',
      left: ref(`r${i}`),
      right: ref(`r${p}`),
      scope: 'rows',
      hint: exceedsHint(row.label, t.row(p).label),
      reason: `${t.where(i)}: ${t.describe(i)} là kết quả của ${t.describe(p)}, không vượt nó`,
      doubt: `quy tắc ${t.describe(i)} ≤ ${t.describe(p)} đoán theo lời ("đã giải quyết", "đúng hạn"…), không theo cấu trúc bảng`,
    });
  }

  // Rows within the population their section's first row counts.
  const bySection = new Map<number | undefined, number[]>();
  for (const i of items) {
    if (t.partOf.has(i)) continue;
    const key = t.row(i).parent;
    bySection.set(key, [...(bySection.get(key) ?? []), i]);
  }
  for (const [section, members] of bySection) {
    const [first, ...rest] = members;
    // Only under a heading: the first row of a flat list is just its first indicator.
    if (section === undefined || first === undefined || rest.length === 0) continue;
    const unit = fold(t.row(first).unit);
    if (unit === '') continue;
    const explicit = new RegExp(`^(tong )?so ${unit}\\b`).test(fold(t.row(first).label));
    const startsWithUnit = (i: number) => fold(t.row(i).label).replace(/^so /, '').startsWith(unit) && fold(t.row(i).unit) === unit;
    const everyRow = members.length >= 3 && members.every(startsWithUnit);
    if (!explicit && !everyRow) continue;
    for (const i of rest) {
      if (!startsWithUnit(i) || implied(t.rules, `r${i}`, `r${first}`)) continue;
      if (t.rules.some((r) => r.scope === 'rows' && namesOf(r.left).includes(`r${i}`))) continue;
      guess(t, {
        severity: 'error',
        op: '<=',
        left: ref(`r${i}`),
        right: ref(`r${first}`),
        scope: 'rows',
        hint: exceedsHint(t.row(i).label, t.row(first).label),
        reason: `${t.where(i)}: ${t.describe(i)} đếm một phần của ${t.describe(first)}`,
        doubt: explicit
          ? `quy tắc ${t.describe(i)} ≤ ${t.describe(first)} đoán theo lời ("Số ${t.row(first).unit}" rồi các hàng cùng ĐVT)`
          : `quy tắc ${t.describe(i)} ≤ ${t.describe(first)} đoán theo lời: mọi hàng của mục đều đếm "${t.row(first).unit}", hàng đầu được coi là tổng thể`,
      });
    }
  }

  // People (or things) taking part ≥ the events.
  for (const i of items) {
    const p = previousItem(i);
    if (p === undefined || !items.includes(p) || t.row(p).rank !== t.row(i).rank) continue;
    const eventUnit = fold(t.row(p).unit);
    const unit = fold(t.row(i).unit);
    if (!EVENTS.has(eventUnit) || unit === '' || EVENTS.has(unit) || MONEY_OR_MEASURE.test(unit)) continue;
    const shared = contentWords(t.row(i).label).filter((w) => contentWords(t.row(p).label).includes(w) && !fold(t.row(i).unit).split(' ').includes(w));
    if (shared.length === 0 && !/\b(tham du|tham gia)\b/.test(fold(t.row(i).label))) continue;
    guess(t, {
      severity: 'warning',
      op: '>=',
      left: ref(`r${i}`),
      right: ref(`r${p}`),
      scope: 'rows',
      hint: fewerHint(t.row(i).label, t.row(p).label),
      reason: `${t.where(i)}: ${t.describe(i)} đếm người hoặc đối tượng của ${t.describe(p)}, thường không ít hơn số ${t.row(p).unit}`,
      doubt: `cảnh báo ${t.describe(i)} ≥ ${t.describe(p)} đoán theo ĐVT ("${t.row(i).unit}" của mỗi "${t.row(p).unit}")`,
    });
  }

  // Outcome columns within the column they follow, under the same heading.
  const values = t.values.filter((c) => t.isInputColumn(c.column));
  values.forEach((c, k) => {
    const p = values[k - 1];
    if (!p || p.header.slice(0, -1).join('|') !== c.header.slice(0, -1).join('|')) return;
    const leaf = c.header.at(-1) ?? '';
    const previous = p.header.at(-1) ?? '';
    if (!narrows(leaf, previous) || !sameHead(leaf, previous, '', '')) return;
    guess(t, {
      severity: 'error',
      op: '<=',
      left: ref(c.letter),
      right: ref(p.letter),
      scope: 'columns',
      hint: exceedsHint(leaf, previous),
      reason: `cột ${c.letter}: cột ${c.letter} "${leaf}" là kết quả của cột ${p.letter} "${previous}"`,
      doubt: `quy tắc cột ${c.letter} ≤ cột ${p.letter} đoán theo lời tiêu đề`,
    });
  });

  // Cumulative since the start of the year is at least the period's figure.
  for (const c of values) {
    if (!/^luy ke\b/.test(fold(c.header.at(-1) ?? ''))) continue;
    const period = values.find((p) => p !== c && /\b(trong (quy|thang|ky|nam)|ky bao cao|thuc hien trong)\b/.test(fold(p.header.at(-1) ?? '')) && p.header.slice(0, -1).join('|') === c.header.slice(0, -1).join('|'));
    if (!period) continue;
    guess(t, {
      severity: 'error',
      op: '>=',
      left: ref(c.letter),
      right: ref(period.letter),
      scope: 'columns',
      hint: fewerHint(c.header.at(-1) ?? c.letter, period.header.at(-1) ?? period.letter),
      reason: `cột ${c.letter}: cột ${c.letter} "${c.header.at(-1)}" cộng dồn cả cột ${period.letter} "${period.header.at(-1)}"`,
      doubt: `quy tắc cột ${c.letter} ≥ cột ${period.letter} đoán theo lời tiêu đề ("Lũy kế")`,
    });
  }

  // A ratio's numerator within its denominator.
  // A ratio to a plan, a budget or another period may pass 100%; a ratio to the whole it is part of may not.
  const comparesWithPlan = (text: string) => /\b(ke hoach|chi tieu giao|du toan|uoc thuc hien|cung ky|nam truoc|ky truoc|tang|giam|binh quan|trung binh)\b/.test(fold(text));
  for (const c of t.values) {
    const resolution = t.columnKind.get(c.column);
    if (resolution?.kind !== 'formula' || !resolution.percent || comparesWithPlan(c.header.join(' '))) continue;
    const r = ratio(resolution.expr);
    const [n] = r ? namesOf(r.numerator) : [];
    const [d] = r ? namesOf(r.denominator) : [];
    if (!r || n === undefined || d === undefined || namesOf(r.numerator).length !== 1 || namesOf(r.denominator).length !== 1) continue;
    const headerOf = (letter: string) => t.columns.find((x) => x.letter === letter)?.header.join(' ') ?? '';
    if (comparesWithPlan(`${headerOf(n)} ${headerOf(d)}`)) continue;
    if (t.rules.some((x) => x.scope === 'columns' && namesOf(x.left).includes(n) && namesOf(x.right).includes(d))) continue;
    if (t.rules.some((x) => x.scope === 'columns' && x.op === '=' && namesOf(x.left).includes(n) && namesOf(x.right).includes(d))) continue;
    guess(t, {
      severity: 'error',
      op: '<=',
      left: ref(n),
      right: ref(d),
      scope: 'columns',
      hint: exceedsHint(t.columns.find((x) => x.letter === n)?.header.at(-1) ?? n, t.columns.find((x) => x.letter === d)?.header.at(-1) ?? d),
      reason: `cột ${c.letter}: cột ${c.letter} là tỷ lệ cột ${n} trên cột ${d}, nên cột ${n} không vượt cột ${d}`,
      doubt: `quy tắc cột ${n} ≤ cột ${d} đoán từ tỷ lệ ở cột ${c.letter} (tỷ lệ không quá 100%)`,
    });
  }
  for (const i of t.items()) {
    const resolution = t.rowKind.get(i);
    if (resolution?.kind !== 'percent' || comparesWithPlan(t.row(i).label)) continue;
    const operands = namesOf(resolution.formula).map((n) => t.row(Number(n.slice(1))).label);
    if (comparesWithPlan(operands.join(' '))) continue;
    const r = ratio(resolution.formula);
    const [n] = r ? namesOf(r.numerator) : [];
    const [d] = r ? namesOf(r.denominator) : [];
    if (!r || n === undefined || d === undefined || implied(t.rules, n, d)) continue;
    guess(t, {
      severity: 'error',
      op: '<=',
      left: ref(n),
      right: ref(d),
      scope: 'rows',
      hint: exceedsHint(t.row(Number(n.slice(1))).label, t.row(Number(d.slice(1))).label),
      reason: `${t.where(i)}: ${t.describe(i)} là tỷ lệ của hai hàng, tử số không vượt mẫu số`,
      doubt: `quy tắc ${t.describe(Number(n.slice(1)))} ≤ ${t.describe(Number(d.slice(1)))} đoán từ hàng tỷ lệ ${t.describe(i)}`,
    });
  }
}
