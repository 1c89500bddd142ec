import { useState, type DragEvent } from 'react';

/**
 * Files dropped anywhere on the tab are taken, not only on the marked zone: a
 * drop the pane did not handle would make the browser open the file in place
 * of the add-in. While busy a drop is refused (and said so by the cursor).
 */
export function useFileDrop(onFiles: (files: File[]) => void, disabled: boolean) {
  const [over, setOver] = useState(false);
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(!disabled);
  };
  const onDragLeave = (event: DragEvent) => {
    // Leaving a child for another child of the tab is not leaving the tab.
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setOver(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles(Array.from(event.dataTransfer.files));
  };
  return { over, handlers: { onDragOver, onDragLeave, onDrop } };
}
