import { Badge, Button, Text } from '@fluentui/react-components';
import { formatDateTime } from '../../../core/dates';
import { approvalOf, type Approvals, type ApprovalState } from '../../../core/merge/approvals';
import type { SourceRead } from '../../../core/merge/types';
import type { Campaign } from '../../../forms/schema';
import { returnMessage } from '../../merge/returnNotice';
import { sourceSubmission } from '../../merge/submissionView';
import { ApprovalLine } from './ApprovalLine';
import { SOURCE_STATE, unitLine, type SourceRow } from '../../merge/view';
import { SubmissionLine } from './SubmissionLine';
import { UnitIssues } from './UnitIssues';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

type Props = {
  readonly campaign: Campaign;
  readonly row: SourceRow;
  readonly disabled: boolean;
  readonly onRemove: () => void;
  /** Keep this source's copy of `unit` rather than the one chosen for it. */
  readonly onKeep: (unit: string) => void;
  /** The source as read, to list a unit's problems cell by cell. */
  readonly read: SourceRead;
  /** The day (ISO) the clerk said this source was received, if any. */
  readonly received: string | undefined;
  readonly onReceived: (day: string | undefined) => void;
  /** The province's decisions, and how to record one (approvals.ts). */
  readonly approvals: Approvals;
  readonly onDecide: (unit: string, unitType: string, state: ApprovalState, reason: string) => void;
  /** Who signs the messages to units: the consolidating unit. */
  readonly from: string;
};

/** One source: its file, the units in it with their type and forms, its state, and every problem found in it. */
export function SourceItem({ campaign, row, read, disabled, onRemove, onKeep, received, onReceived, approvals, onDecide, from }: Props) {
  const styles = useMergeTabStyles();
  const { report, units } = row;
  const { label, modified } = report.source;
  const state = SOURCE_STATE[report.state];
  const submission = sourceSubmission(campaign, row);
  return (
    <li className={styles.source} aria-label={label}>
      <div className={styles.sourceHead}>
        <Text className={styles.fileName}>{label}</Text>
        <Badge appearance="filled" color={state.color} shape="rounded" className={styles.badge}>
          {state.label}
        </Badge>
        <Button size="small" appearance="subtle" onClick={onRemove} disabled={disabled} aria-label={`Bỏ ${label}`} title={`Bỏ ${label} khỏi danh sách`}>
          ×
        </Button>
      </div>
      {units.map((unit) => (
        <div key={unit.name} className={styles.unitLine}>
          <Text className={styles.detail}>{unitLine(campaign, unit, report.forms)}</Text>
          {unit.report && <UnitIssues campaign={campaign} read={read} report={unit.report} />}
          {unit.report && (
            <ApprovalLine
              approval={approvalOf(approvals, unit.name)}
              disabled={disabled}
              onDecide={(state, reason) => onDecide(unit.name, unit.report?.unitType ?? '', state, reason)}
              returnMessage={() => returnMessage(campaign, read, report, unit.report?.unitType ?? '', approvalOf(approvals, unit.name), from)}
            />
          )}
          {unit.setAside && (
            <Button size="small" onClick={() => onKeep(unit.name)} disabled={disabled} aria-label={`Dùng tệp ${label} cho ${unit.name}`}>
              Dùng tệp này
            </Button>
          )}
        </div>
      ))}
      {submission && <SubmissionLine submission={submission} received={received} onReceived={onReceived} disabled={disabled} />}
      {/* The date this computer gives the file: it tells two copies apart, but is the day the e-mail was saved, not when the unit sent it. */}
      {modified !== undefined && <Text className={styles.detail}>Ngày tệp trên máy này: {formatDateTime(modified)}</Text>}
      {report.problems.length > 0 && (
        <ul className={styles.problems} aria-label={`Vấn đề của ${label}`}>
          {report.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
