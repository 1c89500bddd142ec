import { Checkbox, Field, Input, Text } from '@fluentui/react-components';
import type { Campaign } from '../../../forms/schema';
import type { FormSettings } from '../../design/campaignWithForm';
import { useDesignTabStyles } from './useDesignTabStyles.styles';

type Props = {
  readonly campaign: Campaign;
  readonly settings: FormSettings;
  /** Why the settings cannot be saved, if so. */
  readonly problem: string | undefined;
  readonly fillers: ReadonlySet<string>;
  readonly disabled: boolean;
  readonly onSettings: (change: Partial<FormSettings>) => void;
  readonly onToggle: (unitType: string, on: boolean) => void;
};

/**
 * How the form joins the campaign in use: its number, title and sheet name
 * (prefilled so nothing clashes with the forms already there), and which unit
 * types fill it.
 */
export function SaveSection({ campaign, settings, problem, fillers, disabled, onSettings, onToggle }: Props) {
  const styles = useDesignTabStyles();
  return (
    <section aria-label="Đưa vào bộ biểu" className={styles.section}>
      <h2 className={styles.heading}>Đưa vào bộ biểu “{campaign.shortName}”</h2>
      <div className={styles.fields}>
        <Field label="Số biểu" hint={`In thành "Biểu số ${settings.number}"`}>
          <Input value={settings.number} disabled={disabled} onChange={(_, d) => onSettings({ number: d.value.trim().toUpperCase() })} />
        </Field>
        <Field label="Tên biểu">
          <Input value={settings.title} disabled={disabled} onChange={(_, d) => onSettings({ title: d.value })} />
        </Field>
        <Field label="Tên sheet">
          <Input value={settings.sheetName} disabled={disabled} onChange={(_, d) => onSettings({ sheetName: d.value })} />
        </Field>
        {problem && <Text className={styles.problem}>{problem}</Text>}
        <fieldset className={styles.unitTypes} disabled={disabled}>
          <legend>Loại đơn vị điền biểu này</legend>
          {campaign.unitTypes.map((t) => (
            <Checkbox key={t.key} label={t.consolidates ? `${t.label} (tổng hợp)` : t.label} checked={fillers.has(t.key)} onChange={(_, d) => onToggle(t.key, d.checked === true)} />
          ))}
        </fieldset>
      </div>
    </section>
  );
}
