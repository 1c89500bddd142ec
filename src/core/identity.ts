/**
 * Who a form sheet belongs to. Written as JSON in a hidden, locked marker cell
 * (A1 of a hidden first row): a cell survives renaming the sheet, copying it into
 * another workbook, save and reopen, and a round trip through LibreOffice, where
 * custom properties and sheet-scoped names are not all kept.
 */

export const MARKER_PREFIX = 'TONGKET ';
/** Marker cell position, 0-based. */
export const MARKER_ROW = 0;
export const MARKER_COLUMN = 0;

export type SheetMode = 'blank' | 'summary';

export type SheetIdentity = {
  readonly campaign: string;
  readonly form: string;
  readonly version: number;
  readonly unitType: string;
  readonly mode: SheetMode;
  /** For a summary: the units it contains, so that merging it with them again is refused. */
  readonly units?: readonly string[];
};

export function encodeIdentity(identity: SheetIdentity): string {
  const { campaign, form, version, unitType, mode, units } = identity;
  return MARKER_PREFIX + JSON.stringify(units ? { campaign, form, version, unitType, mode, units } : { campaign, form, version, unitType, mode });
}

/** The identity in a marker cell's text, or undefined when the text is not a marker. */
export function decodeIdentity(text: unknown): SheetIdentity | undefined {
  if (typeof text !== 'string' || !text.startsWith(MARKER_PREFIX)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text.slice(MARKER_PREFIX.length));
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const strings = ['campaign', 'form', 'unitType'].every((k) => typeof d[k] === 'string');
  const units = d.units === undefined || (Array.isArray(d.units) && d.units.every((u) => typeof u === 'string'));
  if (!strings || !Number.isInteger(d.version) || (d.mode !== 'blank' && d.mode !== 'summary') || !units) return undefined;
  return d as SheetIdentity;
}
