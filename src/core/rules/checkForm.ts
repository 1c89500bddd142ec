import type { Expr } from '../../forms/expression';
import type { FormDef } from '../../forms/schema';
import { numericInputCells } from '../cellRoles';
import { addressOf, formGrid, UNIT_NAME_ADDRESS } from '../layout/grid';
import { cleanUnitName, unitKey } from '../merge/unitName';
import { ERROR_MARK, formatNumber, formTwiceMessage, incompleteMessage, INPUT_PROBLEM_SHORT, inputProblemMessage, MISSING_UNIT_NAME, ruleMessage, SUMMARY_RULE_NOTE, WARNING_MARK, where } from './messages';
import { cellValue } from './derived';
import { isOddValue } from '../oddValue';
import { evaluateInstance } from './evaluateRule';
import { ruleInstances, type CellKey, type RuleInstance } from './instances';
import { parseInput } from './parseInput';
import { mergedInputIssues } from './mergedInputs';
import { longNoteIssues } from './longNotes';
import type { InputProgress, Issue, ParsedInput, RawCell } from './types';

/** A form sheet to check: its form, its name, and its cells as the host read them. */
export type FormSheet = {
  readonly form: FormDef;
  readonly sheet: string;
  readonly cellAt: (row: string, column: string) => RawCell;
  /** The unit name in the header as read; blank is an error, since a form nobody's name is on cannot be merged. Undefined: not read (figures alone). */
  readonly unitName?: string;
  /**
   * A summary's sheet (identity mode 'summary'): its input cells are sums over
   * units, formulas by design. Blank is "not reported", so a unit that gave
   * only the part of a rule ("Trong đó") adds to the part and not to the whole,
   * and the sums of valid units may break the rule. A rule holds for each unit,
   * and each unit was checked where the summary was made: on the sums a broken
   * rule is a warning that says so, never an error; figures that are not
   * numbers stay errors.
   */
  readonly summary?: boolean;
  /**
   * The sheet's merged ranges ("E11:F11"), where the host reads them. A merge
   * over input cells keeps the first cell's figure only and hides the others:
   * an error at the merge, since a figure would be lost without a word.
   */
  readonly merges?: readonly string[];
};

type Parsed = Map<string, ParsedInput>;
const keyOf = (row: string, column: string) => `${row}\u0000${column}`;

/**
 * Every issue of the given sheets: a form on two sheets, input problems,
 * broken rules (cross-form rules read the other sheets), and one completeness
 * warning per sheet with blanks. Errors come first, then warnings, each in
 * sheet order.
 */
export function checkSheets(sheets: readonly FormSheet[]): Issue[] {
  const parsed = new Map(sheets.map((s) => [s, parseSheet(s)]));
  const figureOf = (cell: CellKey, own: FormSheet): number | undefined => {
    const sheet = cell.form === own.form.key ? own : sheets.find((s) => s.form.key === cell.form);
    if (!sheet) return undefined;
    const inputs = parsed.get(sheet) as Parsed;
    return cellValue(sheet.form, cell.row, cell.column, (r, c) => inputs.get(keyOf(r, c))?.number);
  };
  const twice = formsTwice(sheets);
  const issues = sheets.flatMap((sheet) => [
    ...(twice.get(sheet) ?? []),
    ...unitNameIssues(sheet),
    ...mergedInputIssues(sheet),
    ...longNoteIssues(sheet),
    ...inputIssues(sheet, parsed.get(sheet) as Parsed),
    ...ruleIssues(sheet, (cell) => figureOf(cell, sheet), (key) => sheets.find((s) => s.form.key === key)?.form),
    ...completeness(sheet, parsed.get(sheet) as Parsed),
  ]);
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
}

/** How many of the sheet's numeric input cells hold anything: the pane shows a sheet's blanks as this rather than as a warning. */
export function inputProgress(sheet: FormSheet): InputProgress {
  const inputs = [...parseSheet(sheet).values()];
  return { filled: inputs.filter((input) => !input.blank).length, total: inputs.length };
}

function parseSheet(sheet: FormSheet): Parsed {
  // A summary's inputs are its sums' formulas: read by value.
  const cellAt = sheet.summary ? (row: string, column: string) => ({ value: sheet.cellAt(row, column).value }) : sheet.cellAt;
  return new Map(numericInputCells(sheet.form).map((c) => [keyOf(c.row, c.column), parseInput(cellAt(c.row, c.column), c.valueKind)]));
}

function unitOf(form: FormDef, row: string): string {
  return form.rows.find((r) => r.key === row)?.unit ?? 'đơn vị';
}

function inputIssues(sheet: FormSheet, parsed: Parsed): Issue[] {
  const grid = formGrid(sheet.form);
  return numericInputCells(sheet.form).flatMap((cell): Issue[] => {
    const input = parsed.get(keyOf(cell.row, cell.column));
    const problem = input?.problem;
    if (!problem) return [];
    const address = addressOf(grid, cell.row, cell.column);
    const raw = sheet.cellAt(cell.row, cell.column);
    const shownValue = problem.code === 'formula-in-input' ? raw.formula : isOddValue(raw.value) ? raw.value.shown : raw.value;
    return [
      {
        code: problem.code,
        severity: 'error',
        form: sheet.form.key,
        sheet: sheet.sheet,
        row: cell.row,
        column: cell.column,
        address,
        values: { [address]: shownValue },
        message: where(sheet.sheet, address) + inputProblemMessage(problem.code, shownValue, problem.fix, unitOf(sheet.form, cell.row)),
        ...(problem.fix !== undefined ? { fix: problem.fix } : {}),
      },
    ];
  });
}

/** "Nữ", "Lượt cán bộ…", "Thành viên khối dân vận cấp xã – Thời điểm 6/2023": names as the form prints them. */
function describe(form: FormDef, instance: RuleInstance, expr: Expr, formOf: (key: string) => FormDef | undefined): string {
  if (expr.type === 'number') return formatNumber(expr.value);
  if (expr.type === 'binary')
    return `${describe(form, instance, expr.left, formOf)} ${expr.op === '*' ? '×' : expr.op} ${describe(form, instance, expr.right, formOf)}`;
  const cell = instance.bind(expr);
  const owner = formOf(cell.form) ?? form;
  const row = owner.rows.find((r) => r.key === cell.row)?.label ?? cell.row;
  const column = owner.columns.find((c) => c.key === cell.column)?.header ?? cell.column;
  if (cell.form !== form.key) return `${row} (Biểu ${cell.form}, ${column})`;
  if (expr.second !== undefined) return `${row} – ${column}`;
  return form.columns.some((c) => c.key === expr.first) ? column : row;
}

function ruleIssues(sheet: FormSheet, valueOf: (cell: CellKey) => number | undefined, formOf: (key: string) => FormDef | undefined): Issue[] {
  const grid = formGrid(sheet.form);
  return ruleInstances(sheet.form).flatMap((instance): Issue[] => {
    const outcome = evaluateInstance(instance, valueOf);
    if (outcome.kind !== 'broken') return [];
    const address = addressOf(grid, instance.anchor.row, instance.anchor.column);
    const values = Object.fromEntries(
      instance.cells.filter((c) => c.form === sheet.form.key).map((c) => [addressOf(grid, c.row, c.column), valueOf(c)]),
    );
    const { op, left, right } = instance.comparison;
    const side = (expr: Expr) => describe(sheet.form, instance, expr, formOf);
    const message = ruleMessage(instance.rule.hint, side(left), outcome.left, op, side(right), outcome.right) + (sheet.summary ? SUMMARY_RULE_NOTE : '');
    return [
      {
        code: 'rule',
        severity: sheet.summary ? 'warning' : instance.rule.severity,
        form: sheet.form.key,
        sheet: sheet.sheet,
        row: instance.anchor.row,
        column: instance.anchor.column,
        address,
        rule: instance.rule.key,
        values,
        message: where(sheet.sheet, address) + message,
      },
    ];
  });
}

function unitNameIssues(sheet: FormSheet): Issue[] {
  if (sheet.unitName === undefined || sheet.unitName.trim() !== '') return [];
  const address = UNIT_NAME_ADDRESS;
  return [{ code: 'missing-unit-name', severity: 'error', form: sheet.form.key, sheet: sheet.sheet, row: '', column: '', address, values: { [address]: sheet.unitName }, message: where(sheet.sheet, address) + MISSING_UNIT_NAME }];
}

/**
 * A unit's form on two sheets (a sheet copied with Move or Copy and typed
 * into): the merge reads the first only (merge/collect.ts), so the other is
 * an error here too, named in the merge's words. A summary and the
 * consolidator's own form carry one name and are no pair.
 */
function formsTwice(sheets: readonly FormSheet[]): Map<FormSheet, Issue[]> {
  const first = new Map<string, FormSheet>();
  const twice = new Map<FormSheet, Issue[]>();
  for (const sheet of sheets) {
    const unit = cleanUnitName(sheet.unitName ?? '');
    if (unit === '') continue;
    const key = `${unitKey(unit)}\n${sheet.form.key}\n${sheet.summary ? 'summary' : ''}`;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, sheet);
      continue;
    }
    const address = UNIT_NAME_ADDRESS;
    const message = formTwiceMessage(unit, sheet.form.key, kept.sheet, sheet.sheet);
    twice.set(sheet, [{ code: 'form-twice', severity: 'error', form: sheet.form.key, sheet: sheet.sheet, row: '', column: '', address, values: { [address]: sheet.unitName }, message }]);
  }
  return twice;
}

function completeness(sheet: FormSheet, parsed: Parsed): Issue[] {
  const blanks = numericInputCells(sheet.form).filter((c) => parsed.get(keyOf(c.row, c.column))?.blank);
  const first = blanks[0];
  if (!first) return [];
  const address = addressOf(formGrid(sheet.form), first.row, first.column);
  return [
    {
      code: 'incomplete',
      severity: 'warning',
      form: sheet.form.key,
      sheet: sheet.sheet,
      row: first.row,
      column: first.column,
      address,
      values: { blanks: blanks.length },
      message: where(sheet.sheet, address) + incompleteMessage(blanks.length),
    },
  ];
}

/** The short per-row texts of the sheet's Kiểm tra column, as the TypeScript engine sees them. */
export function checkColumnTexts(issues: readonly Issue[], form: FormDef): Map<string, string> {
  const texts = new Map<string, string[]>();
  const order = [...issues].sort((a, b) => itemOrder(form, a) - itemOrder(form, b));
  for (const issue of order) {
    // Sheet-level issues live in the status line, not in a row's Kiểm tra cell.
    if (issue.form !== form.key || issue.code === 'incomplete' || issue.code === 'missing-unit-name' || issue.code === 'merged-inputs' || issue.code === 'note-too-long' || issue.code === 'form-twice') continue;
    const mark = issue.severity === 'error' ? ERROR_MARK : WARNING_MARK;
    const text = issue.code === 'rule' ? (form.rules.find((r) => r.key === issue.rule)?.hint ?? '') : INPUT_PROBLEM_SHORT[issue.code];
    texts.set(issue.row, [...(texts.get(issue.row) ?? []), `${mark} ${issue.address}: ${text}`]);
  }
  return new Map([...texts].map(([row, items]) => [row, items.join(' ')]));
}

/** Input problems in column order, then rules in instance order: the order the sheet's formula writes them. */
function itemOrder(form: FormDef, issue: Issue): number {
  if (issue.code !== 'rule') return form.columns.findIndex((c) => c.key === issue.column);
  const index = ruleInstances(form).findIndex((i) => i.rule.key === issue.rule && i.anchor.row === issue.row && i.anchor.column === issue.column);
  return 1000 + index;
}
