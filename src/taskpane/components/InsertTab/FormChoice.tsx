import { Checkbox, Link, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormDef } from '../../../forms/schema';
import { sentenceCase } from '../../text';
import { useInsertTabStyles } from './useInsertTabStyles.styles';

type Props = {
  readonly offered: readonly FormDef[];
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (key: string, on: boolean) => void;
  readonly disabled: boolean;
};

/**
 * The forms to insert. The unit type already ticks the ones it owes, so the
 * list is folded to one line ("8 biểu đã chọn · Thay đổi") and the button
 * below it stays in reach; "Thay đổi" unfolds it for a unit that sends more
 * or fewer.
 */
export function FormChoice({ offered, selected, onToggle, disabled }: Props) {
  const styles = useInsertTabStyles();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Text className={styles.summary}>
        {selected.size} biểu đã chọn ·{' '}
        <Link as="button" onClick={() => setOpen(true)} disabled={disabled}>
          Thay đổi
        </Link>
      </Text>
    );
  return (
    <fieldset className={styles.forms} disabled={disabled}>
      <legend>Biểu cần điền</legend>
      {offered.map((form) => (
        <Checkbox
          key={form.key}
          checked={selected.has(form.key)}
          onChange={(_, data) => onToggle(form.key, data.checked === true)}
          label={
            <span>
              <strong>{form.sheetName}</strong> <span className={styles.formTitle}>{sentenceCase(form.title)}</span>
            </span>
          }
        />
      ))}
      <Text className={styles.summary}>
        {selected.size} biểu đã chọn ·{' '}
        <Link as="button" onClick={() => setOpen(false)}>
          Thu gọn
        </Link>
      </Text>
    </fieldset>
  );
}
