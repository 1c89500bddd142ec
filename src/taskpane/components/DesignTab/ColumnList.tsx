import type { ColumnChoice } from '../../design/edits';
import { COLUMN_CHOICES, type OutlineColumn } from '../../design/outline';
import { OutlineItem } from './OutlineItem';
import { useDesignTabStyles } from './useDesignTabStyles.styles';

/** Every column of the table, left to right. */
export function ColumnList({ columns, disabled, onChoose }: { columns: readonly OutlineColumn[]; disabled: boolean; onChoose: (column: string, choice: ColumnChoice) => void }) {
  const styles = useDesignTabStyles();
  return (
    <section aria-label="Các cột" className={styles.section}>
      <h2 className={styles.heading}>Các cột ({columns.length})</h2>
      <ul className={styles.list}>
        {columns.map((c) => (
          <OutlineItem
            key={c.column}
            name={`Cột ${c.column}`}
            title={c.header || '(không có tiêu đề)'}
            read={c.read}
            choice={c.choice}
            choices={c.choices}
            labels={COLUMN_CHOICES}
            formula={c.formula}
            reasons={c.reasons}
            doubts={c.doubts}
            edited={c.edited}
            disabled={disabled}
            onChoose={(choice) => onChoose(c.column, choice)}
          />
        ))}
      </ul>
    </section>
  );
}
