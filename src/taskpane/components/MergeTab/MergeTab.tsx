import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from '@fluentui/react-components';
import type { Campaign } from '../../../forms/schema';
import { AddSources } from './AddSources';
import { MergeOutcomeBar } from './MergeOutcomeBar';
import { MergeSettings } from './MergeSettings';
import { OpenBooks } from './OpenBooks';
import { useOpenBooks } from './useOpenBooks';
import { ReplaceDialog } from './ReplaceDialog';
import { RosterSection } from './RosterSection';
import { SourceList } from './SourceList';
import { TabFooter } from '../TabFooter';
import { useFileDrop } from './useFileDrop';
import { duringReading, useMergeTab } from './useMergeTab';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

/**
 * "Tổng hợp": the units' files come in, each is shown with its unit, forms and
 * problems, the roster says who is missing, and one click writes the summary;
 * that button, its progress and its result stay at the bottom of the pane.
 * `active` is false while another tab is shown: the tab stays mounted so the
 * files read are not lost, and re-reads the roster sheet when shown again.
 */
export function MergeTab({ campaign, active }: { campaign: Campaign; active: boolean }) {
  const styles = useMergeTabStyles();
  const state = useMergeTab(campaign, active);
  const { preview, busy, sources } = state;
  const busyNow = busy !== undefined;
  const included = preview.result.included.length;
  const outliers = preview.result.outliers;
  const outcome = state.outcome;
  const open = useOpenBooks(active, state.addIncoming);
  const drop = useFileDrop((files) => void state.addFiles(files), busyNow);

  return (
    <section className={styles.root} aria-label="Tổng hợp" {...drop.handlers}>
      <Text className={styles.intro}>
        Thêm tệp .xlsx của các đơn vị, hoặc lấy các biểu đã chép vào sổ này. Tệp chỉ được đọc trên máy này, không tải lên đâu cả.
      </Text>
      <AddSources busy={busy} dragging={drop.over} onFiles={(files) => void state.addFiles(files)} onWorkbook={() => void state.addWorkbookSheets()} onCancel={state.cancelReading} />
      <OpenBooks available={open.available} books={open.books} added={open.added} toAdd={open.toAdd} disabled={busyNow} onAddAll={() => void open.addAll()} />
      {outcome && duringReading(outcome) && <MergeOutcomeBar outcome={outcome} />}
      {sources.length > 0 && (
        <SourceList
          campaign={campaign}
          sources={sources}
          consolidation={preview}
          disabled={busyNow}
          onRemove={state.remove}
          onKeep={state.keepSource}
          received={state.received}
          onReceived={state.setReceived}
          approvals={state.approvals}
          onDecide={(unit, unitType, decision, reason) => void state.decideUnit(unit, unitType, decision, reason)}
          from={state.unitName}
        />
      )}
      {(sources.length > 0 || preview.roster.length > 0) && (
        <RosterSection
          campaign={campaign}
          consolidation={preview}
          workbook={state.workbook}
          disabled={busyNow}
          onRefresh={() => void state.refreshRoster()}
          reminders={state.reminders}
          from={state.unitName}
        />
      )}
      {outliers.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Số liệu bất thường, hãy kiểm tra lại với đơn vị</MessageBarTitle>
            <ul className={styles.messages}>
              {outliers.map((o) => (
                <li key={`${o.unit}-${o.sheet}-${o.address}`}>{o.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <MergeSettings campaign={campaign} state={state} disabled={busyNow} />
      <TabFooter label="Tổng hợp">
        <Button appearance="primary" onClick={() => void state.merge()} disabled={busyNow || included === 0 || state.unitName.trim() === ''}>
          Tổng hợp {included} đơn vị
        </Button>
        {busy?.kind === 'writing' && (
          <div className={styles.progress}>
            <ProgressBar aria-label="Đang tổng hợp" />
            <Text size={200} role="status">
              {busy.step}
            </Text>
          </div>
        )}
        {outcome && !duringReading(outcome) && <MergeOutcomeBar outcome={outcome} />}
      </TabFooter>
      {state.pending && <ReplaceDialog pending={state.pending} />}
    </section>
  );
}
