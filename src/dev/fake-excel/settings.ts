import type { DocumentSettings } from '../../hosts/excel/campaignStore';

/**
 * Office.context.document.settings, in memory. As documented for Office.Settings
 * (Microsoft Learn, and @types/office-js): `set` and `remove` change only the
 * in-memory property bag; `saveAsync` persists it and calls back later, never
 * synchronously. `saved()` is what the document would hold after a save, for tests.
 */
export type FakeSettings = DocumentSettings & { saved(): ReadonlyMap<string, unknown> };

export function createFakeSettings(): FakeSettings {
  const memory = new Map<string, unknown>();
  let persisted = new Map<string, unknown>();
  // Office.Settings stores values "as the serialized JSON representation of its data type": a copy, not the caller's object.
  const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  return {
    get: (name: string) => (memory.has(name) ? copy(memory.get(name)) : null),
    set: (name: string, value: unknown) => void memory.set(name, copy(value)),
    remove: (name: string) => void memory.delete(name),
    saveAsync: ((callback?: (result: Office.AsyncResult<void>) => void) => {
      setTimeout(() => {
        persisted = new Map(memory);
        callback?.({ status: 'succeeded', value: undefined } as unknown as Office.AsyncResult<void>);
      }, 0);
    }) as DocumentSettings['saveAsync'],
    saved: () => persisted,
  };
}
