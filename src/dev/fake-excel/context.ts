import type { GridRange } from '../../core/a1';
import { cellEditMode, FakeOfficeError, invalidObjectPath, requestTooLarge, responseTooLarge } from './errors';
import type { Change } from './events';
import type { ObjectPath } from './proxy';
import type { WorkbookModel } from './workbook';

/**
 * The request queue of Office.js. Property writes, method calls and loads are
 * recorded and sent at `sync()`; the host runs them in order, and a loaded
 * property reads back only after that. Each sync is counted and its request
 * measured as the JSON Office.js would send (`requestBody`); a request over
 * 5 MB is refused whole. A failure part-way leaves the earlier operations of
 * the batch applied, as in Excel, which has no transactions. A request that
 * reaches Excel while the user is editing a cell fails whole with
 * InvalidOperationInCellEditMode, or waits for the edit to end when the run
 * asked for `delayForCellEdit` and the host supports it.
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Sync counts and sizes, for tests and the bench. */
export class SyncStats {
  syncs = 0;
  /** UTF-8 bytes of each sync's request, in order. */
  requests: number[] = [];
  /** UTF-8 bytes of the loaded values each successful sync brought back. */
  responses: number[] = [];

  get maxRequestBytes(): number {
    return this.requests.reduce((a, b) => Math.max(a, b), 0);
  }

  /** The name the first tests and the bench use for `requests`. */
  get requestBytes(): number[] {
    return this.requests;
  }

  reset(): void {
    this.syncs = 0;
    this.requests = [];
    this.responses = [];
  }
}

/** Something that takes a loaded value once the sync it came with has succeeded. */
export interface Receiver {
  receive(property: string, value: unknown): void;
}

/** What the host collects while it runs one batch. */
export class Batch {
  readonly loaded: [Receiver, string, unknown][] = [];
  readonly changes: Change[] = [];
  readonly selections: { sheetId: string; range: GridRange }[] = [];

  deliver(receiver: Receiver, property: string, value: unknown): void {
    this.loaded.push([receiver, property, value]);
  }
}

type Step = { readonly describe: unknown; readonly run: (batch: Batch) => void; readonly path: ObjectPath | undefined };

/**
 * The body Office.js posts for one sync (office.js's ClientRequest builds
 * `{ AutoKeepReference, Actions, ObjectPaths }`): every object path the
 * actions use, with its arguments, an Instantiate action for each, and one
 * action per queued write, call or load carrying its arguments — the values,
 * number formats and formats themselves. Ids are numbered as Office.js does,
 * one counter for paths and actions.
 */
export function requestBody(steps: readonly { readonly describe: unknown; readonly path: ObjectPath | undefined }[]): unknown {
  const ids = new Map<ObjectPath, number>();
  const objectPaths: Record<number, unknown> = {};
  const actions: unknown[] = [];
  let next = 1;
  const idOf = (path: ObjectPath): number => {
    const known = ids.get(path);
    if (known !== undefined) return known;
    const parent = path.parent && idOf(path.parent);
    const id = next++;
    ids.set(path, id);
    objectPaths[id] = {
      Id: id,
      ObjectPathType: parent === undefined ? 1 : 3,
      Name: path.name,
      ...(parent === undefined ? {} : { ParentObjectPathId: parent }),
      ArgumentInfo: path.args.length > 0 ? { Arguments: path.args } : {},
    };
    actions.push({ Id: next++, ActionType: 1, Name: '', ObjectPathId: id });
    return id;
  };
  for (const step of steps) {
    const pathId = step.path ? idOf(step.path) : 0;
    actions.push({ Id: next++, ActionType: 3, Name: '', ObjectPathId: pathId, ArgumentInfo: { Arguments: [step.describe] } });
  }
  return { AutoKeepReference: false, Actions: actions, ObjectPaths: objectPaths };
}

/** How a run behaves when the user is editing a cell (Excel.RunOptions.delayForCellEdit). */
export type RunBehaviour = { readonly delayForCellEdit: boolean };

/** Told what a batch changed, so worksheet events can follow it. */
export type AppliedHook = (batch: Batch) => void;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export class FakeContext {
  private queue: Step[] = [];
  private closed = false;

  constructor(
    readonly model: WorkbookModel,
    readonly stats: SyncStats,
    private readonly applied: AppliedHook,
    private readonly behaviour: RunBehaviour = { delayForCellEdit: false },
  ) {}

  /**
   * Office.js would queue the call and fail at the next sync, or never if none
   * comes; the fake fails at the call, where the bug is.
   */
  ensureOpen(): void {
    if (this.closed) throw invalidObjectPath();
  }

  /** `path`: the object the operation is on, as Office.js would name it in the request. */
  enqueue(describe: unknown, run: (batch: Batch) => void, path?: ObjectPath): void {
    this.ensureOpen();
    this.queue.push({ describe, run, path });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Excel.run is over: its objects may still be read but no longer used. */
  close(): void {
    this.closed = true;
    this.queue = [];
  }

  async sync(): Promise<void> {
    this.ensureOpen();
    const steps = this.queue;
    this.queue = [];
    const requestBytes = utf8Bytes(JSON.stringify(requestBody(steps)));
    this.stats.syncs += 1;
    this.stats.requests.push(requestBytes);
    const fault = this.model.faults.take();
    // A round trip is asynchronous: nothing the batch does is visible before the first await.
    await Promise.resolve();
    if (requestBytes > PAYLOAD_LIMIT_BYTES) throw requestTooLarge(requestBytes);
    while (this.model.editing) {
      if (!this.behaviour.delayForCellEdit) throw cellEditMode();
      await this.model.editEnded();
    }
    const batch = new Batch();
    let failure: unknown;
    try {
      const upTo = fault ? Math.min(fault.afterActions, steps.length) : steps.length;
      for (const step of steps.slice(0, upTo)) step.run(batch);
      if (fault) throw new FakeOfficeError(fault.code, fault.message, { errorLocation: `sync failed on purpose after ${upTo} of ${steps.length} operations` });
    } catch (error) {
      failure = error;
    }
    this.applied(batch);
    if (failure !== undefined) throw failure;
    const responseBytes = utf8Bytes(JSON.stringify(batch.loaded.map(([, property, value]) => [property, value])));
    this.stats.responses.push(responseBytes);
    if (responseBytes > PAYLOAD_LIMIT_BYTES) throw responseTooLarge(responseBytes);
    for (const [receiver, property, value] of batch.loaded) receiver.receive(property, value);
  }
}

const contexts = new WeakMap<object, FakeContext>();

/** The RequestContext the add-in sees: `workbook`, `sync()`, and no-op tracked objects. */
export function requestContext(context: FakeContext, workbook: object): Excel.RequestContext {
  const root = {
    workbook,
    sync: <T>(passThroughValue?: T) => context.sync().then(() => passThroughValue),
    // Objects never expire inside a run here, so tracking has nothing to do; it is allowed.
    trackedObjects: { add: () => undefined, remove: () => undefined },
  };
  contexts.set(root, context);
  return root as unknown as Excel.RequestContext;
}

/** The fake behind a RequestContext, for APIs that take one (event args' getRange). */
export function contextOf(ctx: Excel.RequestContext): FakeContext {
  const context = contexts.get(ctx);
  if (!context) throw new TypeError('Not a RequestContext of the in-memory Excel');
  return context;
}
