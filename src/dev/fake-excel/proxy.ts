import type { Batch, FakeContext, Receiver } from './context';
import { itemNotFound, notLoaded, notSimulated, valueNotLoaded } from './errors';

/**
 * Proxy objects, as Office.js hands them out: a write or method call is queued
 * on the context; a property can be read only after `load()` and a sync, and
 * then shows what the host held at that sync, however it changed since.
 */

/**
 * An object path as Office.js sends it: each proxy is reached from its parent
 * by a method or property with arguments ("getItem", ["Biểu 1"]), and every
 * request carries the paths its actions use (see context.ts, measuring).
 */
export type ObjectPath = { readonly name: string; readonly args: readonly unknown[]; readonly parent: ObjectPath | undefined };

/** Something a path can hang from: a proxy, or a plain helper object that keeps one. */
export type HasPath = { readonly path: ObjectPath };

export const rootPath = (name: string): ObjectPath => ({ name, args: [], parent: undefined });
export const childPath = (parent: HasPath | undefined, name: string, args: readonly unknown[] = []): ObjectPath => ({ name, args, parent: parent?.path });

export type LoadOption = string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

/** The property paths a load names: "a, b/c", ["a", "b"], { select, expand }, { a: true, b: { c: true } }. */
export function loadPaths(option: LoadOption): string[] {
  if (option === undefined) return [];
  const list = typeof option === 'string' ? option.split(',') : Array.isArray(option) ? option.flatMap((o) => o.split(',')) : objectPaths(option);
  return list.map((s) => s.trim()).filter(Boolean);
}

function objectPaths(option: Record<string, unknown>): string[] {
  if ('select' in option || 'expand' in option) return [String(option.select ?? ''), String(option.expand ?? '')].flatMap((s) => s.split(','));
  return Object.entries(option).flatMap(([key, value]) => {
    if (key.startsWith('$')) return [];
    if (value && typeof value === 'object') return objectPaths(value as Record<string, unknown>).map((p) => `${key}/${p}`);
    return value ? [key] : [];
  });
}

export abstract class ClientObject implements Receiver, HasPath {
  private readonly loaded = new Map<string, unknown>();
  private objectPath: ObjectPath | undefined;
  /** For messages: "Range", "Worksheet". */
  protected abstract readonly typeName: string;
  protected abstract readonly scalarProperties: readonly string[];

  constructor(readonly context: FakeContext) {}

  /** How Office.js would reach this object; a proxy made without one hangs from the root. */
  get path(): ObjectPath {
    this.objectPath ??= rootPath(this.typeName);
    return this.objectPath;
  }

  /** Records how the proxy was reached: `parent.name(...args)`. Returns the proxy. */
  at(parent: HasPath | undefined, name: string, args: readonly unknown[] = []): this {
    this.objectPath = childPath(parent, name, args);
    return this;
  }

  /** Whether the object exists at sync time; a getItem path to nothing throws ItemNotFound here. */
  protected abstract exists(): boolean;

  /** The value of a scalar property at sync time (the object exists). */
  abstract snapshot(property: string): unknown;

  /** Navigation properties ("format", "font") that a load path may go through. */
  protected navigate(_name: string): ClientObject | undefined {
    return undefined;
  }

  /** Checked when the load is queued: a requirement set, say. */
  protected checkLoadable(_property: string): void {}

  load(option?: LoadOption): this {
    this.context.ensureOpen();
    const own: string[] = [];
    const nested = new Map<ClientObject, string[]>();
    for (const path of loadPaths(option)) {
      const [head = '', ...rest] = path.split('/');
      const child = this.navigate(head);
      if (child) nested.set(child, [...(nested.get(child) ?? []), ...(rest.length > 0 ? [rest.join('/')] : [])]);
      else if (rest.length === 0 && (this.scalarProperties.includes(head) || head === 'isNullObject')) own.push(head);
      else throw notSimulated(`loading ${this.typeName}.${path}`);
    }
    const properties = own.length === 0 && nested.size === 0 ? [...this.scalarProperties] : own;
    properties.forEach((p) => this.checkLoadable(p));
    this.context.enqueue({ load: this.typeName, select: properties }, (batch) => this.deliverTo(batch, properties), this.path);
    for (const [child, paths] of nested) child.load(paths.length > 0 ? paths : undefined);
    return this;
  }

  /** Puts the properties' values in the batch's response; also used by collections for their items. */
  deliverTo(batch: Batch, properties: readonly string[]): void {
    const exists = this.exists();
    batch.deliver(this, 'isNullObject', !exists);
    for (const property of properties) if (property !== 'isNullObject') batch.deliver(this, property, exists ? this.snapshot(property) : undefined);
  }

  receive(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  /** Office.js returns undefined for any property of a null object, and throws for one never loaded. */
  protected read<T>(property: string): T {
    if (this.loaded.has(property)) return this.loaded.get(property) as T;
    if (this.loaded.get('isNullObject') === true) return undefined as T;
    throw notLoaded(property);
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.loaded].filter(([key]) => key !== 'isNullObject'));
  }

  protected later(describe: unknown, run: (batch: Batch) => void): void {
    this.context.enqueue({ on: this.typeName, ...(describe as object) }, run, this.path);
  }
}

/**
 * An object reached through a path that may lead nowhere (getItemOrNullObject,
 * a range of a null sheet): it exists while `locate` finds its model, and a
 * use of a missing one throws ItemNotFound, as Office.js does at the sync.
 */
export abstract class LocatedObject<T> extends ClientObject {
  constructor(
    context: FakeContext,
    /** The model, undefined for a null object; throws ItemNotFound itself for a getItem path to nothing. */
    protected readonly locate: () => T | undefined,
    /** Named in the ItemNotFound message: "range of a null object". */
    private readonly missing: string,
  ) {
    super(context);
  }

  protected exists(): boolean {
    return this.locate() !== undefined;
  }

  /** The model at sync time. */
  located(): T {
    const found = this.locate();
    if (found === undefined) throw itemNotFound(this.missing);
    return found;
  }

  /**
   * What an object reached from this one locates: this object's model, and
   * ItemNotFound at the sync when this is a null object. Office.js promises
   * nothing for a method called on a null object (only `isNullObject` is
   * documented), so the fake refuses it instead of answering another null.
   */
  protected within(what: string): () => T {
    return () => {
      const found = this.locate();
      if (found === undefined) throw itemNotFound(`${what} of a null object (${this.missing})`);
      return found;
    };
  }
}

/** ClientResult<T>: what methods like getCount() return; its value exists after the next sync. */
export class FakeClientResult<T> implements Receiver {
  private loaded = false;
  private result: T | undefined;

  constructor(context: FakeContext, describe: unknown, compute: () => T, on?: HasPath) {
    context.enqueue(describe, (batch) => batch.deliver(this, 'value', compute()), on?.path);
  }

  receive(_property: string, value: unknown): void {
    this.loaded = true;
    this.result = value as T;
  }

  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.result as T;
  }
}

/**
 * A collection: `load('items/name')`, `load('name, id')` (the items' properties)
 * or `load('items')` gives `items`, proxies made at the sync with those
 * properties already loaded.
 */
export abstract class CollectionObject<M, T extends ClientObject> extends ClientObject {
  protected readonly scalarProperties = ['items'];
  protected abstract readonly itemProperties: readonly string[];

  protected abstract list(): M[];
  protected abstract proxyOf(model: M): T;

  protected exists(): boolean {
    return true;
  }

  snapshot(): unknown {
    return undefined;
  }

  override load(option?: LoadOption): this {
    this.context.ensureOpen();
    const asked = loadPaths(option)
      .map((p) => p.replace(/^items\/?/, ''))
      .filter(Boolean);
    for (const p of asked) if (!this.itemProperties.includes(p)) throw notSimulated(`loading ${this.typeName}.items/${p}`);
    const properties = asked.length > 0 ? asked : [...this.itemProperties];
    this.context.enqueue(
      { load: this.typeName, select: properties.map((p) => `items/${p}`) },
      (batch) => {
        const items = this.list().map((model) => this.proxyOf(model).at(this, '_Item'));
        for (const item of items) item.deliverTo(batch, properties);
        batch.deliver(this, 'items', items);
      },
      this.path,
    );
    return this;
  }

  get items(): T[] {
    return this.read('items');
  }
}
