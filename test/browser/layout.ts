import type { Locator, Page } from 'playwright-core';
import type { PaneSize } from './harness';

/** What the eye sees of the pane, measured in the page: text cut off, and controls out of view. */

/** A piece of text that does not fit where it is drawn. */
export type Clipped = { readonly text: string; readonly why: string };

/**
 * Every element of the pane (and of an open dialog) that holds text of its own
 * and does not show all of it: wider or taller inside than its box (cut, or
 * spilling out of a coloured badge onto the white around it), or reaching past
 * the pane's right edge. An inline element has no box of its own to measure;
 * its block parent is measured instead.
 */
export function clippedText(page: Page): Promise<Clipped[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="taskpane"]') as HTMLElement;
    const right = pane.getBoundingClientRect().right;
    const dialogs = [...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')];
    const found: { text: string; why: string }[] = [];
    for (const root of [pane, ...dialogs])
      for (const element of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
        const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        // Hidden (another tab, a closed select's options) is not clipped.
        if (!ownText || element.getClientRects().length === 0 || element.closest('select')) continue;
        const text = (element.textContent ?? '').trim().slice(0, 80);
        if (root === pane && element.getBoundingClientRect().right > right + 0.5) found.push({ text, why: 'reaches past the pane' });
        if (getComputedStyle(element).display === 'inline') continue;
        if (element.scrollWidth > element.clientWidth + 1) found.push({ text, why: `${element.scrollWidth} px wide in ${element.clientWidth} px` });
        if (element.scrollHeight > element.clientHeight + 1) found.push({ text, why: `${element.scrollHeight} px high in ${element.clientHeight} px` });
      }
    return found;
  });
}

/** Whether an element is wholly inside the window and the pane's column, as it is now (no scrolling). */
export async function isInView(page: Page, size: PaneSize, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  if (!box) return false;
  const height = page.viewportSize()?.height ?? size.height;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= height + 0.5 && box.x + box.width <= size.width + 0.5;
}
