import type { OwnSource } from '../../ports/workbookPort';
import { asMessage, chunksOf, joinChunks, type Channel, type Message, type OpenBook } from './protocol';
import type { Registry } from './registry';

/**
 * One pane's end of the open-workbooks channel. It announces its own workbook
 * (once started with `serve`: at once, when another pane says hello, and every
 * `heartbeatMs`), answers requests for its file, and keeps the list of the
 * other workbooks: those announced on the channel and those in the registry,
 * less the ones that said bye or were not heard of for `expiryMs`.
 */

/** What a workbook's pane says of itself; the hub adds its id and the time. */
export type Description = Omit<OpenBook, 'id' | 'lastSeen'>;

export type HubOptions = {
  readonly channel: Channel;
  readonly registry: Registry;
  readonly id?: string;
  readonly now?: () => number;
  readonly heartbeatMs?: number;
  readonly expiryMs?: number;
  /** How long a request waits for the next piece of an answer. */
  readonly answerMs?: number;
};

export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError';
}

type Pending = { chunks: Uint8Array[]; resolve: (source: OwnSource) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout>; book: string };

const randomId = () => globalThis.crypto.randomUUID();

export class OpenWorkbooksHub {
  readonly id: string;
  private readonly channel: Channel;
  private readonly registry: Registry;
  private readonly now: () => number;
  private readonly heartbeatMs: number;
  private readonly expiryMs: number;
  private readonly answerMs: number;
  private readonly books = new Map<string, OpenBook>();
  private readonly listeners = new Set<(books: readonly OpenBook[]) => void>();
  private readonly pending = new Map<string, Pending>();
  /** Panes that said bye: their registry entry may outlive them (a closing page's last write may never land), and is not taken again. */
  private readonly gone = new Set<string>();
  private own: { describe: () => Promise<Description>; send: (readAt: string) => Promise<OwnSource>; last?: Description } | undefined;
  /** Requests are answered one at a time: Excel keeps at most two files of a document in memory (ownFile.ts). */
  private answering: Promise<void> = Promise.resolve();
  private readonly timer: ReturnType<typeof setInterval>;
  private closed = false;

  constructor(options: HubOptions) {
    this.id = options.id ?? randomId();
    this.channel = options.channel;
    this.registry = options.registry;
    this.now = options.now ?? Date.now;
    this.heartbeatMs = options.heartbeatMs ?? 5_000;
    this.expiryMs = options.expiryMs ?? 3 * this.heartbeatMs;
    this.answerMs = options.answerMs ?? 30_000;
    this.channel.addEventListener('message', (event) => {
      const message = asMessage(event.data);
      if (message && message.from !== this.id) void this.receive(message);
    });
    this.timer = setInterval(() => void this.beat(), this.heartbeatMs);
    this.post({ type: 'hello', from: this.id });
    void this.refresh();
  }

  /** Starts announcing this pane's workbook; `describe` is asked again whenever another pane says hello, and on `announceAgain`. */
  serve(describe: () => Promise<Description>, send: (readAt: string) => Promise<OwnSource>): void {
    this.own = { describe, send };
    void this.announceAgain();
  }

  async announceAgain(): Promise<void> {
    if (!this.own) return;
    const own = this.own;
    try {
      own.last = await own.describe();
    } catch {
      // A workbook that could not be read this time is announced as it was last read.
    }
    await this.announce();
  }

  /** Calls `listener` with the other open workbooks now and on every change; returns the unsubscribe function. */
  subscribe(listener: (books: readonly OpenBook[]) => void): () => void {
    this.listeners.add(listener);
    listener(this.list());
    return () => void this.listeners.delete(listener);
  }

  /** Asks every pane to announce itself (a summary's pane does when its tab is shown). */
  hello(): void {
    this.post({ type: 'hello', from: this.id });
    void this.refresh();
  }

  list(): OpenBook[] {
    const fresh = this.now() - this.expiryMs;
    return [...this.books.values()].filter((b) => b.lastSeen >= fresh).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** The workbook `id`'s file (or values), as its pane sends it; fails when the pane does not answer in time. */
  request(id: string, readAt: string): Promise<OwnSource> {
    const request = randomId();
    return new Promise<OwnSource>((resolve, reject) => {
      const entry: Pending = { chunks: [], resolve, reject, timer: this.expire(request), book: id };
      this.pending.set(request, entry);
      this.post({ type: 'request-file', from: this.id, to: id, request, readAt });
    });
  }

  close(): void {
    if (this.closed) return;
    if (this.own) {
      this.post({ type: 'bye', from: this.id });
      void this.registry.remove(this.id).catch(() => undefined);
    }
    this.closed = true;
    clearInterval(this.timer);
    for (const [request, p] of this.pending) this.finish(request, () => p.reject(new NoAnswerError('ngăn này đã đóng trước khi nhận xong')));
    this.channel.close();
  }

  private post(message: Message): void {
    if (!this.closed) this.channel.postMessage(message);
  }

  private async announce(): Promise<void> {
    const last = this.own?.last;
    if (!last || this.closed) return;
    const book: OpenBook = { ...last, id: this.id, lastSeen: this.now() };
    this.post({ type: 'announce', from: this.id, book });
    await this.registry.put(book).catch(() => undefined);
  }

  private async beat(): Promise<void> {
    await this.announce();
    await this.refresh();
  }

  /** Takes the registry's entries, drops expired ones (from the registry too: their panes are gone) and tells the listeners. */
  private async refresh(): Promise<void> {
    const fresh = this.now() - this.expiryMs;
    const stored = await this.registry.all().catch(() => [] as OpenBook[]);
    for (const book of stored) {
      if (book.id === this.id || this.gone.has(book.id)) continue;
      if (book.lastSeen < fresh) void this.registry.remove(book.id).catch(() => undefined);
      else if ((this.books.get(book.id)?.lastSeen ?? -1) < book.lastSeen) this.books.set(book.id, book);
    }
    for (const [id, book] of this.books) if (book.lastSeen < fresh) this.books.delete(id);
    this.changed();
  }

  private changed(): void {
    const books = this.list();
    for (const listener of this.listeners) listener(books);
  }

  private async receive(message: Message): Promise<void> {
    switch (message.type) {
      case 'hello':
        return this.announceAgain();
      case 'announce':
        if (this.gone.has(message.from)) return;
        this.books.set(message.book.id, message.book);
        return this.changed();
      case 'bye':
        this.gone.add(message.from);
        this.books.delete(message.from);
        void this.registry.remove(message.from).catch(() => undefined);
        for (const [request, p] of this.pending) if (p.book === message.from) this.finish(request, () => p.reject(new NoAnswerError('sổ đã đóng trước khi gửi xong')));
        return this.changed();
      case 'request-file':
        if (message.to === this.id) this.answering = this.answering.then(() => this.answer(message.from, message.request, message.readAt));
        return;
      default:
        if (message.to === this.id) this.take(message);
    }
  }

  private async answer(to: string, request: string, readAt: string): Promise<void> {
    if (!this.own) return this.post({ type: 'file-error', from: this.id, to, request, message: 'ngăn của sổ chưa sẵn sàng' });
    try {
      const own = await this.own.send(readAt);
      if (own.kind === 'values') return this.post({ type: 'values', from: this.id, to, request, name: own.name, read: own.read });
      const chunks = chunksOf(own.bytes);
      chunks.forEach((bytes, index) => this.post({ type: 'file-chunk', from: this.id, to, request, name: own.name, index, count: chunks.length, bytes }));
    } catch (error) {
      this.post({ type: 'file-error', from: this.id, to, request, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private take(message: Extract<Message, { type: 'file-chunk' | 'values' | 'file-error' }>): void {
    const p = this.pending.get(message.request);
    if (!p) return;
    if (message.type === 'file-error') return this.finish(message.request, () => p.reject(new Error(message.message)));
    if (message.type === 'values') return this.finish(message.request, () => p.resolve({ kind: 'values', name: message.name, read: message.read }));
    p.chunks[message.index] = message.bytes;
    clearTimeout(p.timer);
    p.timer = this.expire(message.request);
    if (p.chunks.filter(Boolean).length === message.count) this.finish(message.request, () => p.resolve({ kind: 'file', name: message.name, bytes: joinChunks(p.chunks) }));
  }

  private expire(request: string): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      const p = this.pending.get(request);
      if (p) this.finish(request, () => p.reject(new NoAnswerError('sổ không trả lời: đã đóng, hoặc Excel đang bận')));
    }, this.answerMs);
  }

  private finish(request: string, settle: () => void): void {
    const p = this.pending.get(request);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(request);
    settle();
  }
}
