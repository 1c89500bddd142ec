import { copyName } from '../insertion';
import { decodeIdentity } from '../identity';
import { decodeOutputMarker } from './outputMarker';
import { DATA_SHEET } from './summaryPlans';

/**
 * Where a merge's sheets go in a workbook that may hold a previous merge and
 * the user's own sheets. The add-in's earlier output (a summary form, the data,
 * status or roster sheet of this campaign) is replaced after the user confirms,
 * stale ones included; a sheet of the user's that happens to have an output's
 * name is never touched: the output takes another name.
 */

export type ExistingSheet = { readonly name: string; readonly marker: unknown };

export type Placement = {
  /** Earlier add-in sheets to delete (asked first). */
  readonly replace: readonly string[];
  /** Output name → the name it gets because a user sheet holds the name. */
  readonly renamed: ReadonlyMap<string, string>;
};

export class PlacementError extends Error {
  override readonly name = 'PlacementError';
}

export function isAddinOutput(campaign: string, marker: unknown): boolean {
  const identity = decodeIdentity(marker);
  if (identity) return identity.campaign === campaign && identity.mode === 'summary';
  const output = decodeOutputMarker(marker);
  return output !== undefined && output.campaign === campaign && output.kind !== 'roster';
}

export function placeOutputs(campaign: string, existing: readonly ExistingSheet[], outputs: readonly string[]): Placement {
  const fold = (name: string) => name.toLocaleLowerCase('vi');
  const replace = existing.filter((s) => isAddinOutput(campaign, s.marker)).map((s) => s.name);
  const replaced = new Set(replace.map(fold));
  const taken = new Set(existing.map((s) => s.name).concat(outputs));
  const renamed = new Map<string, string>();
  for (const name of outputs) {
    const holder = existing.find((s) => fold(s.name) === fold(name));
    if (!holder || replaced.has(fold(name))) continue;
    // The summaries' formulas name the data sheet: it cannot move.
    if (name === DATA_SHEET) throw new PlacementError(`Sổ đã có sheet "${DATA_SHEET}" không do bổ trợ tạo; đổi tên sheet đó rồi tổng hợp lại.`);
    const other = copyName(name, taken);
    taken.add(other);
    renamed.set(name, other);
  }
  return { replace, renamed };
}
