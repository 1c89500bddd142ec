import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { IssueItem } from './IssueItem';
import { useCheckTab } from './useCheckTab';
import { useCheckTabStyles } from './useCheckTabStyles.styles';

const count = (n: number, word: string) => `${n} ${word}`;

/** "Kiểm tra": every problem of every form sheet, grouped by sheet, errors first, kept current as the user types. */
export function CheckTab() {
  const styles = useCheckTabStyles();
  const { state, recheck, select, fix, notice } = useCheckTab();
  const issues = state.kind === 'ready' ? state.sheets.flatMap((s) => s.issues) : [];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <section className={styles.root} aria-label="Kiểm tra">
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={() => void recheck()} disabled={state.kind === 'checking'}>
          Kiểm tra lại toàn bộ
        </Button>
        {state.kind === 'checking' && <Spinner size="tiny" label="Đang kiểm tra…" />}
      </div>
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>Không kiểm tra được: {state.message}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'ready' && (
        <>
          <Text role="status" weight="semibold">
            {state.sheets.length === 0
              ? 'Sổ tính chưa có biểu nào: hãy chèn biểu ở thẻ Chèn biểu.'
              : errors + warnings === 0
                ? `${count(state.sheets.length, 'biểu')}: không có lỗi.`
                : `${count(state.sheets.length, 'biểu')}: ${count(errors, 'lỗi')}, ${count(warnings, 'cảnh báo')}`}
          </Text>
          {state.refused.map((r) => (
            <MessageBar key={r.sheet} intent="error">
              <MessageBarBody>Không đọc được {r.reason}</MessageBarBody>
            </MessageBar>
          ))}
          {state.sheets
            .filter((s) => s.issues.length > 0)
            .map((sheet) => (
              <section key={sheet.sheetId} aria-label={sheet.sheet}>
                <Text as="h2" weight="semibold" className={styles.sheetTitle}>
                  {sheet.sheet} · {count(sheet.issues.filter((i) => i.severity === 'error').length, 'lỗi')},{' '}
                  {count(sheet.issues.filter((i) => i.severity === 'warning').length, 'cảnh báo')}
                </Text>
                <ul className={styles.list}>
                  {sheet.issues.map((issue) => (
                    <IssueItem key={`${issue.code}-${issue.rule ?? ''}-${issue.address}`} issue={issue} onSelect={select} onFix={fix} />
                  ))}
                </ul>
              </section>
            ))}
        </>
      )}
    </section>
  );
}
