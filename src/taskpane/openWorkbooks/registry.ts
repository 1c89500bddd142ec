import type { OpenBook } from './protocol';

/**
 * The open workbooks written down where a pane opened later finds them: the
 * channel reaches only panes open at the time of a message, and a pane slow to
 * answer "hello" would be missed. Each pane keeps its own entry fresh
 * (`lastSeen`) and removes it when closed; readers drop stale entries.
 */
export type Registry = {
  put(book: OpenBook): Promise<void>;
  remove(id: string): Promise<void>;
  all(): Promise<OpenBook[]>;
};

const DB = 'tongket-open-workbooks';
const STORE = 'books';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });

/** The registry in the origin's IndexedDB (shared by the panes that share the origin's storage). */
export function indexedDbRegistry(factory: IDBFactory): Registry {
  let opened: Promise<IDBDatabase> | undefined;
  const db = () => {
    if (!opened) {
      const request = factory.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      opened = done(request);
    }
    return opened;
  };
  const store = async (mode: IDBTransactionMode) => (await db()).transaction(STORE, mode).objectStore(STORE);
  return {
    put: async (book) => void (await done((await store('readwrite')).put(book))),
    remove: async (id) => void (await done((await store('readwrite')).delete(id))),
    all: async () => (await done((await store('readonly')).getAll())) as OpenBook[],
  };
}

/** The registry of one process, for tests and where IndexedDB is missing. */
export function memoryRegistry(): Registry {
  const books = new Map<string, OpenBook>();
  return {
    put: async (book) => void books.set(book.id, book),
    remove: async (id) => void books.delete(id),
    all: async () => [...books.values()],
  };
}
