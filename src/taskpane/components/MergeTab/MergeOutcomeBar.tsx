import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Outcome } from './useMergeTab';
import { UNTITLED_BAR } from '../untitledBar';

/** How the last read or merge ended, naming the sheets written so the user knows what changed in the workbook. */
export function MergeOutcomeBar({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'failed')
    return (
      <MessageBar {...UNTITLED_BAR} intent="error" layout="multiline" role="alert">
        <MessageBarBody>{outcome.message}</MessageBarBody>
      </MessageBar>
    );
  if (outcome.kind === 'stopped')
    return (
      <MessageBar {...UNTITLED_BAR} intent="info" layout="multiline" role="status">
        <MessageBarBody>
          Đã dừng đọc: đã thêm {outcome.read}/{outcome.total} tệp, {outcome.total - outcome.read} tệp chưa đọc.
        </MessageBarBody>
      </MessageBar>
    );
  const { result, units, withErrors, overflows } = outcome;
  if (result.cancelled)
    return (
      <MessageBar {...UNTITLED_BAR} intent="info" layout="multiline" role="status">
        <MessageBarBody>Đã hủy, không sheet nào bị thay.</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar {...UNTITLED_BAR} intent={overflows.length > 0 ? 'error' : result.renamed.length > 0 || withErrors.length > 0 ? 'warning' : 'success'} layout="multiline" role="status">
      <MessageBarBody>
        <div>
          Đã tổng hợp {units} đơn vị vào các sheet: {result.written.join(', ')}.
        </div>
        {withErrors.length > 0 && (
          // Amber, not green: the totals hold figures nobody has corrected yet, and the clerk must know whose.
          <div>
            Đã cộng cả {withErrors.length} đơn vị có lỗi: {withErrors.join(', ')}. Số tổng gồm cả các ô lỗi của họ; hãy đề nghị sửa rồi tổng hợp lại.
          </div>
        )}
        {overflows.map((message) => (
          // A total past Excel's largest number is left uncached (Excel shows #NUM!): the clerk must hear which cell and whose figures.
          <div key={message}>{message}</div>
        ))}
        {result.renamed.length > 0 && (
          <div>Đã có sheet của bạn trùng tên nên sheet mới được đặt tên khác: {result.renamed.join(', ')}.</div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
