import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { InsertResult } from '../../../ports/workbookPort';
import { UNTITLED_BAR } from '../untitledBar';

/** One line per outcome, naming the sheets, so the user knows what changed in the workbook. */
export function InsertResultBar({ result }: { result: InsertResult }) {
  const lines = [
    ['Đã chèn', result.created],
    ['Đã thay biểu trống', result.replaced],
    ['Đã chèn bản sao', result.copied],
    ['Bỏ qua (giữ nguyên sheet đã có)', result.skipped],
  ] as const;
  const shown = lines.filter(([, sheets]) => sheets.length > 0);
  return (
    <MessageBar {...UNTITLED_BAR} intent={result.skipped.length > 0 ? 'warning' : 'success'} layout="multiline" role="status">
      <MessageBarBody>
        {shown.length === 0
          ? 'Không có biểu nào được chèn.'
          : shown.map(([label, sheets]) => (
              <div key={label}>
                {label}: {sheets.join(', ')}
              </div>
            ))}
      </MessageBarBody>
    </MessageBar>
  );
}
