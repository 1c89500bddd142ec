import type { SourceRead } from '../../core/merge/types';
import { unitKey } from '../../core/merge/unitName';
import { readFormSheet } from '../../core/readSheet';
import type { Campaign } from '../../forms/schema';
import { unitTypeByKey } from '../../forms/lookup';

/** Who the workbook's forms say the unit is: its type, and its name when the header cell has one. */
export type WorkbookUnit = { readonly unitType: string; readonly unitName: string };

/**
 * The unit whose forms are already in the workbook, so the Chèn biểu tab opens
 * as that unit left it. Only a unit's own forms count (not summaries), and only
 * when they agree: a workbook holding several units' sheets, copied in for a
 * merge, names no single unit, and then nothing is guessed.
 */
export function workbookUnit(campaign: Campaign, read: SourceRead): WorkbookUnit | undefined {
  if (read.kind !== 'read') return undefined;
  const found = new Map<string, WorkbookUnit>();
  for (const grid of read.sheets) {
    const reading = readFormSheet(campaign, grid.name, grid.values, grid.formulas);
    if (reading.kind !== 'form' || reading.identity.mode !== 'blank' || !unitTypeByKey(campaign, reading.identity.unitType)) continue;
    const unitName = reading.sheet.unitName.trim();
    found.set(`${reading.identity.unitType}\n${unitKey(unitName)}`, { unitType: reading.identity.unitType, unitName });
  }
  // A form whose name was never typed says the type only: it agrees with a named form of that type.
  const named = [...found.values()].filter((u) => u.unitName !== '');
  const types = new Set([...found.values()].map((u) => u.unitType));
  if (types.size !== 1 || named.length > 1) return undefined;
  return named[0] ?? [...found.values()][0];
}
