import { mergeClasses, Select, Text } from '@fluentui/react-components';
import { useDesignTabStyles } from './useDesignTabStyles.styles';

type Props<C extends string> = {
  /** "Hàng 14", "Cột E": names the item and its role picker. */
  readonly name: string;
  readonly title: string;
  /** What the designer read it as, shown when its role cannot be changed. */
  readonly read: string;
  readonly choice: C | undefined;
  readonly choices: readonly C[];
  readonly labels: Readonly<Record<C, string>>;
  readonly formula: string | undefined;
  readonly reasons: readonly string[];
  readonly doubts: readonly string[];
  readonly edited: boolean;
  readonly disabled: boolean;
  readonly onChoose: (choice: C) => void;
};

/**
 * One row or column of the table: where it is and what it says, the role it
 * has in the form (a picker where it can change), its formula, why the
 * designer decided so, and — highlighted — what it is unsure of.
 */
export function OutlineItem<C extends string>(props: Props<C>) {
  const styles = useDesignTabStyles();
  const { name, choice, doubts } = props;
  return (
    <li aria-label={name} className={mergeClasses(styles.item, doubts.length > 0 && !props.edited && styles.doubtful, props.edited && styles.edited)}>
      <div className={styles.line}>
        <Text className={styles.where}>{name}</Text>
        <Text className={styles.label}>{props.title}</Text>
      </div>
      {choice === undefined ? (
        <Text size={200} italic>
          {props.read}
        </Text>
      ) : (
        <Select
          size="small"
          className={styles.role}
          aria-label={`Vai trò ${name.toLocaleLowerCase('vi')}`}
          value={choice}
          disabled={props.disabled}
          onChange={(_, data) => props.onChoose(data.value as C)}
        >
          {props.choices.map((c) => (
            <option key={c} value={c}>
              {props.labels[c]}
            </option>
          ))}
        </Select>
      )}
      {props.formula && <Text className={styles.formula}>{props.formula}</Text>}
      {doubts.map((d, i) => (
        <Text key={i} className={styles.doubt}>
          Chưa chắc: {d}
        </Text>
      ))}
      {props.reasons.map((r, i) => (
        <Text key={i} className={styles.reason}>
          {r}
        </Text>
      ))}
    </li>
  );
}
