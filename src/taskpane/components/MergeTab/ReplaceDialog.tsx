import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { ROSTER_SHEET } from '../../../core/merge/statusPlan';
import { useSafeFocus } from '../useSafeFocus';
import type { PendingReplace } from './useMergeTab';

/**
 * A re-merge replaces the sheets the add-in wrote last time, only once the user
 * has seen which ones. The button says what it destroys; Hủy, Escape and the
 * initial focus keep them.
 */
export function ReplaceDialog({ pending }: { pending: PendingReplace }) {
  const cancel = useSafeFocus();
  const count = pending.sheets.length;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && pending.answer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Thay các sheet tổng hợp đã tạo lần trước?</DialogTitle>
          <DialogContent>
            <p>Các sheet sau do lần tổng hợp trước tạo ra sẽ bị xóa và ghi lại. Sheet {ROSTER_SHEET} và các sheet khác của bạn được giữ nguyên.</p>
            <ul aria-label="Các sheet sẽ bị thay">
              {pending.sheets.map((sheet) => (
                <li key={sheet}>{sheet}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => pending.answer(true)}>
              Xóa và ghi lại {count} sheet
            </Button>
            <Button ref={cancel} onClick={() => pending.answer(false)}>
              Hủy
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
