import type { FakeContext } from './context';
import { invalidArgument } from './errors';
import { guardFormat } from './guards';
import { cellAt, forEachCell, type CellModel, type CellValidation, type ValidationAlert, type ValidationPrompt } from './model';
import { LocatedObject } from './proxy';
import { uniform, type Locate, type Target } from './target';

/**
 * Range.dataValidation (ExcelApi 1.8). Rules are stored as given and checked
 * for shape at sync, as Excel does; the simulated user is held to whole-number
 * and decimal rules (see user.ts). Office's defaults fill what a write leaves out.
 */

const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
  list: 'List',
  custom: 'Custom',
};

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const TWO_LIMITS = ['Between', 'NotBetween'];

/** Exactly one kind of rule, with the fields Excel insists on. */
function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  const [kind] = kinds;
  if (kinds.length !== 1 || kind === undefined || !(kind in RULE_TYPES)) throw invalidArgument('dataValidation.rule: exactly one known rule type');
  const body = (rule as Record<string, Record<string, unknown> | undefined>)[kind] ?? {};
  if (kind === 'custom' && typeof body.formula !== 'string') throw invalidArgument('dataValidation.rule.custom.formula');
  if (kind === 'list' && body.source === undefined) throw invalidArgument('dataValidation.rule.list.source');
  if (kind === 'custom' || kind === 'list') return;
  if (!OPERATORS.includes(String(body.operator))) throw invalidArgument(`dataValidation.rule.${kind}.operator`);
  if (body.formula1 === undefined || (TWO_LIMITS.includes(String(body.operator)) && body.formula2 === undefined))
    throw invalidArgument(`dataValidation.rule.${kind}.formula1/formula2`);
}

const PROMPT_DEFAULTS: Required<ValidationPrompt> = { showPrompt: true, title: '', message: '' };
const ALERT_DEFAULTS: Required<ValidationAlert> = { showAlert: true, style: 'Stop', title: '', message: '' };

export function typeOf(validation: CellValidation | undefined): string {
  const kind = Object.keys(validation?.rule ?? {})[0];
  return kind !== undefined ? (RULE_TYPES[kind] ?? 'Inconsistent') : 'None';
}

export class FakeDataValidation extends LocatedObject<Target> {
  protected readonly typeName = 'DataValidation';
  protected readonly scalarProperties = ['rule', 'prompt', 'errorAlert', 'ignoreBlanks', 'type'];

  constructor(context: FakeContext, locate: Locate) {
    super(context, locate, 'dataValidation of a null object');
  }

  snapshot(property: string): unknown {
    const { sheet, range } = this.located();
    const read = (cell: CellModel | undefined): unknown => {
      const v = cell?.validation;
      if (property === 'type') return typeOf(v);
      if (property === 'rule') return v?.rule ?? {};
      if (property === 'prompt') return { ...PROMPT_DEFAULTS, ...v?.prompt };
      if (property === 'errorAlert') return { ...ALERT_DEFAULTS, ...v?.errorAlert };
      return v?.ignoreBlanks ?? true;
    };
    const value = uniform(sheet, range, read);
    return value === null && property === 'type' ? 'Inconsistent' : value;
  }

  private update(what: string, value: unknown, change: (v: CellValidation) => CellValidation | undefined, check = () => {}): void {
    this.later({ set: what, value }, () => {
      const { sheet, range } = this.located();
      guardFormat(sheet, 'structure', `setting dataValidation.${what}`);
      check();
      forEachCell(range, (row, column) => {
        const cell = cellAt(sheet, row, column);
        cell.validation = change(cell.validation ?? { ignoreBlanks: true });
      });
    });
  }

  get rule(): Excel.DataValidationRule {
    return this.read('rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.update('rule', rule, (v) => ({ ...v, rule }), () => checkRule(rule));
  }
  get prompt(): ValidationPrompt {
    return this.read('prompt');
  }
  set prompt(prompt: ValidationPrompt) {
    this.update('prompt', prompt, (v) => ({ ...v, prompt: { ...PROMPT_DEFAULTS, ...prompt } }));
  }
  get errorAlert(): ValidationAlert {
    return this.read('errorAlert');
  }
  set errorAlert(errorAlert: ValidationAlert) {
    this.update('errorAlert', errorAlert, (v) => ({ ...v, errorAlert: { ...ALERT_DEFAULTS, ...errorAlert } }));
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set ignoreBlanks(ignoreBlanks: boolean) {
    this.update('ignoreBlanks', ignoreBlanks, (v) => ({ ...v, ignoreBlanks }));
  }
  get type(): string {
    return this.read('type');
  }

  clear(): void {
    this.update('clear', true, () => undefined);
  }
}
