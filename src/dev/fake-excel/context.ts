import { FakeOfficeError, notLoaded, tooLarge } from './errors';
import type { WorkbookModel } from './workbook';

/**
 * The request queue of Office.js: property writes and method calls are
 * recorded and take effect only at `sync()`, in order with the loads; a
 * property reads back only after it was loaded and synced. Each sync is
 * counted and its request measured as Office.js would send it (JSON), and a
 * request over 5 MB is refused whole.
 */

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

type Step = { readonly describe: unknown; readonly run: () => void };

export type SyncStats = { syncs: number; requestBytes: number[] };

export class FakeContext {
  private queue: Step[] = [];
  constructor(
    readonly model: WorkbookModel,
    readonly stats: SyncStats,
  ) {}

  enqueue(describe: unknown, run: () => void): void {
    this.queue.push({ describe, run });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const steps = this.queue;
    this.queue = [];
    const bytes = new TextEncoder().encode(JSON.stringify(steps.map((s) => s.describe))).length;
    this.stats.syncs += 1;
    this.stats.requestBytes.push(bytes);
    // A real round trip is asynchronous: callers must not rely on synchronous effects.
    await Promise.resolve();
    if (bytes > REQUEST_LIMIT_BYTES) throw tooLarge(bytes);
    for (const step of steps) step.run();
  }
}

type LoadOption = string | string[] | { select?: string } | undefined;

/** The properties a load() call names: "a, b", ["a", "b"], { select: "a,b" }, or all scalar ones when empty. */
export function loadedProperties(option: LoadOption, all: readonly string[]): string[] {
  const text = option === undefined ? '' : Array.isArray(option) ? option.join(',') : typeof option === 'string' ? option : (option.select ?? '');
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length > 0 ? names : [...all];
}

/** A proxy object: loads and queued calls go through its context; reads need a load and a sync first. */
export abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  protected abstract readonly scalarProperties: readonly string[];

  constructor(protected readonly context: FakeContext) {}

  /** The value of a property now, computed at sync time for a load. */
  protected abstract snapshot(property: string): unknown;

  load(option?: LoadOption): this {
    const properties = loadedProperties(option, this.scalarProperties);
    this.context.enqueue({ load: properties }, () => {
      for (const property of properties) this.loaded.set(property, this.snapshot(property));
      if (!properties.includes('isNullObject')) this.loaded.set('isNullObject', this.snapshot('isNullObject'));
    });
    return this;
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** For collections handing out items whose properties came with the collection's load. */
  preload(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  protected later(describe: unknown, run: () => void): void {
    this.context.enqueue(describe, run);
  }
}

export { FakeOfficeError };
