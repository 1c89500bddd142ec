import { Badge, Button, Text } from '@fluentui/react-components';
import type { OpenBook } from '../../openWorkbooks/protocol';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

type Props = {
  readonly available: boolean;
  readonly books: readonly OpenBook[];
  /** Ids of the workbooks already added to the sources. */
  readonly added: ReadonlySet<string>;
  /** How many "Thêm tất cả" would add. */
  readonly toAdd: number;
  readonly disabled: boolean;
  readonly onAddAll: () => void;
};

/**
 * "Sổ đang mở": the units' workbooks open in Excel on this computer with the
 * add-in's pane, each with its units, forms and problems as its pane read them.
 * Adding one asks its pane for the workbook's file; nothing is written to it.
 */
export function OpenBooks({ available, books, added, toAdd, disabled, onAddAll }: Props) {
  const styles = useMergeTabStyles();
  return (
    <section className={styles.section} aria-label="Sổ đang mở">
      <Text as="h2" className={styles.heading}>
        Sổ đang mở ({books.length})
      </Text>
      {!available ? (
        <Text className={styles.note}>Excel ở đây không cho các ngăn của các sổ liên lạc với nhau: hãy lưu sổ của các đơn vị rồi thêm bằng Thêm tệp….</Text>
      ) : books.length === 0 ? (
        <Text className={styles.note}>Chưa thấy sổ nào khác đang mở ngăn Tổng kết trên máy này. Mở sổ của đơn vị trong Excel (ngăn tự mở cùng sổ), sổ sẽ hiện ở đây.</Text>
      ) : (
        <>
          <ul className={styles.sources} aria-label="Các sổ đang mở">
            {books.map((book) => (
              <li key={book.id} className={styles.source} aria-label={book.name}>
                <div className={styles.sourceHead}>
                  <Text className={styles.fileName}>{book.name}</Text>
                  {added.has(book.id) && (
                    <Badge appearance="tint" color="success" shape="rounded" className={styles.badge}>
                      Đã thêm
                    </Badge>
                  )}
                </div>
                {book.units.length === 0 && <Text className={styles.detail}>Sổ không có biểu nào.</Text>}
                {book.units.map((line) => (
                  <Text key={line} className={styles.detail}>
                    {line}
                  </Text>
                ))}
                {book.problems.length > 0 && (
                  <ul className={styles.problems} aria-label={`Vấn đề của ${book.name}`}>
                    {book.problems.map((problem, i) => (
                      <li key={i}>{problem}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <div className={styles.buttons}>
            <Button onClick={onAddAll} disabled={disabled || toAdd === 0}>
              Thêm tất cả{toAdd > 0 ? ` (${toAdd} sổ)` : ''}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
