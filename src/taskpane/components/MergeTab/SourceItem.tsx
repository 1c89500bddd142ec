import { Badge, Button, Text } from '@fluentui/react-components';
import { formatDateTime } from '../../../core/dates';
import type { Campaign } from '../../../forms/schema';
import { unitTypeLabel } from '../../../forms/lookup';
import { formList, SOURCE_STATE, type SourceRow, type SourceUnit } from '../../merge/view';
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
};

/** One source: its file, the units in it with their type and forms, its state, and every problem found in it. */
export function SourceItem({ campaign, row, disabled, onRemove, onKeep }: Props) {
  const styles = useMergeTabStyles();
  const { report, units } = row;
  const { label, modified } = report.source;
  const state = SOURCE_STATE[report.state];
  return (
    <li className={styles.source} aria-label={label}>
      <div className={styles.sourceHead}>
        <Text className={styles.fileName}>{label}</Text>
        <Badge appearance="filled" color={state.color} shape="rounded">
          {state.label}
        </Badge>
        <Button size="small" appearance="subtle" onClick={onRemove} disabled={disabled} aria-label={`Bỏ ${label}`} title={`Bỏ ${label} khỏi danh sách`}>
          ×
        </Button>
      </div>
      {units.map((unit) => (
        <div key={unit.name} className={styles.unitLine}>
          <Text className={styles.detail}>{unitLine(campaign, unit, report.forms)}</Text>
          {unit.setAside && (
            <Button size="small" onClick={() => onKeep(unit.name)} disabled={disabled} aria-label={`Dùng tệp ${label} cho ${unit.name}`}>
              Dùng tệp này
            </Button>
          )}
        </div>
      ))}
      {modified !== undefined && <Text className={styles.detail}>Tệp lưu lúc {formatDateTime(modified)}</Text>}
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
