import { absoluteAddress, parseAddress, quoteSheetName } from './address';
import type { FakeContext } from './context';
import { invalidArgument, itemAlreadyExists, itemNotFound } from './errors';
import type { NameModel } from './model';
import { CollectionObject, FakeClientResult, LocatedObject } from './proxy';
import { FakeRange } from './range';
import type { Target } from './target';
import type { WorkbookModel } from './workbook';

/**
 * Defined names: workbook.names (workbook scope) and worksheet.names (sheet
 * scope, ExcelApi 1.4). A name refers to a range ("='Biểu 1'!$D$11:$D$40")
 * or holds a constant or formula; the fake never evaluates it.
 */

export type NameScope = { readonly kind: 'Workbook' | 'Worksheet'; readonly list: () => NameModel[] };

const fold = (name: string) => name.toLocaleLowerCase('vi');

/** Excel's rule: a letter, "_" or "\" first, then letters, digits, "_", "." or "\"; not a cell reference. */
function checkName(name: string): void {
  const ok = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && name.length <= 255 && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^[RC]$|^R\d*C\d*$/i.test(name);
  if (!ok) throw invalidArgument(`name "${name}"`);
}

/** Where a reference formula points, when it is a plain range reference. */
function referenceTarget(model: WorkbookModel, formula: string): Target | undefined {
  try {
    const { sheet, range } = parseAddress(formula.replace(/^=/, ''));
    const found = sheet !== undefined ? model.byName(sheet) : undefined;
    return found && { sheet: found, range };
  } catch {
    return undefined;
  }
}

function typeOf(model: WorkbookModel, formula: string): string {
  if (referenceTarget(model, formula)) return 'Range';
  const constant = formula.replace(/^=/, '');
  if (/^-?\d+(\.\d+)?$/.test(constant)) return 'Double';
  if (/^(TRUE|FALSE)$/i.test(constant)) return 'Boolean';
  return /^".*"$/.test(constant) ? 'String' : 'Formula';
}

export class FakeNamedItem extends LocatedObject<NameModel> {
  protected readonly typeName = 'NamedItem';
  protected readonly scalarProperties = ['name', 'type', 'value', 'formula', 'comment', 'visible', 'scope'];

  constructor(
    context: FakeContext,
    private readonly place: NameScope,
    /** A getItem path to nothing throws ItemNotFound; a null object answers undefined. */
    resolve: () => NameModel | undefined,
  ) {
    super(context, resolve, 'named item');
  }

  snapshot(property: string): unknown {
    const item = this.located();
    if (property === 'type') return typeOf(this.context.model, item.formula);
    if (property === 'value') return item.formula.replace(/^=/, '');
    if (property === 'scope') return this.place.kind;
    return item[property as keyof NameModel];
  }

  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get value(): unknown {
    return this.read('value');
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(formula: string) {
    this.later({ set: 'formula', value: formula }, () => (this.located().formula = formula.startsWith('=') ? formula : `=${formula}`));
  }
  get comment(): string {
    return this.read('comment');
  }
  set comment(comment: string) {
    this.later({ set: 'comment', value: comment }, () => (this.located().comment = comment));
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(visible: boolean) {
    this.later({ set: 'visible', value: visible }, () => (this.located().visible = visible));
  }
  get scope(): string {
    return this.read('scope');
  }

  delete(): void {
    this.later({ delete: true }, () => {
      const list = this.place.list();
      list.splice(list.indexOf(this.located()), 1);
    });
  }

  /** The range the name refers to; a name holding a constant has none (InvalidArgument at sync). */
  getRange(): FakeRange {
    const itemOf = this.within('getRange');
    return new FakeRange(this.context, () => {
      const target = referenceTarget(this.context.model, itemOf().formula);
      if (!target) throw invalidArgument('getRange of a name that is not a range reference');
      return target;
    }).at(this, 'getRange');
  }

  /** A null object for a name that holds a constant; of a null name, ItemNotFound like any method. */
  getRangeOrNullObject(): FakeRange {
    const itemOf = this.within('getRangeOrNullObject');
    return new FakeRange(this.context, () => referenceTarget(this.context.model, itemOf().formula)).at(this, 'getRangeOrNullObject');
  }
}

export class FakeNamedItemCollection extends CollectionObject<NameModel, FakeNamedItem> {
  protected readonly typeName = 'NamedItemCollection';
  protected readonly itemProperties = ['name', 'type', 'value', 'formula', 'comment', 'visible', 'scope'];

  constructor(
    context: FakeContext,
    private readonly scope: NameScope,
  ) {
    super(context);
  }

  protected list(): NameModel[] {
    return this.scope.list();
  }

  protected proxyOf(model: NameModel): FakeNamedItem {
    return new FakeNamedItem(this.context, this.scope, () => (this.scope.list().includes(model) ? model : undefined));
  }

  private find(name: string): NameModel | undefined {
    return this.scope.list().find((n) => fold(n.name) === fold(name));
  }

  /** `reference` is a Range or a formula/constant ("=Biểu!$A$1", "=0.05"). */
  add(name: string, reference: FakeRange | string, comment = ''): FakeNamedItem {
    this.context.model.requirements.require('NamedItemCollection.add');
    let created: NameModel | undefined;
    this.later({ add: name, reference: typeof reference === 'string' ? reference : 'range', comment }, () => {
      checkName(name);
      if (this.find(name)) throw itemAlreadyExists(`name "${name}"`);
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const { sheet, range } = reference.located();
        formula = `=${quoteSheetName(sheet.name)}!${absoluteAddress(range)}`;
      }
      created = { name, formula, comment, visible: true };
      this.scope.list().push(created);
    });
    return new FakeNamedItem(this.context, this.scope, () => created).at(this, 'add', [name]);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this.scope, () => {
      const found = this.find(name);
      if (!found) throw itemNotFound(`name "${name}"`);
      return found;
    }).at(this, 'getItem', [name]);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.context.model.requirements.require('NamedItemCollection.getItemOrNullObject');
    return new FakeNamedItem(this.context, this.scope, () => this.find(name)).at(this, 'getItemOrNullObject', [name]);
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, { on: this.typeName, getCount: true }, () => this.scope.list().length, this);
  }
}
