import type { FormDef } from '../../forms/schema';
import { addressOf, formGrid } from '../layout/grid';
import { fitsExcel, scientific } from '../excelNumber';
import { cellKey, totals, type MergeResult } from './merge';

/**
 * Summary cells whose total Excel cannot hold. Each unit's figure fits
 * (larger ones are refused at their cell: rules/parseInput.ts), but two
 * figures of 6E+307 add up past Excel's largest number. Such a total is never
 * written (summaryPlans leaves the cell's cached value out, so Excel shows
 * #NUM! as its own SUMIFS gives), and the merge says where and whose figures.
 */

export type OverflowingSum = { readonly sheet: string; readonly address: string; readonly message: string };

export function overflowingSums(result: MergeResult, sheetName: (form: FormDef) => string): OverflowingSum[] {
  return result.forms.flatMap((form) => {
    const { sums } = totals(result, form);
    const grid = formGrid(form);
    return [...sums].flatMap(([key, sum]): OverflowingSum[] => {
      if (fitsExcel(sum)) return [];
      const rows = result.rows.filter((r) => r.form === form && cellKey(r.row, r.column) === key && typeof r.value === 'number');
      const first = rows[0];
      if (!first) return [];
      const sheet = sheetName(form);
      const address = addressOf(grid, first.row, first.column);
      const largest = [...rows].sort((a, b) => Math.abs(b.value as number) - Math.abs(a.value as number)).slice(0, 3);
      const whose = largest.map((r) => `"${r.unit}" (${r.form.sheetName} ${scientific(r.value as number)})`).join(', ');
      return [
        {
          sheet,
          address,
          message:
            `${sheet}, ô ${address}: tổng của ${rows.length} đơn vị vượt quá số lớn nhất Excel lưu được (khoảng 1E+308), nên ô này không ghi số mà Excel sẽ báo lỗi #NUM!; ` +
            `số lớn nhất do ${whose} báo; hãy hỏi lại đơn vị con số đúng rồi tổng hợp lại.`,
        },
      ];
    });
  });
}
