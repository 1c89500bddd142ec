import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConflictChoice } from '../../../ports/workbookPort';
import { useSafeFocus } from '../useSafeFocus';
import type { PendingConflicts } from './useInsertTab';

const REASON = {
  filled: 'đã có số liệu',
  foreign: 'là sheet khác trùng tên',
} as const;

/**
 * A sheet of the same name holds data: the user decides, per sheet, between
 * keeping it untouched and adding a copy. Overwriting is not offered. Hủy,
 * Escape and the initial focus all lead to the safe way out: nothing inserted.
 */
export function ConflictDialog({ pending }: { pending: PendingConflicts }) {
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(() => new Map(pending.conflicts.map((c) => [c.sheetName, 'skip'])));
  const choose = (sheet: string, choice: ConflictChoice) => setChoices((m) => new Map(m).set(sheet, choice));
  const cancel = useSafeFocus();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && pending.answer(undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Sheet trùng tên</DialogTitle>
          <DialogContent>
            {pending.conflicts.map((c) => (
              <RadioGroup key={c.sheetName} aria-label={c.sheetName} value={choices.get(c.sheetName) ?? 'skip'} onChange={(_, data) => choose(c.sheetName, data.value as ConflictChoice)}>
                <strong>
                  “{c.sheetName}” {REASON[c.reason]}
                </strong>
                <Radio value="skip" label="Bỏ qua, giữ nguyên sheet đã có" />
                <Radio value="copy" label={`Chèn bản mới tên “${c.copyName}”`} />
              </RadioGroup>
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => pending.answer(choices)}>
              Chèn theo lựa chọn
            </Button>
            <Button ref={cancel} onClick={() => pending.answer(undefined)}>
              Hủy
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
