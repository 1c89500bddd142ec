import type ExcelJS from 'exceljs';
import { parseRange } from '../../core/a1';

/**
 * A sheet's window as Office.js would give it: `values` (a formula's cached
 * result, errors as "#REF!", rich text as plain text, empty as "") and
 * `formulas` ("=…" for formula cells), so one reader serves both hosts.
 */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('text' in value) return value.text;
  return '';
}

export function sheetGrids(sheet: ExcelJS.Worksheet, window: string): { values: unknown[][]; formulas: unknown[][] } {
  const { bottom, right } = parseRange(window);
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let r = 0; r <= bottom; r += 1) {
    const row = sheet.getRow(r + 1);
    const v: unknown[] = [];
    const f: unknown[] = [];
    for (let c = 0; c <= right; c += 1) {
      const cell = row.getCell(c + 1);
      // A merged cell answers with its master's value; Excel keeps the others empty.
      const raw = cell.isMerged && cell.master.address !== cell.address ? null : cell.value;
      v.push(plain(raw));
      f.push(raw && typeof raw === 'object' && 'formula' in raw ? `=${raw.formula}` : plain(raw));
    }
    values.push(v);
    formulas.push(f);
  }
  return { values, formulas };
}
