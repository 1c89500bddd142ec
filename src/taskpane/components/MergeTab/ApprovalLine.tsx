import { Badge, Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { APPROVAL_LABEL, type Approval, type ApprovalState } from '../../../core/merge/approvals';
import { CopyButton } from '../CopyButton';
import type { BadgeColor } from '../../merge/view';
import { ReturnDialog } from './ReturnDialog';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

const COLOR: Readonly<Record<ApprovalState, BadgeColor>> = { pending: 'subtle', approved: 'success', returned: 'danger' };

type Props = {
  readonly approval: Approval;
  readonly disabled: boolean;
  readonly onDecide: (state: ApprovalState, reason: string) => void;
  /** The message to the unit, worked out when the clerk copies it (it checks the sheets again). */
  readonly returnMessage: () => string;
};

/** A received unit's decision: its badge, "Duyệt", "Trả lại…", and once returned, the message to send back. */
export function ApprovalLine({ approval, disabled, onDecide, returnMessage }: Props) {
  const styles = useMergeTabStyles();
  const [asking, setAsking] = useState(false);
  const { unit, state } = approval;
  return (
    <div className={styles.submission}>
      <Badge appearance="tint" color={COLOR[state]} shape="rounded" className={styles.badge}>
        {APPROVAL_LABEL[state]}
      </Badge>
      {state !== 'approved' && (
        <Button size="small" onClick={() => onDecide('approved', '')} disabled={disabled} aria-label={`Duyệt ${unit}`}>
          Duyệt
        </Button>
      )}
      <Button size="small" onClick={() => setAsking(true)} disabled={disabled} aria-label={`Trả lại ${unit}`}>
        Trả lại…
      </Button>
      {state === 'returned' && (
        <CopyButton
          label="Chép thư trả lại"
          ariaLabel={`Chép thư trả lại cho ${unit}`}
          text={returnMessage}
          copied="Đã chép thư trả lại: dán vào thư gửi đơn vị."
          failed="Không chép được thư trả lại."
        />
      )}
      {state === 'returned' && approval.reason !== '' && <Text className={styles.detail}>Lý do: {approval.reason}</Text>}
      {asking && (
        <ReturnDialog
          unit={unit}
          reason={approval.reason}
          onCancel={() => setAsking(false)}
          onReturn={(reason) => {
            setAsking(false);
            onDecide('returned', reason);
          }}
        />
      )}
    </div>
  );
}
