import type { Campaign, FormDef } from '../forms/schema';
import { cellAddress, rangeAddress } from './a1';
import { decodeIdentity, type SheetIdentity } from './identity';
import { formGrid } from './layout/grid';
import type { FormSheet } from './rules/checkForm';
import { markerText, unitNameOf, valueAt, type SheetValues } from './sheetValues';
import { formByKey } from '../forms/lookup';

/**
 * Recognises a form sheet from what a host read of it (values and formulas
 * from A1), checks that its layout is still the form's, and hands it to the
 * rule engine. Nothing is guessed: an unknown version or an edited layout is
 * refused with the first cell that differs.
 */

export type SheetReading =
  | { readonly kind: 'form'; readonly identity: SheetIdentity; readonly sheet: FormSheet & { readonly unitName: string } }
  | { readonly kind: 'not-a-form' }
  | { readonly kind: 'refused'; readonly identity: SheetIdentity; readonly reason: string };

/** The top-left block every form fits in: hosts read this much of each sheet in one request. */
export function readWindow(campaign: Campaign): string {
  const grids = campaign.forms.map(formGrid);
  return rangeAddress(0, 0, Math.max(...grids.map((g) => g.lastDataRow)), Math.max(...grids.map((g) => g.columnCount - 1)));
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value)).normalize('NFC').trim();

/** The first cell whose STT or label is not the form's, or undefined when the layout is intact. */
export function layoutDifference(form: FormDef, values: SheetValues): string | undefined {
  const grid = formGrid(form);
  for (const row of form.rows) {
    const r = grid.rowOf.get(row.key) as number;
    for (const [column, expected] of [
      [grid.sttColumn, row.stt],
      [grid.labelColumn, row.label],
    ] as const) {
      const found = text(valueAt(values, r, column));
      if (found !== expected) return `ô ${cellAddress(r, column)} ghi "${found}", biểu ${form.key} phiên bản ${form.version} ghi "${expected}"`;
    }
  }
  return undefined;
}

export function readFormSheet(campaign: Campaign, sheetName: string, values: SheetValues, formulas?: SheetValues): SheetReading {
  const identity = decodeIdentity(markerText(values));
  if (!identity) return { kind: 'not-a-form' };
  if (identity.campaign !== campaign.key)
    return { kind: 'refused', identity, reason: `sheet "${sheetName}" thuộc đợt "${identity.campaign}", không phải "${campaign.key}"` };
  const form = formByKey(campaign, identity.form);
  if (!form) return { kind: 'refused', identity, reason: `sheet "${sheetName}": danh mục không có biểu ${identity.form}` };
  if (form.version !== identity.version)
    return {
      kind: 'refused',
      identity,
      reason: `sheet "${sheetName}" là biểu ${form.key} phiên bản ${identity.version}; danh mục hiện dùng phiên bản ${form.version}, không đọc lẫn hai phiên bản`,
    };
  const difference = layoutDifference(form, values);
  if (difference) return { kind: 'refused', identity, reason: `sheet "${sheetName}" đã bị sửa bố cục: ${difference}` };
  const grid = formGrid(form);
  const cellAt = (row: string, column: string) => {
    const r = grid.rowOf.get(row) as number;
    const c = grid.columnOf.get(column) as number;
    const formula = valueAt(formulas ?? [], r, c);
    return { value: valueAt(values, r, c) ?? null, formula: typeof formula === 'string' && formula.startsWith('=') ? formula : undefined };
  };
  return { kind: 'form', identity, sheet: { form, sheet: sheetName, cellAt, unitName: unitNameOf(values) } };
}
