import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { formatIsoDate } from '../../../core/dates';
import { sentenceCase } from '../../text';
import type { Campaign } from '../../../forms/schema';
import { UnitTypeSelect } from '../UnitTypeSelect';
import { ConflictDialog } from './ConflictDialog';
import { InsertResultBar } from './InsertResultBar';
import { useInsertTab } from './useInsertTab';
import { useInsertTabStyles } from './useInsertTabStyles.styles';

/** "Chèn biểu": the unit says who it is, and gets exactly the forms it must fill. */
export function InsertTab({ campaign }: { campaign: Campaign }) {
  const styles = useInsertTabStyles();
  const state = useInsertTab(campaign);
  const { unitType, status } = state;
  const running = status.kind === 'running';

  return (
    <section className={styles.root} aria-label="Chèn biểu">
      <Field label="Loại đơn vị">
        <UnitTypeSelect campaign={campaign} value={unitType.key} onChange={state.chooseUnitType} disabled={running} />
      </Field>
      <Field label="Tên đơn vị" hint="Ghi ở đầu mỗi biểu, đúng như tên trong danh sách đơn vị">
        <Input value={state.unitName} onChange={(_, data) => state.setUnitName(data.value)} disabled={running} />
      </Field>
      <Text size={200} className={styles.deadline}>
        Hạn gửi báo cáo: <strong>{formatIsoDate(unitType.deadline)}</strong>
      </Text>
      {unitType.note && (
        <MessageBar intent="info">
          <MessageBarBody>{unitType.note}</MessageBarBody>
        </MessageBar>
      )}
      <fieldset className={styles.forms} disabled={running}>
        <legend>Biểu cần điền</legend>
        {state.offered.map((form) => (
          <Checkbox
            key={form.key}
            checked={state.selected.has(form.key)}
            onChange={(_, data) => state.toggleForm(form.key, data.checked === true)}
            label={
              <span>
                <strong>{form.sheetName}</strong> <span className={styles.formTitle}>{sentenceCase(form.title)}</span>
              </span>
            }
          />
        ))}
      </fieldset>
      <Button appearance="primary" onClick={state.insert} disabled={running || state.selected.size === 0}>
        Chèn {state.selected.size} biểu
      </Button>
      {running && (
        <ProgressBar
          aria-label="Đang chèn biểu"
          {...(status.progress ? { value: status.progress.done / Math.max(status.progress.total, 1) } : {})}
        />
      )}
      {running && status.progress && <Text size={200}>{status.progress.step}</Text>}
      {status.kind === 'done' && <InsertResultBar result={status.result} />}
      {status.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>Không chèn được biểu: {status.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.pending && <ConflictDialog pending={state.pending} />}
    </section>
  );
}
