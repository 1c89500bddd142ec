import { Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { formatIsoDate } from '../../../core/dates';
import type { Campaign } from '../../../forms/schema';
import { TabFooter } from '../TabFooter';
import { UnitTypeSelect } from '../UnitTypeSelect';
import { ConflictDialog } from './ConflictDialog';
import { FormChoice } from './FormChoice';
import { InsertOutcome } from './InsertOutcome';
import { useInsertTab } from './useInsertTab';
import { useInsertTabStyles } from './useInsertTabStyles.styles';
import { UNTITLED_BAR } from '../untitledBar';

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
      <Field
        label="Tên đơn vị"
        hint="Ghi ở đầu mỗi biểu, đúng như tên trong danh sách đơn vị"
        {...(state.nameMissing && state.nameTyped ? { validationMessage: 'Ghi tên đơn vị để chèn biểu.' } : {})}
      >
        <Input value={state.unitName} onChange={(_, data) => state.setUnitName(data.value)} disabled={running} aria-required />
      </Field>
      <Text size={200} className={styles.deadline}>
        Hạn gửi báo cáo: <strong>{formatIsoDate(unitType.deadline)}</strong>
      </Text>
      {unitType.note && (
        // Multiline from the start: a bar left to measure itself keeps one line, cut, when its text changes with the unit type.
        <MessageBar {...UNTITLED_BAR} intent="info" layout="multiline">
          <MessageBarBody>{unitType.note}</MessageBarBody>
        </MessageBar>
      )}
      <FormChoice offered={state.offered} selected={state.selected} onToggle={state.toggleForm} disabled={running} />
      <TabFooter label="Chèn biểu">
        <Button appearance="primary" onClick={() => void state.insert()} disabled={running || state.selected.size === 0 || state.nameMissing}>
          Chèn {state.selected.size} biểu
        </Button>
        {state.nameMissing && !state.nameTyped && (
          // Said by the button, not only by the field: the button is where the user looks when it does not respond.
          <Text size={200} className={styles.deadline}>
            Ghi tên đơn vị để chèn biểu.
          </Text>
        )}
        {running && (
          <>
            <ProgressBar aria-label="Đang chèn biểu" {...(status.progress ? { value: status.progress.done / Math.max(status.progress.total, 1) } : {})} />
            {status.progress && <Text size={200}>{status.progress.step}</Text>}
          </>
        )}
        <InsertOutcome status={status} />
      </TabFooter>
      {state.pending && <ConflictDialog pending={state.pending} />}
    </section>
  );
}
