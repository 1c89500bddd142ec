import { useCallback, useEffect, useRef } from 'react';

/**
 * A ref for a dialog's safe choice (Hủy), focused when the dialog opens, so
 * that Enter pressed out of habit changes nothing. Fluent focuses the first
 * control of a dialog in its own effect; this runs after it (a parent's effect
 * follows its children's), and once more on the next frame in case the
 * surface was not yet in the page. A callback ref: Fluent's Button takes no
 * typed ref object.
 */
export function useSafeFocus(): (element: HTMLElement | null) => void {
  const element = useRef<HTMLElement | null>(null);
  useEffect(() => {
    element.current?.focus();
    const frame = requestAnimationFrame(() => element.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return useCallback((node: HTMLElement | null) => {
    element.current = node;
  }, []);
}
