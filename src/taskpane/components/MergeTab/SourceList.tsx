import { Text } from '@fluentui/react-components';
import type { Approvals, ApprovalState } from '../../../core/merge/approvals';
import type { MergePreview } from '../../../core/merge/consolidate';
import type { Campaign } from '../../../forms/schema';
import { sourceRows } from '../../merge/view';
import { SourceItem } from './SourceItem';
import type { Source } from './useMergeTab';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

type Props = {
  readonly campaign: Campaign;
  readonly sources: readonly Source[];
  readonly consolidation: MergePreview;
  readonly disabled: boolean;
  readonly onRemove: (id: number) => void;
  readonly onKeep: (unit: string, label: string) => void;
  /** Source id → the day (ISO) the clerk received it. */
  readonly received: ReadonlyMap<number, string>;
  readonly onReceived: (id: number, day: string | undefined) => void;
  readonly approvals: Approvals;
  readonly onDecide: (unit: string, unitType: string, state: ApprovalState, reason: string) => void;
  /** Who signs the messages to units. */
  readonly from: string;
};

/** The sources added so far, in the order they came in (the core reports them in that order). */
export function SourceList({ campaign, sources, consolidation, disabled, onRemove, onKeep, received, onReceived, approvals, onDecide, from }: Props) {
  const styles = useMergeTabStyles();
  const rows = sourceRows(consolidation);
  const included = consolidation.result.included.length;
  return (
    <section className={styles.section} aria-label="Các nguồn đã thêm">
      <Text as="h2" className={styles.heading}>
        Các nguồn đã thêm ({sources.length} nguồn, {included} đơn vị được cộng)
      </Text>
      <ul className={styles.sources} aria-label="Các nguồn">
        {rows.map((row, i) => {
          const source = sources[i];
          return (
            source && (
              <SourceItem
                key={source.id}
                campaign={campaign}
                row={row}
                read={source.read}
                disabled={disabled}
                onRemove={() => onRemove(source.id)}
                onKeep={(unit) => onKeep(unit, row.report.source.label)}
                received={received.get(source.id)}
                onReceived={(day) => onReceived(source.id, day)}
                approvals={approvals}
                onDecide={onDecide}
                from={from}
              />
            )
          );
        })}
      </ul>
    </section>
  );
}
