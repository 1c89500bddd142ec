import type ExcelJS from 'exceljs';
import { parseRange } from '../../core/a1';
import { oddValue, shownDate, type OddValue } from '../../core/oddValue';

/**
 * A sheet's window as Office.js would give it: `values` (a formula's cached
 * result, errors as "#REF!", rich text as plain text, empty as "") and
 * `formulas` ("=…" for formula cells), so one reader serves both hosts.
 */
function plain(value: ExcelJS.CellValue, text: (parsed: string) => string): unknown {
  if (value === null || value === undefined) return '';
  // ExcelJS makes a Date of a number under a date format ("1/7" typed in a number cell): a date, never a figure.
  if (value instanceof Date) return oddValue('date', shownDate(value));
  if (typeof value === 'string') return text(value);
  if (typeof value !== 'object') return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return text(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result ?? null, text);
  if ('text' in value) return text(value.text);
  return '';
}

/**
 * Texts copied out of the XML that ExcelJS parsed them from. V8 keeps a
 * substring as a pointer into its parent, so a formula or a cached result kept
 * its sheet's whole XML alive, and a label the whole table of shared strings:
 * about 1 MB per unit file, which a merge of 200 files holds until it has
 * written the summary, collecting garbage around it for seconds. Prepending a
 * character forces the copy (V8 issue 2869).
 */
const copied = (text: string) => (' ' + text).slice(1);

/** Cell texts are copied once per workbook, so the cells that share one (the campaign every sheet carries) still share it. */
const copies = new WeakMap<ExcelJS.Workbook, Map<string, string>>();

function textsOf(workbook: ExcelJS.Workbook): (parsed: string) => string {
  const texts = copies.get(workbook) ?? new Map<string, string>();
  copies.set(workbook, texts);
  return (parsed) => {
    let copy = texts.get(parsed);
    if (copy === undefined) texts.set(parsed, (copy = copied(parsed)));
    return copy;
  };
}

/**
 * `odd`: the sheet's cells whose stored value ExcelJS misreads (storedCells.ts), by address; they replace what ExcelJS made of them.
 */
export function sheetGrids(sheet: ExcelJS.Worksheet, window: string, odd?: ReadonlyMap<string, OddValue>): { values: unknown[][]; formulas: unknown[][] } {
  const { bottom, right } = parseRange(window);
  const text = textsOf(sheet.workbook);
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let r = 0; r <= bottom; r += 1) {
    // find, not get: getting creates the rows and cells the window reaches and the sheet lacks.
    const row = sheet.findRow(r + 1);
    const v: unknown[] = [];
    const f: unknown[] = [];
    for (let c = 0; c <= right; c += 1) {
      const cell = row?.findCell(c + 1);
      // A merged cell answers with its master's value; Excel keeps the others empty.
      const raw = !cell || (cell.isMerged && cell.master.address !== cell.address) ? null : cell.value;
      const value = plain(raw, text);
      v.push(value);
      f.push(raw && typeof raw === 'object' && 'formula' in raw ? copied(`=${raw.formula}`) : value);
    }
    values.push(v);
    formulas.push(f);
  }
  for (const [address, value] of odd ?? []) {
    const at = parseRange(address);
    const [v, f] = [values[at.top], formulas[at.top]];
    if (!v || !f || at.left > right) continue;
    v[at.left] = value;
    f[at.left] = value;
  }
  return { values, formulas };
}
