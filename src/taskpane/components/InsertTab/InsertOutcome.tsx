import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { InsertResultBar } from './InsertResultBar';
import type { InsertStatus } from './useInsertTab';
import { UNTITLED_BAR } from '../untitledBar';

/** How the last insertion ended: the sheets it wrote, that the user cancelled it, or why it failed. */
export function InsertOutcome({ status }: { status: InsertStatus }) {
  if (status.kind === 'done') return <InsertResultBar result={status.result} />;
  if (status.kind === 'cancelled')
    return (
      <MessageBar {...UNTITLED_BAR} intent="info" layout="multiline" role="status">
        <MessageBarBody>Đã hủy, không chèn biểu nào.</MessageBarBody>
      </MessageBar>
    );
  if (status.kind === 'failed')
    return (
      <MessageBar {...UNTITLED_BAR} intent="error" layout="multiline" role="alert">
        <MessageBarBody>Không chèn được biểu: {status.message}</MessageBarBody>
      </MessageBar>
    );
  return null;
}
