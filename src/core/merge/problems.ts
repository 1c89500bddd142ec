import type { ChangedCell } from '../stamp/figures';
import type { SourceInfo, SourceState } from './types';

/**
 * What a merge step found wrong with a source, as data: a code and what the
 * message needs, never a sentence. Each step (collect, choose, merge, the
 * submission stamp) returns its problems; `sourceState` alone decides what
 * they make of the source, and `problemText` (wording.ts) alone words them, so
 * the pane, the CLI and its --json say the same and tests assert codes.
 */

/** Why one of a unit's files was kept (choose.ts `pick`). */
export type PickReason = 'chosen' | 'newer' | 'same-time' | 'undated';


type Problems = {
  /** The file cannot be opened; `reason` is the reader's own sentence (src/hosts/xlsx/openWorkbookFile.ts). */
  unreadable: { readonly reason: string };
  /** The same bytes as a file picked before. */
  'same-content': { readonly twin: string };
  /** A sheet with a form's marker that cannot be read as that form; `reason` is readFormSheet's. */
  'sheet-refused': { readonly reason: string };
  'no-unit-name': { readonly sheet: string; readonly address: string };
  /** A unit name read without invisible characters: a note, the sheet counts. */
  'odd-unit-name': { readonly sheet: string; readonly address: string; readonly odd: readonly string[]; readonly read: string };
  /** One file with sheets of one unit under two unit types: the later sheet is left out. */
  'two-unit-types': { readonly unit: string; readonly kept: { readonly sheet: string; readonly unitType: string }; readonly skipped: { readonly sheet: string; readonly unitType: string } };
  'form-twice': { readonly unit: string; readonly form: string; readonly kept: string; readonly skipped: string };
  /** The open workbook's own summaries of an earlier merge, not read. */
  'earlier-summaries': { readonly count: number };
  'no-forms': Record<never, never>;
  /** A unit sent several files; `setAside` when this source's copy is not the one used. */
  'several-files': {
    readonly unit: string;
    readonly files: readonly { readonly label: string; readonly modified: number | undefined }[];
    readonly chosen: string;
    readonly why: PickReason;
    readonly setAside: boolean;
  };
  /** One name under two unit types in two files: no file of that name counts. */
  'type-conflict': { readonly unit: string; readonly files: readonly { readonly label: string; readonly unitType: string }[] };
  /** A lower level's summary holding a unit also picked on its own. */
  'counted-twice': { readonly unit: string; readonly overlap: readonly string[]; readonly others: readonly string[] };
  /** A summary that counted units with errors; `counted` when the user chose to count units with errors. */
  'carried-errors': { readonly unit: string; readonly units: readonly string[]; readonly counted: boolean };
  /** A unit left out for its errors. */
  'unit-errors': { readonly unit: string; readonly errors: number };
  /** The merge counts only approved units (MergeOptions.onlyApproved) and this one is pending or returned (approvals.ts). */
  'not-approved': { readonly unit: string; readonly state: 'pending' | 'returned'; readonly reason: string };
  /** Figures changed after the unit's submission stamp (src/core/stamp/): counted, but flagged. */
  'changed-after-submission': { readonly unit: string; readonly changes: readonly ChangedCell[] };
};

export type MergeProblemCode = keyof Problems;

export type MergeProblem = { [C in MergeProblemCode]: { readonly code: C; readonly file: string } & Problems[C] }[MergeProblemCode];

export type ProblemOf<C extends MergeProblemCode> = Extract<MergeProblem, { readonly code: C }>;

/** A problem and the source it belongs to (by object: two picked files may share a name). */
export type Found = { readonly source: SourceInfo; readonly problem: MergeProblem };

/** What is wrong with a roster, by line: the roster is no source, so these decide no state. */
export type RosterProblem = { readonly where: string } & (
  | { readonly code: 'no-header'; readonly header: string }
  | { readonly code: 'odd-name'; readonly line: number; readonly unit: string; readonly odd: readonly string[] }
  | { readonly code: 'unknown-type'; readonly line: number; readonly unit: string; readonly unitType: string }
  | { readonly code: 'listed-twice'; readonly line: number; readonly unit: string }
  /** A name longer than a unit name may be (unitNameLimit.ts): the line is left out. */
  | { readonly code: 'long-name'; readonly line: number; readonly unit: string }
  /** A Duyệt cell that says no known decision: the unit is taken as not yet approved. */
  | { readonly code: 'unknown-approval'; readonly line: number; readonly unit: string; readonly written: string }
);

/** What a problem does to its source, which is all `sourceState` reads. */
export type ProblemEffect = 'note' | 'sheet-left-out' | 'unit-set-aside' | 'unit-refused' | 'unit-excluded' | 'source-unreadable' | 'source-duplicate';

const EFFECT: { readonly [C in MergeProblemCode]: ProblemEffect | ((p: ProblemOf<C>) => ProblemEffect) } = {
  unreadable: 'source-unreadable',
  'same-content': 'source-duplicate',
  'sheet-refused': 'sheet-left-out',
  'no-unit-name': 'sheet-left-out',
  'odd-unit-name': 'note',
  'two-unit-types': 'sheet-left-out',
  'form-twice': 'sheet-left-out',
  'earlier-summaries': 'note',
  'no-forms': 'note',
  'several-files': (p) => (p.setAside ? 'unit-set-aside' : 'note'),
  'type-conflict': 'unit-refused',
  'counted-twice': 'unit-refused',
  'carried-errors': (p) => (p.counted ? 'note' : 'unit-excluded'),
  'unit-errors': 'unit-excluded',
  'not-approved': 'unit-excluded',
  // Counted, since the figures now in the file are the unit's latest; the report names every changed cell instead.
  'changed-after-submission': 'note',
};

export function problemEffect(problem: MergeProblem): ProblemEffect {
  const effect = EFFECT[problem.code] as ProblemEffect | ((p: MergeProblem) => ProblemEffect);
  return typeof effect === 'function' ? effect(problem) : effect;
}

/**
 * A source's state from its problems and the number of units read from it.
 * A unit set aside, refused or left out for errors names the state of a
 * source that holds only that unit; in a file of several units a refused one
 * makes the file "partly" merged, while one set aside (its other copy counts)
 * or left out for errors (listed with the units) leaves it merged.
 */
export function sourceState(problems: readonly MergeProblem[], unitsRead: number): SourceState {
  const effects = new Set(problems.map(problemEffect));
  if (effects.has('source-unreadable')) return 'unreadable';
  if (effects.has('source-duplicate')) return 'duplicate';
  if (unitsRead === 0) return 'refused';
  if (unitsRead === 1) {
    if (effects.has('unit-set-aside')) return 'duplicate';
    if (effects.has('unit-refused')) return 'refused';
    if (effects.has('unit-excluded')) return 'excluded';
  }
  return effects.has('sheet-left-out') || effects.has('unit-refused') ? 'partly' : 'merged';
}

/** The problems of one source, in the order the steps found them. */
export const problemsOf = (found: readonly Found[], source: SourceInfo): MergeProblem[] => found.filter((f) => f.source === source).map((f) => f.problem);
