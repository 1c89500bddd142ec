import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { DesignNotice } from '../../design/store';
import { useDesignTabStyles } from './useDesignTabStyles.styles';

/** What the last action did or why it could not. */
export function NoticeBar({ notice }: { notice: DesignNotice }) {
  const styles = useDesignTabStyles();
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody className={styles.notice}>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.text && <div>{notice.text}</div>}
        {notice.lines && (
          <ul>
            {notice.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
