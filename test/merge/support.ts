import { formGrid } from '../../src/core/layout/grid';
import { consolidate, type Consolidation } from '../../src/core/merge/consolidate';
import type { RosterReading } from '../../src/core/merge/roster';
import type { MergeOptions, SourceRead } from '../../src/core/merge/types';
import { formByKey } from '../../src/forms/lookup';
import type { Campaign } from '../../src/forms/schema';
import { readSourceFile } from '../../src/hosts/xlsx/readSourceFile';
import { consolidatorOf, NQ25 } from '../support/campaigns';
import type { UnitFile } from '../support/units';

export const READ_AT = '25/11/2026 09:00';
export const DAY = 24 * 3600 * 1000;
/** 1 July 2023, before every deadline of both campaigns. */
export const JULY_1 = new Date(2023, 6, 1).getTime();

type Source = Pick<UnitFile, 'name' | 'bytes'>;

/** Who merges in a campaign: its consolidating unit type, named by its label without "(tổng hợp)" (NQ25: Ban Dân vận Tỉnh ủy). */
export function mergedBy(campaign: Campaign): { unitName: string; unitType: string } {
  const type = consolidatorOf(campaign);
  return { unitName: type.label.replace(/\s*\(.*\)$/, ''), unitType: type.key };
}

/** Reading and merging unit files as the consolidating unit of `campaign` does. */
export function mergeSupport(campaign: Campaign) {
  const readFile = (file: Source, modified: number | undefined = JULY_1): Promise<SourceRead> =>
    readSourceFile(campaign, { name: file.name, bytes: file.bytes, modified }, READ_AT);

  const mergeFiles = async (files: readonly (Source & { modified?: number })[], options: Partial<MergeOptions> = {}, roster?: RosterReading): Promise<Consolidation> => {
    const reads = await Promise.all(files.map((f) => readFile(f, f.modified)));
    return consolidate(campaign, { reads, options: { includeUnitsWithErrors: false, ...options }, by: mergedBy(campaign), roster, mergedAt: READ_AT });
  };

  /** The summary's figure for a cell, as the core computed it (what the file caches and Excel recomputes). */
  const summaryResult = (result: Consolidation, form: string, row: string, column: string): number | undefined => {
    const plan = result.forms.find((p) => p.identity.form === form);
    const def = formByKey(campaign, form);
    if (!plan || !def) return undefined;
    const grid = formGrid(def);
    return plan.cells[grid.rowOf.get(row) as number]?.[grid.columnOf.get(column) as number]?.result;
  };

  return { readFile, mergeFiles, summaryResult };
}

export const { readFile, mergeFiles, summaryResult } = mergeSupport(NQ25);
