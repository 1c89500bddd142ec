import type { GridRange } from '../../core/a1';
import { contextOf, type Batch } from './context';
import { itemNotFound } from './errors';
import { changedArgs, selectionArgs, type Change, type RangeLookup } from './events';
import { parseAddress } from './address';
import { FakeRange } from './range';
import type { WorkbookModel } from './workbook';

/**
 * Raising worksheet events: for the add-in's own writes once their sync has
 * applied them (Excel raises onChanged for those too), and for the simulated
 * user's edits. Handlers of the sheet and of worksheets.onChanged both hear.
 */

/** The event's range: getRange fails the sync once the sheet is gone, getRangeOrNullObject answers a null object. */
const lookup: RangeLookup = (ctx, sheetId, address, orNull) => {
  const context = contextOf(ctx);
  const range = new FakeRange(context, () => {
    const sheet = context.model.byId(sheetId);
    if (!sheet && !orNull) throw itemNotFound(`worksheet ${sheetId}`);
    return sheet && { sheet, range: parseAddress(address).range };
  });
  return range.at(undefined, orNull ? 'getRangeOrNullObject' : 'getRange', [address]) as unknown as Excel.Range;
};

/** Resolves once every handler has settled, with the errors they threw. */
export async function raiseChanges(model: WorkbookModel, changes: readonly Change[]): Promise<unknown[]> {
  const withDetails = model.requirements.has('WorksheetChangedEventArgs.details');
  const runs = changes.map((change) => {
    const sheet = model.byId(change.sheetId);
    const handlers = [...(sheet?.changeHandlers ?? []), ...model.changeHandlers];
    return handlers.length > 0 ? model.events.dispatch(handlers, changedArgs(change, withDetails, lookup)) : Promise.resolve([]);
  });
  return (await Promise.all(runs)).flat();
}

export async function raiseSelections(model: WorkbookModel, selections: readonly { sheetId: string; range: GridRange }[]): Promise<unknown[]> {
  const runs = selections.map(({ sheetId, range }) => {
    const handlers = model.byId(sheetId)?.selectionHandlers ?? [];
    return handlers.length > 0 ? model.events.dispatch(handlers, selectionArgs(sheetId, range)) : Promise.resolve([]);
  });
  return (await Promise.all(runs)).flat();
}

/** The context's hook: events for what a sync applied, their handlers' errors kept on the model. */
export function afterBatch(model: WorkbookModel): (batch: Batch) => void {
  return (batch) => {
    const keep = (errors: unknown[]) => model.events.errors.push(...errors);
    if (batch.changes.length > 0) void raiseChanges(model, batch.changes).then(keep);
    if (batch.selections.length > 0) void raiseSelections(model, batch.selections).then(keep);
  };
}
