import { makeStyles, Select } from '@fluentui/react-components';
import type { Campaign } from '../../../forms/schema';

const useStyles = makeStyles({
  // A native select is as wide as its longest option ("Ban Dân vận Tỉnh ủy, …"): held to the pane's width, the chosen label is cut instead.
  root: { minWidth: 0 },
  select: { minWidth: 0, textOverflow: 'ellipsis' },
});

type Props = {
  readonly campaign: Campaign;
  readonly value: string;
  readonly onChange: (key: string) => void;
  readonly disabled?: boolean;
};

/** The campaign's unit types, by their Vietnamese labels; put inside a Field that names it. */
export function UnitTypeSelect({ campaign, value, onChange, disabled = false }: Props) {
  const styles = useStyles();
  // A native select cannot wrap its value: the whole label is its tooltip, and the open list shows it in full.
  const label = campaign.unitTypes.find((type) => type.key === value)?.label;
  return (
    <Select className={styles.root} select={{ className: styles.select }} title={label} value={value} onChange={(_, data) => onChange(data.value)} disabled={disabled}>
      {campaign.unitTypes.map((type) => (
        <option key={type.key} value={type.key}>
          {type.label}
        </option>
      ))}
    </Select>
  );
}
