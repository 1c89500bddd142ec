import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { copyText } from '../clipboard';

type Props = {
  readonly label: string;
  /** The button's name for a screen reader where the label alone does not say whose message it is. */
  readonly ariaLabel?: string;
  /** The message, worked out when the button is pressed (some check the sheets again). */
  readonly text: () => string;
  /** Said once copied, and when the browser refused the clipboard. */
  readonly copied: string;
  readonly failed: string;
};

/** "Chép …": copies a message for the clerk to paste into an e-mail, then says whether it worked. */
export function CopyButton({ label, ariaLabel, text, copied, failed }: Props) {
  const [done, setDone] = useState<boolean | undefined>(undefined);
  return (
    <>
      <Button size="small" onClick={() => void copyText(text()).then(setDone)} aria-label={ariaLabel}>
        {label}
      </Button>
      {done !== undefined && (
        <Text size={200} role="status">
          {done ? copied : failed}
        </Text>
      )}
    </>
  );
}
