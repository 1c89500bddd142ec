import { formatAddress, intersects, parseAddress } from './address';
import type { FakeContext } from './context';
import { itemNotFound, notSimulated } from './errors';
import { guardFormat } from './guards';
import type { ConditionalFormatModel } from './model';
import { childPath, FakeClientResult, LocatedObject, type HasPath, type ObjectPath } from './proxy';
import type { Locate, Target } from './target';

/**
 * Range.conditionalFormats (ExcelApi 1.6), custom rules only: a formula and
 * the fill and font it turns on. The fake stores them; it never evaluates them.
 */

function targetOf(locate: Locate): Target {
  const target = locate();
  if (!target) throw itemNotFound('conditionalFormats of a null object');
  return target;
}

/** A queued setter object: `{ set color(v) }` and friends, applied to the model at sync. */
function setters<K extends string>(queue: (what: string, value: unknown, apply: () => void) => void, apply: Record<K, (value: unknown) => void>): Record<K, unknown> {
  const object = {} as Record<K, unknown>;
  for (const [key, set] of Object.entries(apply) as [K, (value: unknown) => void][])
    Object.defineProperty(object, key, { enumerable: true, set: (value: unknown) => queue(key, value, () => set(value)) });
  return object;
}

/** ConditionalFormat: `type`, and `custom.rule.formula`, `custom.format.fill.color`, `custom.format.font.color|bold`. */
export class FakeConditionalFormat extends LocatedObject<ConditionalFormatModel> {
  protected readonly typeName = 'ConditionalFormat';
  protected readonly scalarProperties = ['type'];
  readonly custom: { rule: unknown; format: { fill: unknown; font: unknown } };

  constructor(context: FakeContext, model: () => ConditionalFormatModel | undefined) {
    super(context, model, 'conditional format');
    const queue = (what: string, value: unknown, apply: () => void) => this.later({ set: `custom.${what}`, value }, apply);
    // Throws ItemNotFound at the sync when the format was never created.
    const cf = () => this.located();
    this.custom = {
      rule: setters(queue, { formula: (v) => (cf().formula = String(v)) }),
      format: {
        // Object.assign, not a spread: a spread would copy the setter's value (undefined) instead of the setter.
        fill: Object.assign(setters(queue, { color: (v) => (cf().fill = v as string) }), {
          clear: () => queue('fill.clear', true, () => (cf().fill = undefined)),
        }),
        font: setters(queue, { color: (v) => (cf().fontColor = v as string), bold: (v) => (cf().bold = Boolean(v)) }),
      },
    };
  }

  snapshot(): unknown {
    return this.located().type;
  }

  get type(): string {
    return this.read('type');
  }
}

export class FakeConditionalFormatCollection implements HasPath {
  constructor(
    private readonly context: FakeContext,
    private readonly locate: Locate,
    readonly path: ObjectPath,
  ) {}

  /** Office.js takes Excel.ConditionalFormatType.custom, which is the string "Custom". */
  add(type: string): FakeConditionalFormat {
    if (type !== 'Custom') throw notSimulated(`conditional formats of type ${type}`);
    let created: ConditionalFormatModel | undefined;
    const path = childPath(this, 'add', [type]);
    this.context.enqueue(
      { on: 'ConditionalFormatCollection', add: type },
      () => {
        const { sheet, range } = targetOf(this.locate);
        guardFormat(sheet, 'structure', 'adding a conditional format');
        created = { type: 'Custom', range: formatAddress(range), formula: '', fill: undefined, fontColor: undefined, bold: undefined };
        sheet.conditionalFormats.push(created);
      },
      path,
    );
    const format = new FakeConditionalFormat(this.context, () => created);
    return format.at(this, 'add', [type]);
  }

  /** The formats that apply to any cell of the range. */
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(
      this.context,
      { on: 'ConditionalFormatCollection', getCount: true },
      () => {
        const { sheet, range } = targetOf(this.locate);
        return sheet.conditionalFormats.filter((cf) => intersects(parseAddress(cf.range).range, range)).length;
      },
      this,
    );
  }

  /**
   * Removes the formats touching the range. Excel would trim one that reaches
   * outside it; the fake removes it whole.
   */
  clearAll(): void {
    this.context.enqueue(
      { on: 'ConditionalFormatCollection', clearAll: true },
      () => {
        const { sheet, range } = targetOf(this.locate);
        guardFormat(sheet, 'structure', 'clearing conditional formats');
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(parseAddress(cf.range).range, range));
      },
      this.path,
    );
  }
}
