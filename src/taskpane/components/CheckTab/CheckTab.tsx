import { Button, MessageBar, MessageBarBody, Spinner, Switch, Text } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { progressMessage } from '../../../core/rules/messages';
import type { Issue, SheetCheck } from '../../../ports/workbookPort';
import { TabFooter } from '../TabFooter';
import { UNTITLED_BAR } from '../untitledBar';
import { IssueItem } from './IssueItem';
import { usePort } from '../../port';
import { useCheckTab, type CheckState } from './useCheckTab';
import { useCheckTabStyles } from './useCheckTabStyles.styles';
import { useRovingFocus } from './useRovingFocus';

// "Nộp biểu" comes once a set is filled: fetched when the tab first lists a form, not with the pane.
const SubmitPanel = lazy(() => import('../SubmitPanel').then((m) => ({ default: m.SubmitPanel })));

const count = (n: number, word: string) => `${n} ${word}`;

/** A sheet's blanks are its progress line, not an item: a fresh set of forms is work to do, not eight warnings. */
const problems = (sheet: SheetCheck) => sheet.issues.filter((i) => i.code !== 'incomplete');
const errorCount = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error').length;
const keyOf = (sheet: SheetCheck, issue: Issue) => `${sheet.sheetId}|${issue.code}|${issue.rule ?? ''}|${issue.address}`;

/** The one line that says how the workbook stands. */
function summary(state: Extract<CheckState, { kind: 'ready' }>): string {
  if (state.sheets.length === 0) return 'Sổ chưa có biểu nào: hãy chèn biểu ở thẻ Chèn biểu.';
  const issues = state.sheets.flatMap(problems);
  const errors = errorCount(issues);
  const warnings = issues.length - errors;
  const filled = state.sheets.reduce((sum, s) => sum + s.progress.filled, 0);
  const total = state.sheets.reduce((sum, s) => sum + s.progress.total, 0);
  const found = errors + warnings === 0 ? 'không có lỗi' : `${count(errors, 'lỗi')}, ${count(warnings, 'cảnh báo')}`;
  return `${count(state.sheets.length, 'biểu')}: ${found}; đã nhập ${filled}/${total} ô.`;
}

/** A sheet's heading: its progress, and what is wrong in it. */
function heading(sheet: SheetCheck): string {
  const issues = problems(sheet);
  const errors = errorCount(issues);
  const found = issues.length === 0 ? '' : ` · ${count(errors, 'lỗi')}, ${count(issues.length - errors, 'cảnh báo')}`;
  return progressMessage(sheet.sheet, sheet.progress) + found;
}

/**
 * "Kiểm tra": each form sheet's progress and problems, errors first, kept
 * current as the user types. "Chỉ hiện lỗi" hides the warnings. The list is one
 * Tab stop (arrows inside it); the count and "Kiểm tra lại toàn bộ" stay at the
 * bottom of the pane however long the list.
 */
export function CheckTab() {
  const styles = useCheckTabStyles();
  const { state, busy, recheck, select, fix, notice } = useCheckTab();
  const port = usePort();
  const [errorsOnly, setErrorsOnly] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const sheets = state.kind === 'ready' ? state.sheets : [];
  const listed = (sheet: SheetCheck) => problems(sheet).filter((i) => !errorsOnly || i.severity === 'error');
  const { listProps, itemProps, partProps } = useRovingFocus(
    sheets.flatMap((sheet) => listed(sheet).map((issue) => keyOf(sheet, issue))),
    status,
  );
  return (
    <section className={styles.root} aria-label="Kiểm tra">
      {state.kind === 'ready' && (
        <>
          {state.refused.map((r) => (
            <MessageBar key={r.sheet} intent="error" layout="multiline" {...UNTITLED_BAR}>
              <MessageBarBody>Không đọc được {r.reason}</MessageBarBody>
            </MessageBar>
          ))}
          {sheets.length > 0 && <Switch label="Chỉ hiện lỗi" checked={errorsOnly} onChange={(_, data) => setErrorsOnly(data.checked)} />}
          <div {...listProps} className={styles.sheets}>
            {sheets.map((sheet) => (
              <section key={sheet.sheetId} aria-label={sheet.sheet}>
                <Text as="h2" weight="semibold" className={styles.sheetTitle}>
                  {heading(sheet)}
                </Text>
                {listed(sheet).length > 0 && (
                  <ul className={styles.list}>
                    {listed(sheet).map((issue) => (
                      <IssueItem
                        key={keyOf(sheet, issue)}
                        issue={issue}
                        onSelect={(i) => void select(i, sheet.sheetId)}
                        onFix={(i) => void fix(i, sheet.sheetId)}
                        linkProps={itemProps(keyOf(sheet, issue))}
                        fixProps={partProps(keyOf(sheet, issue))}
                      />
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
          {sheets.length > 0 && (
            <Suspense fallback={<Spinner size="tiny" label="Đang mở Nộp biểu…" />}>
              <SubmitPanel port={port.submission} revision={state} />
            </Suspense>
          )}
        </>
      )}
      <TabFooter label="Kiểm tra">
        <div className={styles.toolbar}>
          {/* Focusable while it works, so a keyboard user who pressed it is not sent back to the top. */}
          <Button appearance="primary" onClick={() => void recheck()} disabledFocusable={busy}>
            Kiểm tra lại toàn bộ
          </Button>
          {busy && <Spinner size="tiny" label="Đang kiểm tra…" />}
        </div>
        {state.kind === 'ready' && (
          // Where focus goes once the last item of the list is fixed.
          <div ref={status} tabIndex={-1}>
            <Text role="status" weight="semibold">
              {summary(state)}
            </Text>
          </div>
        )}
        {state.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline" {...UNTITLED_BAR}>
            <MessageBarBody>Không kiểm tra được: {state.message}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="info" layout="multiline" {...UNTITLED_BAR}>
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </TabFooter>
    </section>
  );
}
