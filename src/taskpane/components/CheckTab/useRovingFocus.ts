import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const ITEM = 'data-roving-item';
const PART = 'data-roving-part';

type Focused = { readonly element: HTMLElement; readonly index: number };

/**
 * One Tab stop for a long list (the WAI-ARIA "roving tabindex"): only the
 * current item's main control is tabbable; ArrowUp/ArrowDown/Home/End move
 * between items and ArrowRight/ArrowLeft to and from the item's second control
 * (its fix), so Tab leaves the list at once however many issues it holds.
 *
 * When the focused item leaves the list (its fix applied, or the figure typed
 * right), the browser would drop focus on the page's body and a keyboard user
 * would start again from the top: focus goes instead to the item that took its
 * place, or to `fallback` when the list is empty.
 */
export function useRovingFocus(keys: readonly string[], fallback: RefObject<HTMLElement | null>) {
  const container = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | undefined>(undefined);
  const current = active !== undefined && keys.includes(active) ? active : keys[0];
  const lastFocused = useRef<Focused | undefined>(undefined);

  const items = useCallback(() => [...(container.current?.querySelectorAll<HTMLElement>(`[${ITEM}]`) ?? [])], []);

  useLayoutEffect(() => {
    const last = lastFocused.current;
    if (!last || last.element.isConnected) return;
    lastFocused.current = undefined;
    // Focus elsewhere means the user has moved on: leave it there.
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    const all = items();
    (all[Math.min(last.index, all.length - 1)] ?? fallback.current)?.focus();
  });

  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const key = event.target.getAttribute(ITEM) ?? event.target.getAttribute(PART);
      if (key === null) return;
      setActive(key);
      lastFocused.current = { element: event.target, index: items().findIndex((item) => item.getAttribute(ITEM) === key) };
    },
    [items],
  );

  // Focus gone to another control of the pane: a later change of the list must not pull it back.
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (event.relatedTarget instanceof Node && !container.current?.contains(event.relatedTarget)) lastFocused.current = undefined;
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      const key = target.getAttribute(ITEM) ?? target.getAttribute(PART);
      if (key === null) return;
      const all = items();
      const index = all.findIndex((item) => item.getAttribute(ITEM) === key);
      const moves: Record<string, () => HTMLElement | null | undefined> = {
        ArrowDown: () => all[Math.min(index + 1, all.length - 1)],
        ArrowUp: () => all[Math.max(index - 1, 0)],
        Home: () => all[0],
        End: () => all[all.length - 1],
        ArrowRight: () => container.current?.querySelector<HTMLElement>(`[${PART}="${CSS.escape(key)}"]`),
        ArrowLeft: () => all[index],
      };
      const next = moves[event.key]?.();
      if (!next) return;
      event.preventDefault();
      next.focus();
    },
    [items],
  );

  /** The list's wrapper: it hears the keys and the focus of every control inside. */
  const listProps = { ref: container, onKeyDown, onFocus, onBlur };
  /** An item's main control: the list's one Tab stop when it is the current item. */
  const itemProps = (key: string) => ({ [ITEM]: key, tabIndex: key === current ? 0 : -1 });
  /** An item's second control, reached with ArrowRight. */
  const partProps = (key: string) => ({ [PART]: key, tabIndex: -1 });
  return { listProps, itemProps, partProps };
}
