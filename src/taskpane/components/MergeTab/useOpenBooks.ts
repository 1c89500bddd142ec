import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../../../core/dates';
import { openBookSource } from '../../merge/openBookSource';
import type { Incoming } from '../../merge/readFiles';
import { useOpenWorkbooksHub } from '../../openWorkbooks/OpenWorkbooksProvider';
import type { OpenBook } from '../../openWorkbooks/protocol';

/**
 * The other workbooks open with the add-in's pane on this machine, for the
 * "Sổ đang mở" section: asked to announce themselves whenever the tab is shown.
 * `available` is false where panes cannot reach each other (no BroadcastChannel).
 */
export function useOpenBooks(active: boolean, addIncoming: (items: readonly Incoming[]) => Promise<void>) {
  const hub = useOpenWorkbooksHub();
  const [books, setBooks] = useState<readonly OpenBook[]>([]);
  // Pane ids already added: "Thêm tất cả" adds the others, so a second click adds only workbooks opened since.
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => hub?.subscribe(setBooks), [hub]);
  useEffect(() => {
    if (active) hub?.hello();
  }, [active, hub]);

  // A workbook with no forms has nothing to merge; one added already would come in twice.
  const toAdd = books.filter((b) => b.units.length > 0 && !added.has(b.id));

  const addAll = useCallback(async () => {
    if (!hub || toAdd.length === 0) return;
    setAdded((current) => new Set([...current, ...toAdd.map((b) => b.id)]));
    const readAt = formatDateTime(Date.now());
    await addIncoming(toAdd.map((book) => openBookSource(hub, book, readAt)));
  }, [addIncoming, hub, toAdd]);

  return { available: hub !== undefined, books, added, toAdd: toAdd.length, addAll };
}
