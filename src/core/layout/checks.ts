import type { Expr, Ref } from '../../forms/expression';
import type { FormDef } from '../../forms/schema';
import { cellAddress, rangeAddress } from '../a1';
import { numericInputCells, type NumericKind } from '../cellRoles';
import type { ConditionalFormat } from '../plan/types';
import { ruleInstances, type CellKey, type RuleInstance } from '../rules/instances';
import { ERROR_MARK, INPUT_PROBLEM_SHORT, missingUnitNameStatus, WARNING_MARK } from '../rules/messages';
import { columnIndexOf, rowIndex, UNIT_NAME_ADDRESS, type FormGrid } from './grid';

/**
 * The rule engine compiled to Excel formulas, so a sheet checks itself where
 * the add-in is not installed and after a paste has dropped data validation:
 * a Kiểm tra column listing each row's problems, a status line, and colours on
 * the input cells. Each formula mirrors src/core/rules exactly (same instances,
 * same blank rules, same tolerance, same words); a LibreOffice test holds them
 * to it.
 */

export const CHECK_COLORS = { error: { fill: '#F8CBAD', font: '#9C0006' }, warning: { fill: '#FFE699', font: '#7F6000' } } as const;

function addressFor(grid: FormGrid, cell: CellKey, absolute: boolean): string {
  const a = cellAddress(rowIndex(grid, cell.row), columnIndexOf(grid, cell.column));
  return absolute ? a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2') : a;
}

function render(expr: Expr, address: (ref: Ref) => string): string {
  if (expr.type === 'number') return String(expr.value);
  if (expr.type === 'ref') return address(expr);
  return `(${render(expr.left, address)}${expr.op}${render(expr.right, address)})`;
}

/** TRUE when the instance is broken; FALSE when it holds or any operand is blank, text or an error. */
export function ruleCondition(grid: FormGrid, instance: RuleInstance, absolute = false): string {
  const address = (ref: Ref) => addressFor(grid, instance.bind(ref), absolute);
  const refs = [...new Set(instance.cells.map((c) => addressFor(grid, c, absolute)))];
  const l = render(instance.comparison.left, address);
  const r = render(instance.comparison.right, address);
  const broken = instance.comparison.op === '<=' ? `${l}-${r}>1E-9` : instance.comparison.op === '>=' ? `${r}-${l}>1E-9` : `ABS(${l}-${r})>1E-9`;
  return `IFERROR(IF(COUNT(${refs.join(',')})=${refs.length},${broken},FALSE),FALSE)`;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The Kiểm tra item of one input cell: the same checks, in the same order, as parseInput. */
function inputItem(x: string, shownAddress: string, kind: NumericKind, formulas: boolean): string {
  const item = (code: keyof typeof INPUT_PROBLEM_SHORT) => quote(`${ERROR_MARK} ${shownAddress}: ${INPUT_PROBLEM_SHORT[code]} `);
  const precision = kind === 'count' ? `IF(${x}<>INT(${x}),${item('fraction-in-count')},"")` : `IF(ABS(${x}*10-ROUND(${x}*10,0))>1E-9,${item('too-many-decimals')},"")`;
  const rest =
    `IF(ISERROR(${x}),${item('error-value')},` +
    `IF(ISNUMBER(${x}),IF(${x}<0,${item('negative')},${precision}),IF(LEN(${x})=0,"",${item('not-a-number')})))`;
  return formulas ? rest : `IF(ISFORMULA(${x}),${item('formula-in-input')},${rest})`;
}

/** TRUE when an input cell holds anything but a valid figure or a blank (relative to `x`); a summary's cells are formulas by design. */
export function inputProblemCondition(x: string, kind: NumericKind, formulas = false): string {
  const precision = kind === 'count' ? `${x}<>INT(${x})` : `ABS(${x}*10-ROUND(${x}*10,0))>1E-9`;
  return `IFERROR(OR(${formulas ? '' : `ISFORMULA(${x}),`}IF(ISNUMBER(${x}),OR(${x}<0,${precision}),LEN(${x})>0)),TRUE)`;
}

export type InputRange = { readonly range: string; readonly kind: NumericKind };

export type SheetChecks = {
  /** Sheet row → formula of its Kiểm tra cell. */
  readonly checkCells: ReadonlyMap<number, string>;
  readonly status: string;
  readonly conditionalFormats: readonly ConditionalFormat[];
};

export type CheckOptions = {
  readonly inputsAreFormulas: boolean;
  /** A summary's rules compare sums over units and are warnings there (see FormSheet.summary in src/core/rules/checkForm.ts). */
  readonly rulesAreWarnings?: boolean;
};

export function compileChecks(form: FormDef, grid: FormGrid, inputRanges: readonly InputRange[], options: CheckOptions = { inputsAreFormulas: false }): SheetChecks {
  const formulas = options.inputsAreFormulas;
  const severity = (instance: RuleInstance) => (options.rulesAreWarnings ? 'warning' : instance.rule.severity);
  // A rule that reads another form's sheet is checked by the add-in only: a
  // sheet copied alone into another workbook would otherwise show #REF!.
  const instances = ruleInstances(form).filter((i) => i.cells.every((c) => c.form === form.key));
  const items = new Map<number, string[]>();
  const push = (row: number, item: string) => items.set(row, [...(items.get(row) ?? []), item]);
  for (const row of form.rows)
    for (const column of form.columns) {
      const cell = numericInputCells(form).find((c) => c.row === row.key && c.column === column.key);
      if (!cell) continue;
      const at = cellAddress(rowIndex(grid, row.key), columnIndexOf(grid, column.key));
      push(rowIndex(grid, row.key), inputItem(at, at, cell.valueKind, formulas));
    }
  for (const instance of instances) {
    const condition = ruleCondition(grid, instance);
    const at = cellAddress(rowIndex(grid, instance.anchor.row), columnIndexOf(grid, instance.anchor.column));
    const mark = severity(instance) === 'error' ? ERROR_MARK : WARNING_MARK;
    push(rowIndex(grid, instance.anchor.row), `IF(${condition},${quote(`${mark} ${at}: ${instance.rule.hint} `)},"")`);
  }
  const checkCells = new Map([...items].map(([row, parts]) => [row, `=TRIM(${parts.join('&')})`]));

  const column = rangeAddress(grid.firstDataRow, grid.checkColumn, grid.lastDataRow, grid.checkColumn);
  const count = (mark: string) => `SUMPRODUCT(LEN(${column})-LEN(SUBSTITUTE(${column},${quote(mark)},"")))`;
  const blanks = inputRanges.map((r) => `COUNTBLANK(${r.range})`).join('+') || '0';
  // A blank unit name is one more error, said at the end of the line: the Kiểm tra column is per row of figures.
  const noName = `LEN(TRIM(${UNIT_NAME_ADDRESS}))=0`;
  const errors = `(${count(ERROR_MARK)}+IF(${noName},1,0))`;
  const status =
    `=IF(${errors}+${count(WARNING_MARK)}=0,"Biểu hợp lệ","Có "&${errors}&" lỗi, "&${count(WARNING_MARK)}&" cảnh báo")` +
    `&IF(${blanks}>0," (còn "&(${blanks})&" ô trống)","")&IF(${noName},${quote(missingUnitNameStatus(UNIT_NAME_ADDRESS))},"")`;

  return { checkCells, status, conditionalFormats: colours(form, grid, instances, inputRanges, formulas, severity) };
}

function colours(
  form: FormDef,
  grid: FormGrid,
  instances: readonly RuleInstance[],
  inputRanges: readonly InputRange[],
  formulas: boolean,
  severityOf: (instance: RuleInstance) => 'error' | 'warning',
): ConditionalFormat[] {
  const formats: ConditionalFormat[] = inputRanges.map(({ range, kind }) => ({
    range,
    formula: `=${inputProblemCondition(range.split(':')[0] as string, kind, formulas)}`,
    fill: CHECK_COLORS.error.fill,
    fontColor: CHECK_COLORS.error.font,
  }));
  for (const cell of numericInputCells(form)) {
    const mine = instances.filter((i) => i.cells.some((c) => c.row === cell.row && c.column === cell.column));
    if (mine.length === 0) continue;
    const at = cellAddress(rowIndex(grid, cell.row), columnIndexOf(grid, cell.column));
    const conditions = (severity: 'error' | 'warning') =>
      mine.filter((i) => severityOf(i) === severity).map((i) => ruleCondition(grid, i, true));
    const errors = conditions('error');
    const warnings = conditions('warning');
    if (errors.length > 0) formats.push({ range: at, formula: `=OR(${errors.join(',')})`, fill: CHECK_COLORS.error.fill, fontColor: CHECK_COLORS.error.font });
    if (warnings.length > 0) {
      const notRed = `NOT(OR(${[...errors, inputProblemCondition(addressFor(grid, { form: form.key, ...cell }, true), cell.valueKind, formulas)].join(',')}))`;
      formats.push({ range: at, formula: `=AND(${notRed},OR(${warnings.join(',')}))`, fill: CHECK_COLORS.warning.fill, fontColor: CHECK_COLORS.warning.font });
    }
  }
  return formats;
}

