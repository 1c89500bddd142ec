import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { MergePreview } from '../../../core/merge/consolidate';
import { ROSTER_SHEET } from '../../../core/merge/statusPlan';
import type { Campaign } from '../../../forms/schema';
import type { Reminder } from '../../../core/merge/reminders';
import { rosterCount } from '../../merge/view';
import { Reminders } from './Reminders';
import type { WorkbookRoster } from './useMergeTab';
import { useMergeTabStyles } from './useMergeTabStyles.styles';
import { UNTITLED_BAR } from '../untitledBar';

type Props = {
  readonly campaign: Campaign;
  readonly consolidation: MergePreview;
  readonly workbook: WorkbookRoster;
  readonly disabled: boolean;
  readonly onRefresh: () => void;
  /** Who still owes forms, with the messages to send (Nhắc nộp). */
  readonly reminders: readonly Reminder[];
  /** Who signs the reminders: the consolidating unit. */
  readonly from: string;
};

/** Who had to report, who did, and who to remind of what is still missing; the roster itself lives in a sheet the user edits. */
export function RosterSection({ campaign, consolidation, workbook, disabled, onRefresh, reminders, from }: Props) {
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
        <MessageBar {...UNTITLED_BAR} intent="error" layout="multiline">
          <MessageBarBody>Không đọc được sổ đang mở: {workbook.message}</MessageBarBody>
        </MessageBar>
      )}
      {reminders.length > 0 && <Reminders campaign={campaign} reminders={reminders} from={from} />}
      {consolidation.rosterProblems.map((problem) => (
        <MessageBar {...UNTITLED_BAR} key={problem} intent="warning" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
