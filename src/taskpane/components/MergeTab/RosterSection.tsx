import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { MergePreview } from '../../../core/merge/consolidate';
import { ROSTER_SHEET } from '../../../core/merge/statusPlan';
import type { Campaign } from '../../../forms/schema';
import { unitTypeLabel } from '../../../forms/lookup';
import { formList, rosterCount, sentNothing } from '../../merge/view';
import type { WorkbookRoster } from './useMergeTab';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

type Props = {
  readonly campaign: Campaign;
  readonly consolidation: MergePreview;
  readonly workbook: WorkbookRoster;
  readonly disabled: boolean;
  readonly onRefresh: () => void;
};

/** Who had to report, who did, and what is still missing; the roster itself lives in a sheet the user edits. */
export function RosterSection({ campaign, consolidation, workbook, disabled, onRefresh }: Props) {
  const styles = useMergeTabStyles();
  const { received, total } = rosterCount(consolidation);
  const inWorkbook = workbook.kind === 'ready' && workbook.roster !== undefined;
  return (
    <section className={styles.section} aria-label="Danh sách đơn vị">
      <Text as="h2" className={styles.heading}>
        Danh sách đơn vị: {received}/{total} đã nộp
      </Text>
      <Text className={styles.note}>
        {inWorkbook
          ? `Theo sheet ${ROSTER_SHEET} trong sổ. Sửa danh sách ngay trong sheet (thêm đơn vị chưa nộp, bỏ đơn vị không phải nộp) rồi bấm Đọc lại danh sách.`
          : `Sổ chưa có sheet ${ROSTER_SHEET}: lần tổng hợp đầu lập danh sách từ các đơn vị đã nhận; sau đó sửa danh sách ngay trong Excel (thêm các đơn vị chưa nộp) để biết ai còn thiếu.`}
      </Text>
      <div className={styles.buttons}>
        <Button size="small" onClick={onRefresh} disabled={disabled || workbook.kind === 'reading'}>
          Đọc lại danh sách
        </Button>
      </div>
      {workbook.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>Không đọc được sổ đang mở: {workbook.message}</MessageBarBody>
        </MessageBar>
      )}
      {consolidation.missing.length > 0 && (
        <ul className={styles.missing} aria-label="Đơn vị còn thiếu">
          {consolidation.missing.map((m) => (
            <li key={m.unit}>
              <strong>{m.unit}</strong> ({unitTypeLabel(campaign, m.unitType)}):{' '}
              {sentNothing(consolidation, m.unit) ? 'chưa nộp' : 'còn thiếu'}
              {m.forms.length > 0 ? ` ${formList(campaign, m.forms)}` : ''}
            </li>
          ))}
        </ul>
      )}
      {consolidation.rosterProblems.map((problem) => (
        <MessageBar key={problem} intent="warning" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
