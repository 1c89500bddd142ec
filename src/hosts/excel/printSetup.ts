import type { SheetPlan } from '../../core/plan/types';
import { queuePrintSetup, type ApiLevel } from './applyPlan';
import { officeErrorText } from './officeError';

/**
 * The forms' print setup, in a request of its own sent after the forms are
 * written: an Excel that refuses part of it — office-js issue #1860 reports
 * `pageLayout.zoom`'s fit-to-width not taking — costs the print setup only.
 * The forms stay, and the caller passes the warning on to the user, who can
 * still set the print area by hand. Below ExcelApi 1.9 (no Worksheet.pageLayout)
 * nothing is sent and the user is told the same.
 */

export type PrintTarget = { readonly sheet: Excel.Worksheet; readonly plan: SheetPlan };

const BY_HAND =
  'trước khi in để ký, chọn vùng biểu (không gồm cột "Kiểm tra (tự động)" và ô trạng thái) rồi Bố trí Trang › Vùng In › Đặt Vùng In, khổ A4 ngang, vừa một trang ngang.';

/** Sets up printing of every target in one sync; the warning to show when it could not be done, else undefined. */
export async function setUpPrinting(context: Excel.RequestContext, targets: readonly PrintTarget[], api: ApiLevel): Promise<string | undefined> {
  if (targets.length === 0) return undefined;
  if (!api.pageLayout) return `Excel này không cho bổ trợ đặt trang in (cần ExcelApi 1.9), nên các biểu chưa có vùng in; ${BY_HAND}`;
  try {
    for (const { sheet, plan } of targets) queuePrintSetup(sheet, plan);
    await context.sync();
    return undefined;
  } catch (error) {
    return `Excel không nhận cách đặt trang in, nên có biểu chưa có vùng in; các biểu đã ghi vẫn giữ nguyên. Lý do: ${officeErrorText(error)} ${BY_HAND.charAt(0).toUpperCase()}${BY_HAND.slice(1)}`;
  }
}
