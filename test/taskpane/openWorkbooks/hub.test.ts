import { BroadcastChannel } from 'node:worker_threads';
import type { SourceRead } from '../../../src/core/merge/types';
import { NoAnswerError, OpenWorkbooksHub, type HubOptions } from '../../../src/taskpane/openWorkbooks/hub';
import { CHUNK_BYTES, type Channel, type OpenBook } from '../../../src/taskpane/openWorkbooks/protocol';
import { memoryRegistry, type Registry } from '../../../src/taskpane/openWorkbooks/registry';

/** Panes of one machine: Node's BroadcastChannel delivers between objects of one process as the browser's does between pages. */

let hubs: OpenWorkbooksHub[] = [];
let channelName = '';
let registry: Registry;
beforeEach(() => {
  channelName = `tongket-test-${Math.random()}`;
  registry = memoryRegistry();
});
afterEach(() => {
  for (const hub of hubs) hub.close();
  hubs = [];
});

function pane(options: Partial<HubOptions> = {}): OpenWorkbooksHub {
  const hub = new OpenWorkbooksHub({ channel: new BroadcastChannel(channelName) as unknown as Channel, registry, heartbeatMs: 50, ...options });
  hubs.push(hub);
  return hub;
}

const VAN_LAM = { name: 'Huyện ủy Văn Lâm.xlsx', units: ['Huyện ủy Văn Lâm · Huyện ủy, thành ủy, thị ủy · Biểu 1 · không có lỗi'], problems: [] };

/** A unit's pane serving `bytes` as its file. */
function unitPane(bytes: Uint8Array, description = VAN_LAM, options: Partial<HubOptions> = {}): OpenWorkbooksHub {
  const hub = pane(options);
  hub.serve(async () => description, async () => ({ kind: 'file', name: description.name, bytes }));
  return hub;
}

/** Resolves with the list once `test` holds for it. */
function listed(hub: OpenWorkbooksHub, test: (books: readonly OpenBook[]) => boolean): Promise<readonly OpenBook[]> {
  return new Promise((resolve) => {
    const stop = hub.subscribe((books) => {
      if (test(books)) {
        queueMicrotask(() => stop());
        resolve(books);
      }
    });
  });
}

describe('the panes of open workbooks', () => {
  it('see a workbook opened before them, with its units and problems, and not themselves', async () => {
    const unit = unitPane(new Uint8Array([1, 2, 3]));
    const summary = pane();
    summary.serve(async () => ({ name: 'Tổng hợp.xlsx', units: [], problems: [] }), async () => ({ kind: 'file', name: 'Tổng hợp.xlsx', bytes: new Uint8Array() }));
    const books = await listed(summary, (b) => b.length === 1);
    expect(books[0]).toMatchObject({ id: unit.id, ...VAN_LAM });
    const seenByUnit = await listed(unit, (b) => b.length === 1);
    expect(seenByUnit[0]?.name).toBe('Tổng hợp.xlsx');
  });

  it('find a workbook in the registry when its pane is not on the channel to answer', async () => {
    await registry.put({ id: 'elsewhere', lastSeen: Date.now(), ...VAN_LAM });
    await registry.put({ id: 'long-gone', lastSeen: Date.now() - 60_000, ...VAN_LAM, name: 'Cũ.xlsx' });
    const summary = pane();
    const books = await listed(summary, (b) => b.length === 1);
    expect(books.map((b) => b.id)).toEqual(['elsewhere']);
    // The stale entry's pane is gone: it is removed for the next pane too.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await registry.all()).map((b) => b.id)).not.toContain('long-gone');
  });

  it('drop a workbook whose pane closed, from the list and from the registry', async () => {
    const unit = unitPane(new Uint8Array([1]), VAN_LAM, { heartbeatMs: 10_000 });
    const summary = pane({ heartbeatMs: 10_000 });
    await listed(summary, (b) => b.length === 1);
    unit.close();
    // Said at once, long before the announcement would expire.
    const said = Date.now();
    await listed(summary, (b) => b.length === 0);
    expect(Date.now() - said).toBeLessThan(100);
    expect(await registry.all()).toEqual([]);
  });

  it('drop a workbook whose pane stopped answering once its announcement expires', async () => {
    let now = 1_000_000;
    const summary = pane({ now: () => now, heartbeatMs: 20, expiryMs: 1_000 });
    await registry.put({ id: 'frozen', lastSeen: now, ...VAN_LAM });
    await listed(summary, (b) => b.length === 1);
    now += 1_001;
    await listed(summary, (b) => b.length === 0);
  });

  it('send a workbook’s file in pieces that join to the very bytes', async () => {
    const bytes = Uint8Array.from({ length: 2 * CHUNK_BYTES + 123 }, (_, i) => (i * 7) % 256);
    const unit = unitPane(bytes);
    const summary = pane();
    await listed(summary, (b) => b.length === 1);
    const got = await summary.request(unit.id, '2026-12-02 09:00');
    expect(got.kind).toBe('file');
    expect(got.kind === 'file' && Buffer.from(got.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(got.name).toBe(VAN_LAM.name);
  });

  it('send a workbook’s sheet values where Excel gives no file', async () => {
    const read: SourceRead = { kind: 'read', source: { label: VAN_LAM.name, sha256: undefined, modified: undefined, readAt: '2026-12-02 09:00' }, sheets: [{ name: 'Biểu 1', values: [['x', 1]] }] };
    const unit = pane();
    unit.serve(async () => VAN_LAM, async () => ({ kind: 'values', name: VAN_LAM.name, read }));
    const summary = pane();
    await expect(summary.request(unit.id, '2026-12-02 09:00')).resolves.toEqual({ kind: 'values', name: VAN_LAM.name, read });
  });

  it('pass on why a workbook’s pane could not send its file', async () => {
    const unit = pane();
    unit.serve(async () => VAN_LAM, async () => Promise.reject(new Error('Excel không đưa được tệp của sổ: 5001 Internal Error.')));
    const summary = pane();
    await expect(summary.request(unit.id, 'x')).rejects.toThrow('Excel không đưa được tệp của sổ');
  });

  it('give up on a workbook that does not answer', async () => {
    await registry.put({ id: 'silent', lastSeen: Date.now(), ...VAN_LAM });
    const summary = pane({ answerMs: 50 });
    await listed(summary, (b) => b.length === 1);
    const asked = summary.request('silent', 'x');
    await expect(asked).rejects.toBeInstanceOf(NoAnswerError);
    await expect(asked).rejects.toThrow('sổ không trả lời: đã đóng, hoặc Excel đang bận');
  });

  it('answer one request at a time, as Excel keeps at most two files of a document open', async () => {
    let open = 0;
    let most = 0;
    const unit = pane();
    unit.serve(
      async () => VAN_LAM,
      async () => {
        open += 1;
        most = Math.max(most, open);
        await new Promise((resolve) => setTimeout(resolve, 10));
        open -= 1;
        return { kind: 'file', name: VAN_LAM.name, bytes: new Uint8Array([9]) };
      },
    );
    const summaries = [pane(), pane(), pane()];
    await Promise.all(summaries.map((s) => s.request(unit.id, 'x')));
    expect(most).toBe(1);
  });
});
