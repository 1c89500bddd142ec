import type { ReactNode } from 'react';
import { useTabFooterStyles } from './useTabFooterStyles.styles';

/**
 * The bottom of a tab: its main button, and the progress and result of what
 * the button started. It stays in view while the tab scrolls (a task pane may
 * be 600 px high or less), so the user never looks for the button or misses
 * what it did. `label` names it for screen readers ("Chèn biểu").
 */
export function TabFooter({ label, children }: { label: string; children: ReactNode }) {
  const styles = useTabFooterStyles();
  return (
    <div role="group" aria-label={label} className={styles.footer}>
      {children}
    </div>
  );
}
