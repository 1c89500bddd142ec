import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useSafeFocus } from '../useSafeFocus';

type Props = {
  readonly unit: string;
  /** The reason given before, to correct rather than type again. */
  readonly reason: string;
  readonly onReturn: (reason: string) => void;
  readonly onCancel: () => void;
};

/**
 * "Trả lại…": asks why, since the reason goes to the roster, the status sheet
 * and the message to the unit. Hủy, Escape and the initial focus change nothing.
 */
export function ReturnDialog({ unit, reason, onReturn, onCancel }: Props) {
  const cancel = useSafeFocus();
  const [text, setText] = useState(reason);
  const blank = text.trim() === '';
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Trả lại biểu của {unit}?</DialogTitle>
          <DialogContent>
            <Field label="Lý do trả lại" {...(blank ? { hint: 'Ghi lý do để đơn vị biết cần sửa gì.' } : {})}>
              <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={blank} onClick={() => onReturn(text)}>
              Trả lại
            </Button>
            <Button ref={cancel} onClick={onCancel}>
              Hủy
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
