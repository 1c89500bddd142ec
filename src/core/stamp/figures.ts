import type { Campaign } from '../../forms/schema';
import { cellRole } from '../cellRoles';
import { addressOf, formGrid, UNIT_NAME_ADDRESS } from '../layout/grid';
import { cleanUnitName } from '../merge/unitName';
import type { FormSheet } from '../rules/checkForm';
import type { SheetStamp, StampedFigure } from './stamp';

/** The submitted figures of a sheet, and which of them differ now. */

/** A figure that differs from what the sheet's submission stamp recorded; null where the cell was, or is, blank. */
export type ChangedCell = { readonly sheet: string; readonly cell: string; readonly submitted: number | string | null; readonly now: number | string | null };

/**
 * Past this length a note is recorded by its length and a fingerprint: a
 * stamp is one cell, and a few long Ghi chú would pass Excel's 32,767
 * characters. A changed note still shows as changed.
 */
const LONG_NOTE = 100;

/** FNV-1a over the UTF-16 code units, as 8 hex digits: enough to tell an edited note, no security meant. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `…(${text.length} ký tự, mã ${hash.toString(16).padStart(8, '0')})`;
}

/** A cell as recorded and compared: numbers as stored, text as it reads (NFC, trimmed; a long note by its fingerprint), blank as undefined. */
function figureOf(value: unknown): number | string | undefined {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return undefined;
  const text = (value instanceof Date ? value.toISOString() : String(value)).normalize('NFC').trim();
  if (text === '') return undefined;
  return text.length > LONG_NOTE ? fingerprint(text) : text;
}

/** Every input and Ghi chú cell of the sheet, in form order, with its figure (undefined when blank). */
function formCells(sheet: FormSheet): [cell: string, value: number | string | undefined][] {
  const { form } = sheet;
  const grid = formGrid(form);
  return form.rows.flatMap((row) =>
    form.columns.flatMap((column) => {
      const role = cellRole(form, row.key, column.key).role;
      if (role !== 'input' && role !== 'text') return [];
      return [[addressOf(grid, row.key, column.key), figureOf(sheet.cellAt(row.key, column.key).value)] as [string, number | string | undefined]];
    }),
  );
}

/** Every input and Ghi chú cell of the sheet that is not blank, in form order: what a stamp records. */
export function sheetFigures(sheet: FormSheet): StampedFigure[] {
  return formCells(sheet).flatMap(([cell, value]) => (value === undefined ? [] : [[cell, value] as const]));
}

/** The stamp of a sheet about to be submitted. */
export function stampOf(campaign: Campaign, sheet: FormSheet, by: string, at: Date): SheetStamp {
  return {
    unit: cleanUnitName(sheet.unitName ?? ''),
    by,
    at: at.toISOString(),
    campaign: { key: campaign.key, version: campaign.version },
    form: { key: sheet.form.key, version: sheet.form.version },
    figures: sheetFigures(sheet),
  };
}

/**
 * Every cell whose figure differs from the stamp: changed, blanked or filled
 * since, in form order, the unit name (the header's input) first.
 */
export function changedFigures(sheet: FormSheet, stamp: SheetStamp): ChangedCell[] {
  const changed: ChangedCell[] = [];
  // As the merge files it: a name read without invisible characters is the same name.
  const unit = cleanUnitName(sheet.unitName ?? '');
  if (sheet.unitName !== undefined && unit !== cleanUnitName(stamp.unit)) changed.push({ sheet: sheet.sheet, cell: UNIT_NAME_ADDRESS, submitted: stamp.unit || null, now: unit || null });
  const then = new Map(stamp.figures);
  for (const [cell, value] of formCells(sheet)) {
    const submitted = then.get(cell) ?? null;
    const now = value ?? null;
    if (submitted !== now) changed.push({ sheet: sheet.sheet, cell, submitted, now });
  }
  return changed;
}
