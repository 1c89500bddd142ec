/**
 * Excel holds at most 32,767 characters in a cell (Microsoft Support, "Excel
 * specifications and limits": total number of characters that a cell can
 * contain). Office.js refuses a longer text and a file holding one is
 * damaged, so nothing the add-in writes may be longer: texts that can grow
 * with the number of units are cut here, or spread over several cells
 * (campaignCarrier.ts, identity.ts).
 */
export const MAX_CELL_TEXT = 32_767;

/** What shows that a text was cut. */
export const CUT_MARK = '…';

/** The text as it fits in a cell: whole when it fits, else cut with a visible "…" (never inside a surrogate pair). */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - CUT_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + CUT_MARK;
}
