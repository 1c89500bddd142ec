import type { FormProposal } from '../../core/design/types';
import type { FormSettings } from './campaignWithForm';
import type { DesignEdit } from './edits';

/**
 * The designer's work, kept outside its tab: saving adopts a new campaign,
 * and the pane starts every tab afresh for another campaign (AppShell keys
 * them by it). The design must outlive that, so it lives in a store the shell
 * holds, and the tab only shows it. Async work (reading, saving) updates the
 * store, whichever tab instance is on screen when it ends.
 */

export type DesignNotice = { readonly intent: 'success' | 'warning' | 'error' | 'info'; readonly title: string; readonly text?: string; readonly lines?: readonly string[] };

export type DesignState = {
  readonly busy: 'read' | 'preview' | 'save' | undefined;
  /** The last table read: where from, what Excel could not tell, and the forms proposed for it (one per table found). */
  readonly read: { readonly sheet: string; readonly from: 'selection' | 'sheet'; readonly missing: readonly string[]; readonly proposals: readonly FormProposal[] } | undefined;
  /** Which of the proposals is being designed. */
  readonly chosen: number;
  /** The person's changes to it, oldest first: Undo drops the last. */
  readonly edits: readonly DesignEdit[];
  readonly settings: FormSettings | undefined;
  /** Unit types the person unticked: every other one fills the form. */
  readonly unticked: readonly string[];
  /** The form key this design was last saved under, so saving again replaces it. */
  readonly savedKey: string | undefined;
  readonly notice: DesignNotice | undefined;
};

export const EMPTY_DESIGN: DesignState = { busy: undefined, read: undefined, chosen: 0, edits: [], settings: undefined, unticked: [], savedKey: undefined, notice: undefined };

export class DesignStore {
  private state: DesignState = EMPTY_DESIGN;
  private readonly listeners = new Set<() => void>();

  readonly get = (): DesignState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<DesignState> | ((state: DesignState) => Partial<DesignState>)): void {
    this.state = { ...this.state, ...(typeof change === 'function' ? change(this.state) : change) };
    for (const listener of this.listeners) listener();
  }
}
