import type { Campaign } from '../../forms/schema';
import type { SheetPlan } from '../plan/types';
import type { TablePlan } from '../plan/tablePlan';
import { mergeSources, type MergeResult } from './merge';
import { rosterOfUnits, type RosterReading } from './roster';
import { missingFromRoster, rosterPlan, statusPlan, type Missing } from './statusPlan';
import { dataTablePlan, summaryPlans, summarySheetName, type Consolidator } from './summaryPlans';
import { overflowingSums, type OverflowingSum } from './overflow';
import type { MergeOptions, RosterEntry, SourceRead } from './types';

export type ConsolidationRequest = {
  readonly reads: readonly SourceRead[];
  readonly options: MergeOptions;
  readonly by: Consolidator;
  /** The roster kept in the workbook or given as a CSV; undefined on a first merge, which writes one from the units received. */
  readonly roster: RosterReading | undefined;
  /** Local "d/m/yyyy hh:mm", shown on the status sheet. */
  readonly mergedAt: string;
};

/** What a merge would count and who is missing: all the pane shows before the user asks for the summary sheets. */
export type MergePreview = {
  readonly result: MergeResult;
  readonly roster: readonly RosterEntry[];
  readonly rosterProblems: readonly string[];
  readonly missing: readonly Missing[];
  /** Summary cells whose total Excel cannot hold, each said at its cell (overflow.ts). */
  readonly overflows: readonly OverflowingSum[];
};

export type Consolidation = MergePreview & {
  /** The summary forms, in catalog order. */
  readonly forms: readonly SheetPlan[];
  readonly tables: { readonly data: TablePlan; readonly status: TablePlan; /** Written on a first merge only: afterwards the roster is the user's. */ readonly roster: TablePlan | undefined };
};

/**
 * The merge without the sheets it writes. The pane shows it again on every
 * change of sources or options; laying out the summary and the data table
 * (about as long again for 200 units) waits for the "Tổng hợp" click.
 */
export function previewMerge(campaign: Campaign, request: Pick<ConsolidationRequest, 'reads' | 'options' | 'roster'>): MergePreview {
  const result = mergeSources(campaign, request.reads, request.options);
  const roster = request.roster?.entries ?? rosterOfUnits(result.units);
  return {
    result,
    roster,
    rosterProblems: request.roster?.problems ?? [],
    missing: missingFromRoster(campaign, roster, result.units),
    overflows: overflowingSums(result, summarySheetName),
  };
}

/** The whole merge, from what the hosts read to what they write. Pure: both hosts and the CLI run this one function. */
export function consolidate(campaign: Campaign, request: ConsolidationRequest): Consolidation {
  const preview = previewMerge(campaign, request);
  const { result, roster } = preview;
  return {
    ...preview,
    forms: result.included.length > 0 ? summaryPlans(campaign, result, request.by) : [],
    tables: {
      data: dataTablePlan(campaign, result),
      status: statusPlan(campaign, result, roster, request.mergedAt, request.options.approvals),
      roster: request.roster ? undefined : rosterPlan(campaign, roster, request.options.approvals),
    },
  };
}
