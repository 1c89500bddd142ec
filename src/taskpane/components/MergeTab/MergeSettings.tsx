import { Checkbox, Field, Input } from '@fluentui/react-components';
import type { Campaign } from '../../../forms/schema';
import { UnitTypeSelect } from '../UnitTypeSelect';
import type { MergeTabState } from './useMergeTab';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

/** Who consolidates (the header of every summary form), whether units with errors count, and whether only approved ones do. */
export function MergeSettings({ campaign, state, disabled }: { campaign: Campaign; state: MergeTabState; disabled: boolean }) {
  const styles = useMergeTabStyles();
  const blank = state.unitName.trim() === '';
  return (
    <fieldset className={styles.fields} disabled={disabled}>
      <legend>Đơn vị tổng hợp</legend>
      <Field label="Tên đơn vị tổng hợp" className={styles.field} {...(blank ? { validationMessage: 'Ghi tên đơn vị, in ở đầu mỗi biểu tổng hợp.' } : {})}>
        <Input value={state.unitName} onChange={(_, data) => state.setUnitName(data.value)} />
      </Field>
      <Field label="Loại đơn vị tổng hợp" className={styles.field}>
        <UnitTypeSelect campaign={campaign} value={state.unitType} onChange={state.chooseUnitType} />
      </Field>
      <Checkbox
        checked={state.includeUnitsWithErrors}
        onChange={(_, data) => state.setIncludeUnitsWithErrors(data.checked === true)}
        label="Cộng cả đơn vị có lỗi"
      />
      <Checkbox checked={state.onlyApproved} onChange={(_, data) => state.setOnlyApproved(data.checked === true)} label="Chỉ cộng đơn vị đã duyệt" />
    </fieldset>
  );
}
