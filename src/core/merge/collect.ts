import type { Campaign } from '../../forms/schema';
import { UNIT_NAME_ADDRESS } from '../layout/grid';
import { readFormSheet } from '../readSheet';
import { stampInRow } from '../stamp/stamp';
import type { Found, MergeProblem } from './problems';
import { CURRENT_WORKBOOK, type SourceInfo, type SourceRead, type UnitSubmission } from './types';
import { cleanUnitName, oddCharacters, unitKey } from './unitName';

/**
 * Sources → the units they hold. Every sheet is read by its identity and its
 * layout checked; a sheet that cannot be read, a file picked twice, a workbook
 * without forms is reported against its file and left out, and the rest of the
 * file still counts. What went wrong is returned as coded problems (problems.ts).
 */

/** What one source held, before any choice between sources. */
export type CollectedSource = { readonly source: SourceInfo; readonly units: readonly string[]; readonly forms: readonly string[] };

export type Collected = { readonly submissions: UnitSubmission[]; readonly sources: readonly CollectedSource[]; readonly found: readonly Found[] };

export function collectSubmissions(campaign: Campaign, reads: readonly SourceRead[]): Collected {
  const submissions: UnitSubmission[] = [];
  const sources: CollectedSource[] = [];
  const found: Found[] = [];
  const seen = new Map<string, string>();
  for (const read of reads) {
    const { label: file, sha256 } = read.source;
    const problems: MergeProblem[] = [];
    const collected = { source: read.source, units: [] as string[], forms: [] as string[] };
    sources.push(collected);
    const done = () => found.push(...problems.map((problem) => ({ source: read.source, problem })));
    if (read.kind === 'unreadable') {
      problems.push({ code: 'unreadable', file, reason: read.reason });
      done();
      continue;
    }
    const twin = sha256 ? seen.get(sha256) : undefined;
    if (twin) {
      problems.push({ code: 'same-content', file, twin });
      done();
      continue;
    }
    if (sha256) seen.set(sha256, file);

    const units = new Map<string, UnitSubmission & { sheets: UnitSubmission['sheets'][number][] }>();
    let skippedSummaries = 0;
    const notedNames = new Set<string>();
    for (const grid of read.sheets) {
      const reading = readFormSheet(campaign, grid.name, grid.values, grid.formulas, grid.merges);
      if (reading.kind === 'not-a-form') continue;
      if (reading.kind === 'refused') {
        problems.push({ code: 'sheet-refused', file, reason: reading.reason });
        continue;
      }
      const { identity, sheet } = reading;
      // The open workbook's own summaries are this merge's output, not a unit's data.
      if (identity.mode === 'summary' && file === CURRENT_WORKBOOK) {
        skippedSummaries += 1;
        continue;
      }
      // The name as it reads: a zero-width space or a no-break space must not make a second unit of the same one.
      const unit = cleanUnitName(sheet.unitName);
      if (unit === '') {
        problems.push({ code: 'no-unit-name', file, sheet: grid.name, address: UNIT_NAME_ADDRESS });
        continue;
      }
      const odd = oddCharacters(sheet.unitName);
      if (odd.length > 0 && !notedNames.has(sheet.unitName)) {
        notedNames.add(sheet.unitName);
        problems.push({ code: 'odd-unit-name', file, sheet: grid.name, address: UNIT_NAME_ADDRESS, odd, read: unit });
      }
      const key = unitKey(unit);
      const known = units.get(key);
      if (known && known.unitType !== identity.unitType) {
        const kept = { sheet: known.sheets[0]?.sheet ?? '', unitType: known.unitType };
        problems.push({ code: 'two-unit-types', file, unit, kept, skipped: { sheet: grid.name, unitType: identity.unitType } });
        continue;
      }
      const other = known?.sheets.find((s) => s.form.key === sheet.form.key);
      if (other) {
        problems.push({ code: 'form-twice', file, unit, form: sheet.form.key, kept: other.sheet, skipped: grid.name });
        continue;
      }
      const entry = known ?? { key, unit, unitType: identity.unitType, source: read.source, sheets: [], contains: identity.units, withErrors: identity.withErrors };
      // A summary's input cells are its own formulas, and its rules compare sums: see FormSheet.summary.
      entry.sheets.push({ ...sheet, unitName: unit, identity, stamp: stampInRow(grid.values[0] ?? []), ...(identity.mode === 'summary' ? { summary: true } : {}) });
      units.set(key, entry);
    }
    if (skippedSummaries > 0) problems.push({ code: 'earlier-summaries', file, count: skippedSummaries });
    submissions.push(...units.values());
    for (const unit of units.values()) {
      collected.units.push(unit.unit);
      collected.forms.push(...unit.sheets.map((s) => s.form.key));
    }
    if (units.size === 0 && problems.length === 0) problems.push({ code: 'no-forms', file });
    done();
  }
  return { submissions, sources, found };
}
