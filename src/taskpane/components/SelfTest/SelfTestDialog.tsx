import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SelfTestReport, SelfTestStep } from '../../../ports/workbookPort';
import { copyText } from '../../clipboard';
import { usePort } from '../../port';
import { reportText, STATUS_LABEL, stepCost } from './reportText';
import { useSelfTestStyles } from './useSelfTestStyles.styles';
import { UNTITLED_BAR } from '../untitledBar';
import { errorMessage } from '../../errorMessage';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly steps: readonly SelfTestStep[] }
  | { readonly kind: 'done'; readonly report: SelfTestReport }
  | { readonly kind: 'crashed'; readonly steps: readonly SelfTestStep[]; readonly message: string };

/**
 * "Kiểm tra cài đặt": for the first person who opens the add-in in a real Excel.
 * Runs the port's self-test (temporary sheets, deleted afterwards) and shows what
 * this Excel is, what it supports, and each step with its cost; "Chép báo cáo"
 * puts the whole report on the clipboard for whoever looks after the add-in.
 */
export function SelfTestDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useSelfTestStyles();
  const port = usePort();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [copied, setCopied] = useState<string | undefined>();

  const start = async () => {
    setCopied(undefined);
    setState({ kind: 'running', steps: [] });
    let last: readonly SelfTestStep[] = [];
    try {
      const report = await port.runSelfTest((steps) => {
        last = steps;
        setState({ kind: 'running', steps });
      });
      setState({ kind: 'done', report });
    } catch (error) {
      setState({ kind: 'crashed', steps: last, message: errorMessage(error) });
    }
  };
  const copy = async (report: SelfTestReport) => {
    const ok = await copyText(reportText(report));
    setCopied(ok ? 'Đã chép báo cáo: dán vào tin nhắn gửi người hỗ trợ.' : 'Không chép được: hãy chọn chữ của báo cáo và chép bằng tay.');
  };

  const steps = state.kind === 'done' ? state.report.steps : state.kind === 'idle' ? [] : state.steps;
  const report = state.kind === 'done' ? state.report : undefined;
  const running = state.kind === 'running';
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Kiểm tra cài đặt</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p" block className={styles.lead}>
              Thử chèn biểu, ghi số, kiểm tra, đọc lại và tổng hợp trên các sheet tạm “~tongket kiểm tra …”, rồi xóa chúng. Các sheet của bạn không bị động đến.
            </Text>
            {report && (
              <dl className={styles.environment} data-testid="self-test-environment">
                <dt>Excel</dt>
                <dd>
                  {report.environment.version ?? 'không rõ phiên bản'} · {report.environment.platform ?? 'không rõ nền tảng'}
                </dd>
                <dt>Bộ API</dt>
                <dd>{report.environment.requirementSets.map((r) => `${r.name}: ${r.supported ? 'có' : 'không'}`).join(' · ')}</dd>
              </dl>
            )}
            {steps.length > 0 && (
              <ol className={styles.steps} aria-label="Các bước kiểm tra">
                {steps.map((step) => (
                  <li key={step.key} className={styles.step} data-testid="self-test-step" data-status={step.status}>
                    <Text weight="semibold" className={styles[step.status]}>
                      {STATUS_LABEL[step.status]}
                    </Text>{' '}
                    <Text>{step.label}</Text>
                    {(step.status === 'passed' || step.status === 'failed') && (
                      <Text size={200} className={styles.cost}>
                        {' '}
                        ({stepCost(step)})
                      </Text>
                    )}
                    {step.message && (
                      <Text as="p" block size={200} className={styles.message}>
                        {step.message}
                      </Text>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {report && (
              <MessageBar {...UNTITLED_BAR} intent={report.passed ? 'success' : 'error'} layout="multiline">
                <MessageBarBody>
                  {report.passed
                    ? 'Mọi bước đều đạt: bổ trợ dùng được trên Excel này.'
                    : 'Có bước không đạt. Bấm “Chép báo cáo” và gửi cho người hỗ trợ bổ trợ.'}
                </MessageBarBody>
              </MessageBar>
            )}
            {state.kind === 'crashed' && (
              <MessageBar {...UNTITLED_BAR} intent="error" layout="multiline">
                <MessageBarBody>Kiểm tra dừng giữa chừng: {state.message}</MessageBarBody>
              </MessageBar>
            )}
            {copied && (
              <Text as="p" block role="status" size={200}>
                {copied}
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={running} onClick={() => void start()}>
              {running ? 'Đang kiểm tra…' : state.kind === 'idle' ? 'Chạy kiểm tra' : 'Chạy lại'}
            </Button>
            <Button className={styles.nowrap} disabled={!report} onClick={() => report && void copy(report)}>
              Chép báo cáo
            </Button>
            <Button onClick={onClose}>Đóng</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
