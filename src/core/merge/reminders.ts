import type { Campaign } from '../../forms/schema';
import { unitTypeByKey } from '../../forms/lookup';
import { missingFromRoster } from './statusPlan';
import type { RosterEntry, UnitReport } from './types';
import { unitKey } from './unitName';

/**
 * Who to remind: every roster unit that sent nothing or not all the forms its
 * type owes, with its deadline, and whether that day is past. From the same
 * roster and the same "missing" the status sheet counts, so the pane's list and
 * the sheet never disagree.
 */
export type Reminder = {
  readonly unit: string;
  readonly unitType: string;
  /** The unit type's deadline, ISO "2023-07-30"; undefined for a type the campaign no longer has. */
  readonly deadline: string | undefined;
  /** Form keys still owed, in catalog order. */
  readonly forms: readonly string[];
  readonly sentNothing: boolean;
  /** The deadline day is over. */
  readonly overdue: boolean;
};

/** The units to remind on `today` (ISO), those past their deadline first, then by deadline, in roster order otherwise. */
export function reminders(campaign: Campaign, roster: readonly RosterEntry[], units: readonly UnitReport[], today: string): Reminder[] {
  const sent = new Set(units.map((u) => unitKey(u.unit)));
  const list = missingFromRoster(campaign, roster, units).map((m): Reminder => {
    const deadline = unitTypeByKey(campaign, m.unitType)?.deadline;
    return { ...m, deadline, sentNothing: !sent.has(unitKey(m.unit)), overdue: deadline !== undefined && today > deadline };
  });
  const rank = (r: Reminder) => (r.overdue ? 0 : 1);
  return list
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || (a.r.deadline ?? '9').localeCompare(b.r.deadline ?? '9') || a.i - b.i)
    .map(({ r }) => r);
}
