import { Field, Input, mergeClasses, Text } from '@fluentui/react-components';
import { TIMELINESS_LABEL } from '../../../core/merge/submission';
import type { SourceSubmission } from '../../merge/submissionView';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

type Props = {
  readonly submission: SourceSubmission;
  /** The day the clerk gave (ISO "2023-07-28"), if any. */
  readonly received: string | undefined;
  readonly onReceived: (day: string | undefined) => void;
  readonly disabled: boolean;
};

/**
 * Whether a source came in on time, and on what evidence. The file's date on
 * this computer is not evidence (it is the day the e-mail was saved); when the
 * file says nothing, the answer is "Chưa rõ" and the clerk may give the day it
 * was received.
 */
export function SubmissionLine({ submission, received, onReceived, disabled }: Props) {
  const styles = useMergeTabStyles();
  const late = submission.verdicts.includes(TIMELINESS_LABEL.late);
  return (
    <div className={styles.submission}>
      {submission.evidence ? (
        <Text className={styles.detail}>
          {submission.evidence} · <strong className={mergeClasses(late && styles.late)}>{submission.verdicts.join(', ')}</strong>
        </Text>
      ) : (
        <Text className={styles.detail}>
          <strong>{TIMELINESS_LABEL.unknown}</strong> đúng hạn hay trễ hạn: {submission.unknownBecause}.
        </Text>
      )}
      {submission.asksReceived && (
        <Field label="Ngày nhận" orientation="horizontal" size="small" className={styles.receivedField}>
          <Input type="date" size="small" value={received ?? ''} onChange={(_, data) => onReceived(data.value === '' ? undefined : data.value)} disabled={disabled} />
        </Field>
      )}
    </div>
  );
}
