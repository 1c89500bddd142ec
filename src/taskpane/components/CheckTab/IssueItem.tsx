import { Badge, Button } from '@fluentui/react-components';
import { fixLabel, where } from '../../../core/rules/messages';
import type { Issue } from '../../../ports/workbookPort';
import { useCheckTabStyles } from './useCheckTabStyles.styles';

const severityWord = (issue: Issue) => (issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo');

/** The message less its "Biểu 1, ô D19: " opening, which the item shows as its link. */
const body = (issue: Issue) => {
  const opening = where(issue.sheet, issue.address);
  return issue.message.startsWith(opening) ? issue.message.slice(opening.length) : issue.message;
};

/** "Biểu 1 › D19": the sheet and cell the link goes to. */
const place = (issue: Issue) => `${issue.sheet} › ${issue.address}`;

type Props = {
  readonly issue: Issue;
  readonly onSelect: (issue: Issue) => void;
  readonly onFix: (issue: Issue) => void;
  /** The list's keyboard wiring (useRovingFocus) for the item's link and for its fix. */
  readonly linkProps: Record<string, unknown>;
  readonly fixProps: Record<string, unknown>;
};

/**
 * One problem: where it goes ("Biểu 1 › D19 →", a click or Enter selects the
 * cell), what is wrong, and the fix when there is one, which says what it will
 * write. Its accessible name reads "Lỗi: Biểu 1 › D19: …", the severity first.
 */
export function IssueItem({ issue, onSelect, onFix, linkProps, fixProps }: Props) {
  const styles = useCheckTabStyles();
  const error = issue.severity === 'error';
  return (
    <li className={styles.item}>
      {/* The name holds every word shown, in order (WCAG 2.5.3: voice control finds the link by what it reads); the spaces between
          the parts are text, not only the layout's gap, for the same reason. */}
      <Button {...linkProps} appearance="transparent" className={styles.link} onClick={() => onSelect(issue)} aria-label={`${severityWord(issue)}: ${place(issue)}: ${body(issue)}`}>
        <span className={styles.place}>
          <Badge appearance="tint" color={error ? 'danger' : 'warning'} size="small">
            {severityWord(issue)}
          </Badge>{' '}
          {place(issue)} <span aria-hidden>→</span>
        </span>{' '}
        <span>{body(issue)}</span>
      </Button>
      {issue.fix !== undefined && (
        <Button {...fixProps} size="small" appearance="secondary" className={styles.fix} onClick={() => onFix(issue)}>
          {fixLabel(issue.fix)}
        </Button>
      )}
    </li>
  );
}
