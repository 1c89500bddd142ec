import { Badge, Text } from '@fluentui/react-components';
import type { OutlineRule } from '../../design/outline';
import { useDesignTabStyles } from './useDesignTabStyles.styles';

/** The rules the form will check as figures are typed, in the sheet's own words, with the reason each was proposed. */
export function RuleList({ rules }: { rules: readonly OutlineRule[] }) {
  const styles = useDesignTabStyles();
  return (
    <section aria-label="Quy tắc kiểm tra" className={styles.section}>
      <h2 className={styles.heading}>Quy tắc kiểm tra ({rules.length})</h2>
      {rules.length === 0 ? (
        <Text size={200}>Biểu không có quy tắc nào ngoài các ô tổng, tỷ lệ tự tính.</Text>
      ) : (
        <ul className={styles.list}>
          {rules.map((rule) => (
            <li key={rule.key} aria-label={rule.hint} className={styles.item}>
              <div className={styles.line}>
                <Badge appearance="tint" size="small" color={rule.severity === 'error' ? 'danger' : 'warning'}>
                  {rule.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}
                </Badge>
                <Text className={styles.label}>{rule.hint}</Text>
              </div>
              <Text className={styles.formula}>{rule.check}</Text>
              {rule.reasons.map((r, i) => (
                <Text key={i} className={styles.reason}>
                  {r}
                </Text>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
