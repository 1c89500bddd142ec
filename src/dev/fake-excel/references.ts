import { quoteSheetName } from './address';
import type { WorkbookModel } from './workbook';

/**
 * Sheet references inside formulas, kept in step with the sheets as Excel
 * does: renaming a sheet rewrites every formula and defined name that names it
 * ('Old'!A1 becomes 'New'!A1), and deleting a sheet turns references to it into
 * #REF!. The fake stores formulas as text, so it rewrites the text; it knows
 * A1 cell, range, whole-column and whole-row references after "Sheet!".
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REFERENCE = String.raw`(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)`;

/** "'TH Dữ liệu'!" and, for a name Excel writes unquoted, "Sheet1!" not preceded by more of a name. */
function prefixPattern(name: string): string {
  const quoted = `'${escape(name.replace(/'/g, "''"))}'!`;
  return quoteSheetName(name) === name ? `(?:${quoted}|(?<![\\p{L}\\p{N}_.'!])${escape(name)}!)` : quoted;
}

function eachFormula(model: WorkbookModel, rewrite: (formula: string) => string): void {
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
    for (const name of sheet.names) name.formula = rewrite(name.formula);
    for (const cf of sheet.conditionalFormats) cf.formula = rewrite(cf.formula);
  }
  for (const name of model.names) name.formula = rewrite(name.formula);
}

export function renameReferences(model: WorkbookModel, from: string, to: string): void {
  if (from === to) return;
  const pattern = new RegExp(prefixPattern(from), 'giu');
  const replacement = `${quoteSheetName(to)}!`;
  eachFormula(model, (formula) => formula.replace(pattern, () => replacement));
}

export function breakReferences(model: WorkbookModel, deleted: string): void {
  const pattern = new RegExp(`${prefixPattern(deleted)}${REFERENCE}`, 'giu');
  eachFormula(model, (formula) => formula.replace(pattern, '#REF!'));
}
