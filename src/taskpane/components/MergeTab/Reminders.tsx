import { mergeClasses, Text } from '@fluentui/react-components';
import { formatIsoDate } from '../../../core/dates';
import { reminderLetter } from '../../../core/merge/letters';
import type { Reminder } from '../../../core/merge/reminders';
import type { Campaign } from '../../../forms/schema';
import { CopyButton } from '../CopyButton';
import { unitTypeLabel } from '../../../forms/lookup';
import { formList } from '../../merge/view';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

type Props = { readonly campaign: Campaign; readonly reminders: readonly Reminder[]; /** Who signs the reminders. */ readonly from: string };

/** One unit to remind: what it still owes, by when, and its message ready to paste. */
function ReminderItem({ campaign, reminder, from }: { campaign: Campaign; reminder: Reminder; from: string }) {
  const styles = useMergeTabStyles();
  const { unit, deadline, overdue, sentNothing, forms } = reminder;
  return (
    <li className={styles.unitLine} aria-label={unit}>
      <Text>
        <strong>{unit}</strong> ({unitTypeLabel(campaign, reminder.unitType)}): {sentNothing ? 'chưa nộp' : 'còn thiếu'}
        {forms.length > 0 ? ` ${formList(campaign, forms)}` : ''}
        {deadline !== undefined && (
          <>
            {' · hạn '}
            <span className={mergeClasses(overdue && styles.late)}>
              {formatIsoDate(deadline)}
              {overdue ? ' (quá hạn)' : ''}
            </span>
          </>
        )}
      </Text>
      <div className={styles.buttons}>
        <CopyButton
          label="Chép lời nhắc"
          ariaLabel={`Chép lời nhắc cho ${unit}`}
          text={() => reminderLetter(campaign, reminder, from)}
          copied="Đã chép lời nhắc: dán vào thư gửi đơn vị."
          failed="Không chép được lời nhắc."
        />
      </div>
    </li>
  );
}

/** "Nhắc nộp": the roster's units that sent nothing or not every form owed, late ones first, each with a message to copy. */
export function Reminders({ campaign, reminders, from }: Props) {
  const styles = useMergeTabStyles();
  return (
    <section className={styles.section} aria-label="Nhắc nộp">
      <Text as="h3" className={styles.heading}>
        Nhắc nộp ({reminders.length} đơn vị)
      </Text>
      <ul className={styles.missing} aria-label="Đơn vị cần nhắc">
        {reminders.map((r) => (
          <ReminderItem key={r.unit} campaign={campaign} reminder={r} from={from} />
        ))}
      </ul>
    </section>
  );
}
