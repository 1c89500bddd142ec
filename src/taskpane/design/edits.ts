import { KeyMaker } from '../../core/design/keys';
import type { FormProposal, RowReport } from '../../core/design/types';
import { CatalogError, defineForm } from '../../forms/defineForm';
import type { FormFile } from '../../forms/schema';
import { pruneReferences } from './prune';

/**
 * What a person changes in the designer's proposal: the role of a row or a
 * column. The proposal itself is never touched; the designed form is the
 * proposal with the edits applied in order, each followed by the clean-up of
 * what it left pointing at nothing (prune.ts) and checked by `defineForm`, so
 * Undo is dropping the last edit and the form is always one the schema takes.
 */

export type RowChoice = 'input' | 'total' | 'section' | 'percent' | 'ignore';
export type ColumnChoice = 'input' | 'total' | 'formula' | 'note' | 'ignore';

export type DesignEdit =
  | { readonly kind: 'row'; /** 1-based sheet row. */ readonly row: number; readonly choice: RowChoice }
  | { readonly kind: 'column'; /** Sheet column letter. */ readonly column: string; readonly choice: ColumnChoice };

type RowFile = FormFile['rows'][number];
type ColumnFile = FormFile['columns'][number];

/** An edit that cannot be made, said in Vietnamese. */
export class DesignEditError extends Error {
  override readonly name = 'DesignEditError';
}

export type Designed = {
  readonly form: FormFile;
  /** Where each row and column of the form sits in the sheet, 0-based (rows added back by an edit included). */
  readonly placement: { readonly rows: ReadonlyMap<string, number>; readonly columns: ReadonlyMap<string, number> };
  /** The key of each sheet row (1-based) and column letter that has one. */
  readonly rowKeys: ReadonlyMap<number, string>;
  readonly columnKeys: ReadonlyMap<string, string>;
  /** What the last edit also changed (a rule dropped, a total made an input row), in Vietnamese. */
  readonly notes: readonly string[];
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const letterIndex = (letter: string) => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

type Draft = {
  form: FormFile;
  rows: Map<string, number>;
  columns: Map<string, number>;
  rowKeys: Map<number, string>;
  columnKeys: Map<string, string>;
  keys: KeyMaker;
  notes: string[];
};

function startDraft(proposal: FormProposal): Draft {
  const keys = new KeyMaker();
  for (const k of [...proposal.form.rows.map((r) => r.key), ...proposal.form.columns.map((c) => c.key)]) keys.make(k, 'hang');
  return {
    form: clone(proposal.form),
    rows: new Map(proposal.placement.rows),
    columns: new Map(proposal.placement.columns),
    rowKeys: new Map(proposal.rows.flatMap((r) => (r.key ? [[r.row, r.key] as const] : []))),
    columnKeys: new Map(proposal.columns.flatMap((c) => (c.key ? [[c.column, c.key] as const] : []))),
    keys,
    notes: [],
  };
}

/** The proposal with the edits applied. Throws DesignEditError (or CatalogError) for an edit that cannot be made. */
export function applyEdits(proposal: FormProposal, edits: readonly DesignEdit[]): Designed {
  const draft = startDraft(proposal);
  for (const edit of edits) {
    draft.notes = [];
    if (edit.kind === 'row') editRow(draft, proposal, edit.row, edit.choice);
    else editColumn(draft, proposal, edit.column, edit.choice);
    draft.notes.push(...pruneReferences(draft.form, (key) => where(draft, key)));
    try {
      defineForm(draft.form);
    } catch (error) {
      if (error instanceof CatalogError) {
        const why = error.message.split('\n').slice(1).map((line) => line.replace(/^\s*-\s*/, '')).join('; ');
        throw new DesignEditError(`Không đổi được: biểu sẽ không hợp lệ (${why}).`);
      }
      throw error;
    }
  }
  return { form: draft.form, placement: { rows: draft.rows, columns: draft.columns }, rowKeys: draft.rowKeys, columnKeys: draft.columnKeys, notes: draft.notes };
}

/** "hàng 14", "cột F": a key as the sheet shows it. */
function where(draft: Draft, key: string): string {
  const row = draft.rows.get(key);
  if (row !== undefined) return `hàng ${row + 1}`;
  for (const [letter, k] of draft.columnKeys) if (k === key) return `cột ${letter}`;
  return key;
}

function editRow(draft: Draft, proposal: FormProposal, row: number, choice: RowChoice): void {
  const report = proposal.rows.find((r) => r.row === row);
  if (!report || report.role === 'header' || report.role === 'index') throw new DesignEditError(`Hàng ${row} là tiêu đề của bảng, không đổi vai trò được.`);
  let key = draft.rowKeys.get(row);
  if (key === undefined) {
    key = draft.keys.make(report.label, 'hang');
    draft.rowKeys.set(row, key);
  }
  const rows = draft.form.rows;
  const at = rows.findIndex((r) => r.key === key);
  const existing = at >= 0 ? rows[at] : undefined;
  if (choice === 'ignore') {
    if (at >= 0) rows.splice(at, 1);
    draft.rows.delete(key);
    return;
  }
  const original = proposal.form.rows.find((r) => r.key === key);
  const base = baseOf(existing ?? original, report, key, draft, proposal);
  let next: RowFile;
  if (choice === 'section') next = { ...base, kind: 'section' };
  else if (choice === 'input') next = { ...base, kind: 'data', valueKind: valueKindOf(existing, original, draft), ...inputsOf(existing ?? original) };
  else if (choice === 'percent') {
    if (original?.kind !== 'percent') throw new DesignEditError(`Hàng ${row} không có công thức tỷ lệ nào để dùng.`);
    next = clone(original);
  } else {
    draft.rows.set(key, row - 1);
    const of = childrenOf(draft, proposal, key, row, base.level);
    if (of.length === 0) throw new DesignEditError(`Hàng ${row} không có hàng con có số liệu để cộng thành tổng.`);
    next = { ...base, kind: 'total', of };
  }
  if (at >= 0) rows.splice(at, 1);
  draft.rows.set(key, row - 1);
  // Rows stay in sheet order, so the form prints as the table reads.
  const after = rows.findIndex((r) => (draft.rows.get(r.key) ?? 0) > row - 1);
  rows.splice(after < 0 ? rows.length : after, 0, next);
}

/** The fields every row has: from the row as it is or was, else made from what the designer read (a row it had left out). */
function baseOf(def: RowFile | undefined, report: RowReport, key: string, draft: Draft, proposal: FormProposal) {
  if (def) return { key, stt: def.stt, label: def.label, ...(def.unit !== undefined ? { unit: def.unit } : {}), level: def.level };
  const parentKey = report.parent === null ? undefined : draft.rowKeys.get(report.parent);
  const parent = draft.form.rows.find((r) => r.key === parentKey) ?? proposal.form.rows.find((r) => r.key === parentKey);
  const level = parent ? Math.min(parent.level + 1, 2) : 1;
  const label = report.label.normalize('NFC').trim() || report.stt || `Hàng ${report.row}`;
  return { key, stt: report.stt, label, level };
}

function valueKindOf(existing: RowFile | undefined, original: RowFile | undefined, draft: Draft): 'count' | 'amount' {
  for (const def of [existing, original]) if (def?.kind === 'data') return def.valueKind;
  if (existing?.kind === 'percent' || original?.kind === 'percent') return 'amount';
  // A total made an input row counts what its rows count.
  const of = existing?.kind === 'total' ? existing.of : original?.kind === 'total' ? original.of : [];
  const kinds = draft.form.rows.filter((r) => of.includes(r.key)).map((r) => (r.kind === 'data' ? r.valueKind : 'count'));
  return kinds.includes('amount') ? 'amount' : 'count';
}

const inputsOf = (def: RowFile | undefined) => (def?.kind === 'data' && def.inputs ? { inputs: [...def.inputs] } : {});

/**
 * The rows a total adds up: the rows right under it one level deeper (its
 * "Trong đó" rows sit deeper still and are parts, not addends); else the rows
 * the designer read as its children.
 */
function childrenOf(draft: Draft, proposal: FormProposal, key: string, row: number, level: number): string[] {
  const ordered = [...draft.form.rows].filter((r) => r.key !== key).sort((a, b) => (draft.rows.get(a.key) ?? 0) - (draft.rows.get(b.key) ?? 0));
  const below: RowFile[] = [];
  for (const r of ordered) {
    if ((draft.rows.get(r.key) ?? 0) < row) continue;
    if (r.level <= level) break;
    below.push(r);
  }
  const depth = Math.min(...below.map((r) => r.level));
  const direct = below.filter((r) => r.level === depth && (r.kind === 'data' || r.kind === 'total')).map((r) => r.key);
  if (direct.length > 0) return direct;
  return proposal.rows
    .filter((r) => r.parent === row)
    .flatMap((r) => {
      const k = draft.rowKeys.get(r.row);
      const def = draft.form.rows.find((d) => d.key === k);
      return def && (def.kind === 'data' || def.kind === 'total') ? [def.key] : [];
    });
}

function editColumn(draft: Draft, proposal: FormProposal, letter: string, choice: ColumnChoice): void {
  const key = draft.columnKeys.get(letter);
  const original = proposal.form.columns.find((c) => c.key === key);
  if (key === undefined || !original) throw new DesignEditError(`Cột ${letter} không phải cột số liệu của bảng, không đổi vai trò được.`);
  const columns = draft.form.columns;
  const at = columns.findIndex((c) => c.key === key);
  if (choice === 'ignore') {
    if (at >= 0) columns.splice(at, 1);
    draft.columns.delete(key);
    return;
  }
  const base = { key, header: original.header, ...(original.group !== undefined ? { group: original.group } : {}) };
  let next: ColumnFile;
  if (choice === 'input') next = { ...base, kind: 'input' };
  else if (choice === 'note') next = { ...base, kind: 'note' };
  else if (choice === 'formula') {
    if (original.kind !== 'formula') throw new DesignEditError(`Cột ${letter} không có công thức đề xuất nào để dùng.`);
    next = clone(original);
  } else {
    const parts = partsOf(draft, letterIndex(letter));
    if (parts.length === 0) throw new DesignEditError(`Cột ${letter} không có cột nhập nào bên phải để cộng thành tổng.`);
    next = { ...base, kind: 'formula', formula: parts.join(' + ') };
  }
  if (at >= 0) columns.splice(at, 1);
  draft.columns.set(key, letterIndex(letter));
  const after = columns.findIndex((c) => (draft.columns.get(c.key) ?? 0) > letterIndex(letter));
  columns.splice(after < 0 ? columns.length : after, 0, next);
}

/** A "Tổng số" column adds the input columns right of it, up to the next column that is not one, leaving out "Trong đó" columns (parts of a part). */
function partsOf(draft: Draft, index: number): string[] {
  const ordered = [...draft.form.columns].sort((a, b) => (draft.columns.get(a.key) ?? 0) - (draft.columns.get(b.key) ?? 0));
  const parts: string[] = [];
  for (const c of ordered) {
    if ((draft.columns.get(c.key) ?? 0) <= index) continue;
    if (c.kind !== 'input') break;
    if (!/^trong (đó|số)/i.test(c.header.normalize('NFC'))) parts.push(c.key);
  }
  return parts;
}

/** The choices offered for a row the designer reported, and the one the designed form makes. */
export function rowChoiceOf(form: FormFile, key: string | undefined): RowChoice {
  const def = form.rows.find((r) => r.key === key);
  if (!def) return 'ignore';
  return def.kind === 'data' ? 'input' : def.kind;
}

export function columnChoiceOf(form: FormFile, original: FormFile, key: string | undefined): ColumnChoice {
  const def = form.columns.find((c) => c.key === key);
  if (!def) return 'ignore';
  if (def.kind !== 'formula') return def.kind;
  const proposed = original.columns.find((c) => c.key === key);
  return proposed?.kind === 'formula' && proposed.formula === def.formula ? 'formula' : 'total';
}
