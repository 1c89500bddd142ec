import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { TabFooter } from '../TabFooter';
import { IssueItem } from './IssueItem';
import { useCheckTab, type CheckState } from './useCheckTab';
import { useCheckTabStyles } from './useCheckTabStyles.styles';

const count = (n: number, word: string) => `${n} ${word}`;

/** The one line that says how the workbook stands. */
function summary(state: Extract<CheckState, { kind: 'ready' }>): string {
  const issues = state.sheets.flatMap((s) => s.issues);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  if (state.sheets.length === 0) return 'Sổ tính chưa có biểu nào: hãy chèn biểu ở thẻ Chèn biểu.';
  if (errors + warnings === 0) return `${count(state.sheets.length, 'biểu')}: không có lỗi.`;
  return `${count(state.sheets.length, 'biểu')}: ${count(errors, 'lỗi')}, ${count(warnings, 'cảnh báo')}`;
}

/**
 * "Kiểm tra": every problem of every form sheet, grouped by sheet, errors first,
 * kept current as the user types. The count and "Kiểm tra lại toàn bộ" stay at
 * the bottom of the pane however long the list.
 */
export function CheckTab() {
  const styles = useCheckTabStyles();
  const { state, recheck, select, fix, notice } = useCheckTab();
  return (
    <section className={styles.root} aria-label="Kiểm tra">
      {state.kind === 'ready' && (
        <>
          {state.refused.map((r) => (
            <MessageBar key={r.sheet} intent="error" layout="multiline">
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
      <TabFooter label="Kiểm tra">
        <div className={styles.toolbar}>
          <Button appearance="primary" onClick={() => void recheck()} disabled={state.kind === 'checking'}>
            Kiểm tra lại toàn bộ
          </Button>
          {state.kind === 'checking' && <Spinner size="tiny" label="Đang kiểm tra…" />}
        </div>
        {state.kind === 'ready' && (
          <Text role="status" weight="semibold">
            {summary(state)}
          </Text>
        )}
        {state.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>Không kiểm tra được: {state.message}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </TabFooter>
    </section>
  );
}
