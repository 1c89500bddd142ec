import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Text } from '@fluentui/react-components';
import type { ActiveCampaign } from '../../campaign/useActiveCampaign';
import type { DesignStore } from '../../design/store';
import { sentenceCase } from '../../text';
import { TabFooter } from '../TabFooter';
import { ColumnList } from './ColumnList';
import { DoubtList } from './DoubtList';
import { NoticeBar } from './NoticeBar';
import { RowList } from './RowList';
import { RuleList } from './RuleList';
import { SaveSection } from './SaveSection';
import { useDesignTab } from './useDesignTab';
import { useDesignTabStyles } from './useDesignTabStyles.styles';

/**
 * "Thiết kế biểu": a table received from the level above becomes a form of the
 * campaign. The table is read from the workbook, the form designer proposes
 * the form, the person reviews it — doubts first — and changes roles where
 * the designer read wrong, compares it laid out beside the original, saves it
 * into the campaign in use and exports the campaign file for the units.
 */
export function DesignTab({ active, store }: { active: ActiveCampaign; store: DesignStore }) {
  const styles = useDesignTabStyles();
  const tab = useDesignTab(active, store);
  const { state, proposal, outline, pending } = tab;
  const busy = state.busy !== undefined;
  const read = state.read;

  return (
    <section className={styles.root} aria-label="Thiết kế biểu">
      <Text>
        Chọn bảng của cấp trên trong sheet (cả tên biểu và các dòng tiêu đề cột) hoặc chỉ cần mở sheet có bảng, rồi bấm đọc. Bổ trợ đề xuất biểu: các hàng, cột, công
        thức và quy tắc kiểm tra; bạn xem lại, sửa chỗ đọc sai rồi lưu vào bộ biểu.
      </Text>
      <div className={styles.toolbar}>
        <Button appearance={proposal ? 'secondary' : 'primary'} onClick={() => void tab.read()} disabled={busy}>
          Đọc bảng đang chọn
        </Button>
        {state.busy === 'read' && <Spinner size="tiny" label="Đang đọc bảng…" />}
      </div>
      {read && read.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Excel này không cho đọc hết bảng</MessageBarTitle>
            Thiếu {read.missing.join('; ')}. Biểu được đề xuất từ chữ và công thức: xem kỹ các hàng tổng, mục và tiêu đề cột.
          </MessageBarBody>
        </MessageBar>
      )}
      {read && proposal && outline && (
        <>
          {read.proposals.length > 1 && (
            <Field label="Bảng">
              <Select value={String(state.chosen)} onChange={(_, d) => tab.choose(Number(d.value))} disabled={busy}>
                {read.proposals.map((p, i) => (
                  <option key={p.range} value={i}>
                    {p.range}: {sentenceCase(p.form.title)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Text>
            Sheet “{read.sheet}”, bảng <strong>{proposal.range}</strong>
            {tab.designed && (
              <>
                {' '}
                → biểu “{sentenceCase(tab.designed.form.title)}”: {tab.designed.form.rows.length} hàng, {tab.designed.form.columns.length} cột, {tab.designed.form.rules.length}{' '}
                quy tắc.
              </>
            )}
          </Text>
          {outline.general.map((d, i) => (
            <Text key={i} className={styles.reason}>
              {d.reason}
            </Text>
          ))}
          <DoubtList doubts={outline.doubts} />
          <ColumnList columns={outline.columns} disabled={busy} onChoose={(column, choice) => tab.edit({ kind: 'column', column, choice })} />
          <RowList rows={outline.rows} disabled={busy} onChoose={(row, choice) => tab.edit({ kind: 'row', row, choice })} />
          <RuleList rules={outline.rules} />
          {state.settings && (
            <SaveSection
              campaign={tab.campaign}
              settings={state.settings}
              problem={tab.settingsIssue}
              fillers={tab.fillers}
              disabled={busy}
              onSettings={tab.setSettings}
              onToggle={tab.toggleUnitType}
            />
          )}
        </>
      )}
      {tab.designProblem && <Text className={styles.problem}>{tab.designProblem}</Text>}
      {(proposal || state.notice) && (
        <TabFooter label="Thiết kế biểu">
          {proposal && (
            <div className={styles.toolbar}>
              <Button onClick={tab.undo} disabled={busy || state.edits.length === 0}>
                Hoàn tác
              </Button>
              <Button onClick={() => void tab.preview()} disabled={busy || !pending}>
                Xem thử
              </Button>
              <Button appearance="primary" onClick={() => void tab.save()} disabled={busy || !pending || tab.upToDate}>
                {tab.upToDate ? 'Đã lưu' : 'Lưu vào bộ biểu'}
              </Button>
              <Button onClick={tab.exportFile} disabled={busy || !pending}>
                Xuất tệp
              </Button>
            </div>
          )}
          {(state.busy === 'preview' || state.busy === 'save') && <Spinner size="tiny" label={state.busy === 'preview' ? 'Đang dựng biểu xem thử…' : 'Đang lưu…'} />}
          {state.notice && <NoticeBar notice={state.notice} />}
        </TabFooter>
      )}
    </section>
  );
}
