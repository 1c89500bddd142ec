import type ExcelJS from 'exceljs';
import { parseRange, rangeAddress, type GridRange } from '../../core/a1';
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
  // A result alone is a formula whose text ExcelJS dropped (formulaOf): Excel shows its result, so the result is the value.
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) return plain((value as ExcelJS.CellFormulaValue).result ?? null, text);
  if ('text' in value) return text(value.text);
  return '';
}

/**
 * "=…" for a cell Excel computes, or undefined. Besides a cell with its own
 * formula, ExcelJS gives a cell following a shared formula begun elsewhere
 * as `{ sharedFormula: master's address, result }`, and one whose shared
 * formula has no first cell in the file as `{ result }` alone, its formula
 * lost. Both show a computed result, never a typed figure, so both are
 * formulas here; the lost one's text is unknown and left "=".
 */
function formulaOf(cell: ExcelJS.Cell, raw: ExcelJS.CellValue): string | undefined {
  if (!raw || typeof raw !== 'object' || raw instanceof Date) return undefined;
  if ('formula' in raw) return copied(`=${raw.formula}`);
  if ('sharedFormula' in raw) {
    // ExcelJS slides the master's formula to this cell, and throws when the master holds none.
    const at = parseRange(raw.sharedFormula);
    const master = cell.worksheet.findCell(at.top + 1, at.left + 1);
    return copied(`=${typeof master?.formula === 'string' ? cell.formula : raw.sharedFormula}`);
  }
  return 'result' in raw ? '=' : undefined;
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
 * `merges`: the merged ranges as far as they lie in the window.
 */
export function sheetGrids(
  sheet: ExcelJS.Worksheet,
  window: string,
  odd?: ReadonlyMap<string, OddValue>,
): { values: unknown[][]; formulas: unknown[][]; merges: string[] } {
  const { bottom, right } = parseRange(window);
  const text = textsOf(sheet.workbook);
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const merges = new Map<string, GridRange>();
  // ExcelJS gives an array formula ({1;2} over D10:D11) on its first cell only, the others as bare results: marked below.
  const arrays: { formula: string; at: GridRange }[] = [];
  for (let r = 0; r <= bottom; r += 1) {
    // find, not get: getting creates the rows and cells the window reaches and the sheet lacks.
    const row = sheet.findRow(r + 1);
    const v: unknown[] = [];
    const f: unknown[] = [];
    for (let c = 0; c <= right; c += 1) {
      const cell = row?.findCell(c + 1);
      if (cell?.isMerged) merges.set(cell.master.address, spanning(merges.get(cell.master.address), r, c));
      // A merged cell answers with its master's value; Excel keeps the others empty.
      const raw = !cell || (cell.isMerged && cell.master.address !== cell.address) ? null : cell.value;
      const value = plain(raw, text);
      v.push(value);
      const formula = cell && formulaOf(cell, raw);
      f.push(formula ?? value);
      const array = formula && raw && typeof raw === 'object' && 'shareType' in raw && raw.shareType === 'array' && 'ref' in raw ? raw.ref : undefined;
      if (formula && typeof array === 'string') arrays.push({ formula, at: arrayRange(array, r, c) });
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
  for (const { formula, at } of arrays)
    for (let r = at.top; r <= Math.min(at.bottom, bottom); r += 1)
      for (let c = at.left; c <= Math.min(at.right, right); c += 1) (formulas[r] as unknown[])[c] = formula;
  return { values, formulas, merges: [...merges.values()].filter((m) => m.top !== m.bottom || m.left !== m.right).map((m) => rangeAddress(m.top, m.left, m.bottom, m.right)) };
}

/** An array formula's range, from its first cell (`row`, `column`) on: a `ref` that does not read, or reaches above or left of that cell, is taken as that cell alone. */
function arrayRange(ref: string, row: number, column: number): GridRange {
  try {
    const range = parseRange(ref);
    return { top: row, left: column, bottom: Math.max(row, range.bottom), right: Math.max(column, range.right) };
  } catch {
    return { top: row, left: column, bottom: row, right: column };
  }
}

/** The range grown to take in one more cell. */
function spanning(range: GridRange | undefined, row: number, column: number): GridRange {
  if (!range) return { top: row, left: column, bottom: row, right: column };
  return { top: Math.min(range.top, row), left: Math.min(range.left, column), bottom: Math.max(range.bottom, row), right: Math.max(range.right, column) };
}
