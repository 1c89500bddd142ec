import { Button, mergeClasses, ProgressBar, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Busy } from './useMergeTab';
import { useMergeTabStyles } from './useMergeTabStyles.styles';

type Props = {
  readonly busy: Busy | undefined;
  /** Files are being dragged over the tab (see useFileDrop). */
  readonly dragging: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly onWorkbook: () => void;
  readonly onCancel: () => void;
};

/**
 * Where sources come in: the file picker, the drop zone around it, and the unit
 * sheets already copied into the workbook. Files are read as soon as they are
 * added, with a progress bar that can be cancelled.
 */
export function AddSources({ busy, dragging, onFiles, onWorkbook, onCancel }: Props) {
  const styles = useMergeTabStyles();
  const input = useRef<HTMLInputElement>(null);
  const disabled = busy !== undefined;

  return (
    <section className={styles.section} aria-label="Thêm tệp">
      <div className={mergeClasses(styles.dropZone, dragging && styles.dropZoneActive)}>
        <Text>Kéo thả tệp .xlsx của các đơn vị vào đây</Text>
        <div className={styles.buttons}>
          <Button onClick={() => input.current?.click()} disabled={disabled}>
            Thêm tệp…
          </Button>
          <Button onClick={onWorkbook} disabled={disabled}>
            Lấy các biểu đang có trong sổ
          </Button>
        </div>
        <input
          ref={input}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          tabIndex={-1}
          aria-label="Chọn tệp .xlsx của các đơn vị"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Cleared so that picking the same file again is a new change, passed on like any other.
            event.target.value = '';
            onFiles(files);
          }}
        />
      </div>
      {busy?.kind === 'reading' && (
        <div className={styles.progress}>
          <ProgressBar aria-label={`Đã đọc ${busy.done}/${busy.total} tệp`} value={busy.done / Math.max(busy.total, 1)} />
          <div className={styles.progressLine}>
            <Text size={200} role="status" className={styles.progressText}>
              {busy.name === '' ? `Đã đọc ${busy.done}/${busy.total} tệp` : `Đang đọc ${busy.done + 1}/${busy.total} tệp: ${busy.name}`}
            </Text>
            <Button size="small" onClick={onCancel}>
              Hủy
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
