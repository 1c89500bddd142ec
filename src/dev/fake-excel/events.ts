import type { GridRange } from '../../core/a1';
import { formatAddress } from './address';
import type { CellValue } from './model';

/**
 * Excel raises worksheet events after the change, outside the code that made
 * it: handlers run on a later task, each in turn. Their failures are kept for
 * the test to see instead of vanishing into Office's log.
 */
export class EventQueue {
  private readonly pending = new Set<Promise<unknown>>();
  /** Errors thrown by handlers of events the add-in's own writes raised. */
  readonly errors: unknown[] = [];

  /** Runs the handlers after the current task; resolves with their failures once all have settled. */
  dispatch<A>(handlers: readonly ((args: A) => unknown)[], args: A): Promise<unknown[]> {
    const run = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const outcomes = await Promise.allSettled([...handlers].map(async (handler) => handler(args)));
      return outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    })();
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
    return run;
  }

  /** Resolves once no handler is running, including ones raised by handlers' own writes. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

/** What one applied write changed, for Worksheet.onChanged. */
export type Change = {
  readonly sheetId: string;
  readonly range: GridRange;
  /** The cell's content before and after, when a single cell changed (ChangedEventDetail). */
  readonly before?: CellValue;
  readonly after?: CellValue;
};

function valueType(value: CellValue | undefined): Excel.ChangedEventDetail['valueTypeAfter'] {
  if (value === null || value === undefined || value === '') return 'Empty';
  if (typeof value === 'number') return 'Double';
  return typeof value === 'boolean' ? 'Boolean' : 'String';
}

export type RangeLookup = (ctx: Excel.RequestContext, sheetId: string, address: string, orNull: boolean) => Excel.Range;

/**
 * WorksheetChangedEventArgs as Office.js builds them: the address is not
 * sheet-qualified; `details` exists from ExcelApi 1.9 and only for one cell.
 */
export function changedArgs(change: Change, withDetails: boolean, lookup: RangeLookup): Excel.WorksheetChangedEventArgs {
  const address = formatAddress(change.range);
  const single = change.range.top === change.range.bottom && change.range.left === change.range.right;
  const args = {
    type: 'WorksheetChanged' as const,
    worksheetId: change.sheetId,
    address,
    changeType: 'RangeEdited' as const,
    source: 'Local' as const,
    getRange: (ctx: Excel.RequestContext) => lookup(ctx, change.sheetId, address, false),
    getRangeOrNullObject: (ctx: Excel.RequestContext) => lookup(ctx, change.sheetId, address, true),
  };
  const details =
    withDetails && single
      ? { details: { valueBefore: change.before ?? '', valueAfter: change.after ?? '', valueTypeBefore: valueType(change.before), valueTypeAfter: valueType(change.after) } }
      : {};
  // The fake leaves out what Office.js adds in later sets (triggerSource, changeDirectionState).
  return { ...args, ...details } as unknown as Excel.WorksheetChangedEventArgs;
}

export function selectionArgs(sheetId: string, range: GridRange): Excel.WorksheetSelectionChangedEventArgs {
  return { type: 'WorksheetSelectionChanged', worksheetId: sheetId, address: formatAddress(range) };
}
