import { Badge, mergeClasses, Text } from '@fluentui/react-components';
import type { OutlineDoubt } from '../../design/outline';
import { useDesignTabStyles } from './useDesignTabStyles.styles';

/** What the designer could not settle from the table alone, first: each needs a person's look before the form is used. */
export function DoubtList({ doubts }: { doubts: readonly OutlineDoubt[] }) {
  const styles = useDesignTabStyles();
  const open = doubts.filter((d) => !d.settled).length;
  return (
    <section aria-label="Cần xem lại" className={styles.section}>
      <h2 className={styles.heading}>{doubts.length === 0 ? 'Không có điểm nào chưa chắc chắn' : `Cần xem lại (${open}/${doubts.length})`}</h2>
      {doubts.length > 0 && (
        <ul className={styles.list}>
          {doubts.map((d, i) => (
            <li key={i} className={mergeClasses(styles.item, !d.settled && styles.doubtful, d.settled && styles.edited)}>
              <div className={styles.line}>
                <Text className={styles.where}>{d.at}</Text>
                {d.settled && (
                  <Badge size="small" appearance="tint" color="brand">
                    đã sửa
                  </Badge>
                )}
              </div>
              <Text size={200} className={styles.label}>
                {d.reason}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
