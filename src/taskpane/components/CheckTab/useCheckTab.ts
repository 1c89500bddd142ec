import { useCallback, useEffect, useState } from 'react';
import { plainNumber } from '../../../core/rules/messages';
import { usePort } from '../../port';
import type { Issue, SheetCheck, WorkbookCheck } from '../../../ports/workbookPort';
import { errorMessage } from '../../errorMessage';

export type CheckState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'ready'; readonly sheets: readonly SheetCheck[]; readonly refused: WorkbookCheck['refused'] }
  | { readonly kind: 'failed'; readonly message: string };


/** The "Kiểm tra" tab's state: the whole workbook checked on opening, then each sheet again as it is edited. */
export function useCheckTab() {
  const port = usePort();
  const [state, setState] = useState<CheckState>({ kind: 'checking' });
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(true);

  // The list stays on screen while the workbook is checked again, so the item or button the user was on keeps focus.
  const recheck = useCallback(async () => {
    setBusy(true);
    try {
      const check = await port.checkWorkbook();
      setState({ kind: 'ready', sheets: check.sheets, refused: check.refused });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }, [port]);

  useEffect(() => {
    void recheck();
    return port.onSheetChecked(
      (check) =>
        setState((current) => {
          if (current.kind !== 'ready') return current;
          const updated = new Map(current.sheets.map((s) => [s.sheetId, s]));
          for (const sheet of check.sheets) updated.set(sheet.sheetId, sheet);
          return { ...current, sheets: [...updated.values()] };
        }),
      (error) => setNotice(`Không kiểm tra lại được sheet vừa sửa: ${errorMessage(error)}`),
    );
  }, [port, recheck]);

  /** `sheetId`: the checked sheet's id, which still finds it after the user renamed it; its name otherwise. */
  const select = useCallback(
    (issue: Issue, sheetId: string = issue.sheet) =>
      port.selectCell(sheetId, issue.address).catch((error: unknown) => setNotice(`Không chọn được ô ${issue.address}: ${errorMessage(error)}`)),
    [port],
  );

  const fix = useCallback(
    async (issue: Issue, sheetId: string = issue.sheet) => {
      if (issue.fix === undefined) return;
      try {
        await port.writeFigure(sheetId, issue.address, issue.fix);
        setNotice(`Đã ghi số ${plainNumber(issue.fix)} vào ${issue.sheet}!${issue.address}.`);
        await recheck();
      } catch (error) {
        setNotice(`Không ghi được vào ô ${issue.address}: ${errorMessage(error)}`);
      }
    },
    [port, recheck],
  );

  return { state, busy, recheck, select, fix, notice };
}
