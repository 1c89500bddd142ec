import type { DocumentSettings } from './campaignStore';

/**
 * Microsoft Learn, "Automatically open a task pane with a document": an add-in
 * whose manifest has a ShowTaskpane action with the TaskpaneId
 * `Office.AutoShowTaskpaneWithDocument` opens that pane when a document is
 * opened whose settings hold `Office.AutoShowTaskpaneWithDocument: true`; the
 * setting is the add-in's, per document, and is kept in the file once
 * `saveAsync` has run and the workbook is saved. Set when forms are inserted,
 * so that a unit's workbook opens with its forms' pane.
 */
export const AUTO_OPEN_SETTING = 'Office.AutoShowTaskpaneWithDocument';

/** Asks Excel to open the pane with this workbook from now on; a failure costs only the convenience, never the insert. */
export function openPaneWithWorkbook(settings: DocumentSettings): Promise<boolean> {
  if (settings.get(AUTO_OPEN_SETTING) === true) return Promise.resolve(true);
  settings.set(AUTO_OPEN_SETTING, true);
  return new Promise((resolve) => settings.saveAsync((result) => resolve(String(result.status) === 'succeeded')));
}
