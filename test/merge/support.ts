import { formGrid } from '../../src/core/layout/grid';
import { consolidate, type Consolidation } from '../../src/core/merge/consolidate';
import type { RosterReading } from '../../src/core/merge/roster';
import type { MergeOptions, SourceRead } from '../../src/core/merge/types';
import { readSourceFile } from '../../src/hosts/xlsx/readSourceFile';
import { NQ25 } from '../../src/forms/nq25';
import type { UnitFile } from '../support/units';

export const READ_AT = '25/11/2026 09:00';
export const DAY = 24 * 3600 * 1000;
/** 1 July 2023, before every deadline of the campaign. */
export const JULY_1 = new Date(2023, 6, 1).getTime();

export function readFile(file: Pick<UnitFile, 'name' | 'bytes'>, modified: number | undefined = JULY_1): Promise<SourceRead> {
  return readSourceFile(NQ25, { name: file.name, bytes: file.bytes, modified }, READ_AT);
}

export async function mergeFiles(
  files: readonly (Pick<UnitFile, 'name' | 'bytes'> & { modified?: number })[],
  options: Partial<MergeOptions> = {},
  roster?: RosterReading,
): Promise<Consolidation> {
  const reads = await Promise.all(files.map((f) => readFile(f, f.modified)));
  return consolidate(NQ25, {
    reads,
    options: { includeUnitsWithErrors: false, ...options },
    by: { unitName: 'Ban Dân vận Tỉnh ủy', unitType: 'tinh' },
    roster,
    mergedAt: READ_AT,
  });
}

/** The summary's figure for a cell, as the core computed it (what the file caches and Excel recomputes). */
export function summaryResult(result: Consolidation, form: string, row: string, column: string): number | undefined {
  const plan = result.forms.find((p) => p.identity.form === form);
  const def = NQ25.forms.find((f) => f.key === form);
  if (!plan || !def) return undefined;
  const grid = formGrid(def);
  return plan.cells[grid.rowOf.get(row) as number]?.[grid.columnOf.get(column) as number]?.result;
}
