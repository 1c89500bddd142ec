import { Link } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { SourceRead, UnitReport } from '../../../core/merge/types';
import type { Campaign } from '../../../forms/schema';
import { CopyButton } from '../CopyButton';
import { issueLetter, severityWord, unitIssues } from '../../merge/unitIssues';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

type Props = {
  readonly campaign: Campaign;
  /** The source as it was read: its sheets are checked again when the list is opened. */
  readonly read: SourceRead;
  readonly report: UnitReport;
};

/** The list opened, worked out once: closing and opening it again does not check the sheets again. */
function OpenList({ campaign, read, report }: Props) {
  const styles = useMergeTabStyles();
  const issues = useMemo(() => unitIssues(campaign, read, report.unit), [campaign, read, report.unit]);
  return (
    <div className={styles.issues}>
      <ul className={styles.issueList} aria-label={`Lỗi và cảnh báo của ${report.unit}`}>
        {issues.map((issue) => (
          <li key={`${issue.sheet}-${issue.code}-${issue.rule ?? ''}-${issue.address}`}>
            <strong className={issue.severity === 'error' ? styles.late : undefined}>{severityWord(issue)}</strong> {issue.message}
          </li>
        ))}
      </ul>
      <div className={styles.buttons}>
        <CopyButton
          label="Chép danh sách lỗi"
          text={() => issueLetter(report.unit, read.source.label, issues)}
          copied="Đã chép: dán vào thư trả lời đơn vị."
          failed="Không chép được; hãy chọn và chép danh sách trên."
        />
      </div>
    </div>
  );
}

/**
 * What a unit got wrong, cell by cell, folded under its line until asked
 * for, with a message the clerk can copy and send back to the unit.
 */
export function UnitIssues(props: Props) {
  const [open, setOpen] = useState(false);
  const { errors, warnings } = props.report;
  if (errors + warnings === 0) return null;
  return (
    <>
      <Link as="button" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? 'Ẩn' : 'Xem'} {errors} lỗi, {warnings} cảnh báo
      </Link>
      {open && <OpenList {...props} />}
    </>
  );
}
