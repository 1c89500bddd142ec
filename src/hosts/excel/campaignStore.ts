import { CARRIER_ROW_RANGE, carriedText } from '../../core/campaignCarrier';
import type { CampaignStore } from '../../ports/workbookPort';
import { patientRun, type ExcelRun } from './cellEdit';
import { translatingRun } from './officeError';

/** The part of Office.Settings (`Office.context.document.settings`) the pane uses. */
export type DocumentSettings = Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'>;

/** The setting's name; settings are per add-in and per document (Office.Settings on Microsoft Learn). */
const CHOSEN = 'tongket.campaign';

/**
 * Where the pane finds a workbook's campaign: the text its form sheets carry
 * (two syncs: the sheet list, then every sheet's marker row), and the one the
 * user chose for this workbook, kept in the document's add-in settings, which
 * `saveAsync` writes into the file when the workbook is saved.
 */
export function createCampaignStore(excelRun: ExcelRun, settings: DocumentSettings): CampaignStore {
  const run = translatingRun(patientRun(excelRun));
  return {
    readCarried: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const rows = sheets.items.map((sheet) => sheet.getRange(CARRIER_ROW_RANGE).load('values'));
        await context.sync();
        for (const row of rows) {
          const text = carriedText(row.values[0] ?? []);
          if (text !== undefined) return text;
        }
        return undefined;
      }),
    remembered: () => {
      const value: unknown = settings.get(CHOSEN);
      return typeof value === 'string' ? value : undefined;
    },
    remember: (text) =>
      new Promise((resolve, reject) => {
        if (text === undefined) settings.remove(CHOSEN);
        else settings.set(CHOSEN, text);
        // AsyncResultStatus.Succeeded is "succeeded"; compared as the string, the pane needs no Office global in the preview.
        // Office's message is English whatever its language: the code alone goes to the user.
        settings.saveAsync((result) =>
          String(result.status) === 'succeeded' ? resolve() : reject(new Error(`Office không lưu được bộ biểu đã chọn vào sổ (mã lỗi Office ${result.error.code}).`)),
        );
      }),
  };
}
