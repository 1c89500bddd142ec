import { Badge, Button } from '@fluentui/react-components';
import { formatNumber } from '../../../core/rules/messages';
import type { Issue } from '../../../ports/workbookPort';
import { useCheckTabStyles } from './useCheckTabStyles.styles';

/** One problem: where it is (a click selects the cell), what is wrong, and the fix when there is one. */
export function IssueItem({ issue, onSelect, onFix }: { issue: Issue; onSelect: (i: Issue) => void; onFix: (i: Issue) => void }) {
  const styles = useCheckTabStyles();
  const error = issue.severity === 'error';
  return (
    <li className={styles.item}>
      <Badge appearance="tint" color={error ? 'danger' : 'warning'} size="small">
        {error ? 'Lỗi' : 'Cảnh báo'}
      </Badge>
      <Button appearance="transparent" className={styles.message} onClick={() => onSelect(issue)} aria-label={`Đến ô ${issue.address}: ${issue.message}`}>
        {issue.message.replace(/^[^:]+, ô [A-Z]+\d+: /, `${issue.address}: `)}
      </Button>
      {issue.fix !== undefined && (
        <Button size="small" appearance="secondary" onClick={() => onFix(issue)}>
          Sửa thành {formatNumber(issue.fix)}
        </Button>
      )}
    </li>
  );
}
