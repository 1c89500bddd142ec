import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { nameIsGiven, warningQuestion, type Notice } from '../../submit/view';
import { UNTITLED_BAR } from '../untitledBar';
import type { SubmitPanelProps } from './SubmitPanel.types';
import { useSubmitPanel } from './useSubmitPanel';
import { useSubmitPanelStyles } from './useSubmitPanelStyles.styles';

function NoticeBar({ notice, label }: { notice: Notice; label: string }) {
  const styles = useSubmitPanelStyles();
  return (
    <MessageBar {...UNTITLED_BAR} intent={notice.intent} layout="multiline" aria-label={label}>
      <MessageBarBody>
        <ul className={styles.lines}>
          {notice.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * "Nộp biểu" in a unit's pane: the person's name, an option to lock the forms,
 * and one button that checks, asks about warnings, and stamps the workbook.
 * Above them, what the stamps say now, figures changed since named by cell.
 */
export function SubmitPanel(props: SubmitPanelProps) {
  const styles = useSubmitPanelStyles();
  const { state, setBy, setLock, submit, reply } = useSubmitPanel(props);
  const ready = nameIsGiven(state.by) && !state.busy;
  return (
    <section className={styles.root} aria-label="Nộp biểu">
      {state.status && <NoticeBar notice={state.status} label="Tình trạng nộp biểu" />}
      <Field label="Người lập biểu" required hint="Họ tên ghi vào dấu nộp biểu.">
        <Input value={state.by} onChange={(_, data) => setBy(data.value)} />
      </Field>
      <Checkbox checked={state.lock} onChange={(_, data) => setLock(data.checked === true)} label="Khóa các biểu sau khi nộp" />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!ready} onClick={() => void submit()}>
          {state.busy ? 'Đang nộp…' : 'Nộp biểu'}
        </Button>
      </div>
      {state.outcome && <NoticeBar notice={state.outcome} label="Kết quả nộp biểu" />}
      <Dialog open={state.asking !== undefined} onOpenChange={(_, data) => !data.open && reply(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Nộp biểu còn cảnh báo?</DialogTitle>
            <DialogContent>
              <ul className={styles.lines}>
                {warningQuestion(state.asking ?? []).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => reply(true)}>
                Vẫn nộp
              </Button>
              <Button onClick={() => reply(false)}>Xem lại</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
