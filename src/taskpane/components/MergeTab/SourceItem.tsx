import { Badge, Button, Text } from '@fluentui/react-components';
import { formatDateTime } from '../../../core/dates';
import type { SourceRead } from '../../../core/merge/types';
import type { Campaign } from '../../../forms/schema';
import { unitTypeLabel } from '../../../forms/lookup';
import { sourceSubmission } from '../../merge/submissionView';
import { formList, SOURCE_STATE, type SourceRow, type SourceUnit } from '../../merge/view';
import { SubmissionLine } from './SubmissionLine';
import { UnitIssues } from './UnitIssues';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

const count = (n: number, word: string) => `${n} ${word}`;

function unitLine(campaign: Campaign, unit: SourceUnit, sourceForms: readonly string[]): string {
  const report = unit.report;
  if (!report) return `${unit.name} · ${formList(campaign, sourceForms)}`;
  const checks = report.errors > 0 ? count(report.errors, 'lỗi') : 'không có lỗi';
  const warned = report.warnings > 0 ? `, ${count(report.warnings, 'cảnh báo')}` : '';
  return `${unit.name} · ${unitTypeLabel(campaign, report.unitType)} · ${formList(campaign, report.forms)} · ${checks}${warned}`;
}

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
};

/** One source: its file, the units in it with their type and forms, its state, and every problem found in it. */
export function SourceItem({ campaign, row, read, disabled, onRemove, onKeep, received, onReceived }: Props) {
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
