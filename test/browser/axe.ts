import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core run inside the page, on what is ours: the task pane and any dialog
 * Fluent has portalled out of it. The preview's workbook beside the pane is a
 * stand-in for Excel's grid and is not checked.
 */

const AXE = require.resolve('axe-core/axe.min.js');

/** One broken rule, as the assertion prints it: which rule, how bad, and where. */
export type Violation = { readonly id: string; readonly impact: string; readonly help: string; readonly targets: readonly string[] };

/** The violations a user of a screen reader or keyboard is stopped or misled by. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Fluent's focus manager (tabster) puts an empty `<i aria-hidden tabindex=0
 * data-tabster-dummy>` around tab lists and dialogs: it only hands the focus on,
 * and announcing it would be the bug. A known false positive of aria-hidden-focus
 * (microsoft/tabster#288, microsoft/fluentui#25133), dropped for that rule and
 * those elements only.
 */
/**
 * axe leaves an ARIA reference to a missing id as "needs review" (the id might
 * be added later); in this pane none ever is, so a dangling reference is a defect
 * and counts. Other reviews (colour behind a dialog's backdrop) are not verdicts.
 */
const DECIDED_ON_REVIEW = new Set(['aria-valid-attr-value']);

const isTabsterDummy = (id: string, html: string) => id === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    // A dialog fades in: its text measured half-way would fail contrast that the settled dialog passes.
    // Spinners and progress bars loop for ever: only animations that end are waited for.
    const ending = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
    // The pane's own regions, and the dialogs Fluent renders outside them; whichever are open.
    const roots = ['[data-testid="taskpane"]', '[role="dialog"]', '[role="alertdialog"]'].filter((s) => document.querySelector(s) !== null);
    const axe = (window as unknown as { axe: { run(context: object, options: RunOptions): Promise<AxeResults> } }).axe;
    const results = await axe.run({ include: roots.map((s) => [s]) }, { resultTypes: ['violations', 'incomplete'] });
    const broken = [...results.violations.map((v) => ({ ...v, review: false })), ...results.incomplete.map((v) => ({ ...v, review: true }))];
    return broken.map((v) => ({ id: v.id, review: v.review, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')), html: v.nodes.map((n) => n.html) }));
  });
  return found
    .filter(({ review, id }) => !review || DECIDED_ON_REVIEW.has(id))
    .map(({ review: _review, ...v }) => v)
    .map(({ html, ...v }) => ({ ...v, targets: v.targets.filter((_, i) => !isTabsterDummy(v.id, html[i] ?? '')) }))
    .filter((v) => v.targets.length > 0);
}

/** The serious and critical ones only: what the tests hold at zero. */
export const blocking = (violations: readonly Violation[]) => violations.filter((v) => BLOCKING.has(v.impact));
