import type { RowChoice } from '../../design/edits';
import { ROW_CHOICES, type OutlineRow } from '../../design/outline';
import { OutlineItem } from './OutlineItem';
import { useDesignTabStyles } from './useDesignTabStyles.styles';

/** Every row of the table, top to bottom, header rows included (their role is fixed). */
export function RowList({ rows, disabled, onChoose }: { rows: readonly OutlineRow[]; disabled: boolean; onChoose: (row: number, choice: RowChoice) => void }) {
  const styles = useDesignTabStyles();
  return (
    <section aria-label="Các hàng" className={styles.section}>
      <h2 className={styles.heading}>Các hàng ({rows.length})</h2>
      <ul className={styles.list}>
        {rows.map((r) => (
          <OutlineItem
            key={r.row}
            name={`Hàng ${r.row}`}
            title={[r.stt, r.label].filter(Boolean).join(' ') || r.read}
            read={r.read}
            choice={r.choice}
            choices={r.choices}
            labels={ROW_CHOICES}
            formula={r.formula}
            reasons={r.reasons}
            doubts={r.doubts}
            edited={r.edited}
            disabled={disabled}
            onChoose={(choice) => onChoose(r.row, choice)}
          />
        ))}
      </ul>
    </section>
  );
}
