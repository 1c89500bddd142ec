import type { Approval } from '../../core/merge/approvals';
import { returnLetter } from '../../core/merge/letters';
import type { SourceRead, SourceReport } from '../../core/merge/types';
import { unitTypeByKey } from '../../forms/lookup';
import type { Campaign } from '../../forms/schema';
import { severityWord, unitIssues } from './unitIssues';

/**
 * The message for a returned unit: the clerk's reason, what the merge found in
 * its file (without the merge's own "not approved", which is the return itself)
 * and every cell the checks flag, in the words the rest of the pane uses.
 */
export function returnMessage(campaign: Campaign, read: SourceRead, report: SourceReport, unitType: string, approval: Approval, from: string): string {
  const found = report.problems.filter((_, i) => report.found[i]?.code !== 'not-approved');
  const issues = unitIssues(campaign, read, approval.unit).map((issue) => `${severityWord(issue)}: ${issue.message}`);
  const deadline = unitTypeByKey(campaign, unitType)?.deadline;
  return returnLetter(campaign, { approval, file: report.source.label, problems: [...found, ...issues], deadline }, from);
}
