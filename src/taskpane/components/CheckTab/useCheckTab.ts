import { useCallback, useEffect, useState } from 'react';
import { usePort } from '../../port';
import type { Issue, SheetCheck, WorkbookCheck } from '../../../ports/workbookPort';

export type CheckState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'ready'; readonly sheets: readonly SheetCheck[]; readonly refused: WorkbookCheck['refused'] }
  | { readonly kind: 'failed'; readonly message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The "Kiểm tra" tab's state: the whole workbook checked on opening, then each sheet again as it is edited. */
export function useCheckTab() {
  const port = usePort();
  const [state, setState] = useState<CheckState>({ kind: 'checking' });
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const recheck = useCallback(async () => {
    setState({ kind: 'checking' });
    try {
      const check = await port.checkWorkbook();
      setState({ kind: 'ready', sheets: check.sheets, refused: check.refused });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
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
      (error) => setNotice(`Không kiểm tra lại được sheet vừa sửa: ${messageOf(error)}`),
    );
  }, [port, recheck]);

  /** `sheetId`: the checked sheet's id, which still finds it after the user renamed it; its name otherwise. */
  const select = useCallback(
    (issue: Issue, sheetId: string = issue.sheet) =>
      port.selectCell(sheetId, issue.address).catch((error: unknown) => setNotice(`Không chọn được ô ${issue.address}: ${messageOf(error)}`)),
    [port],
  );

  const fix = useCallback(
    async (issue: Issue, sheetId: string = issue.sheet) => {
      if (issue.fix === undefined) return;
      try {
        await port.writeFigure(sheetId, issue.address, issue.fix);
        setNotice(`Đã ghi ${issue.fix} vào ${issue.sheet}!${issue.address}.`);
        await recheck();
      } catch (error) {
        setNotice(`Không ghi được vào ô ${issue.address}: ${messageOf(error)}`);
      }
    },
    [port, recheck],
  );

  return { state, recheck, select, fix, notice };
}
