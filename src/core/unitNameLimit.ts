import { formatNumber } from './rules/messages';

/**
 * The longest unit name read or written. A unit name travels into many cells:
 * the summary's header, every row of TH Dữ liệu, the status sheet, the roster,
 * and the summary's marker, whose list of units is cut into pieces of 32,000
 * characters that one name must fit in. Excel holds 32,767 characters a cell
 * (cellText.ts), but the longest name of an office is under a hundred: 255
 * (Excel's limit for a criterion text, were a name ever filtered on) leaves
 * room, and a longer "name" is a paragraph pasted into the wrong cell.
 */
export const MAX_UNIT_NAME = 255;

/** Why a unit name cannot be used, in Vietnamese, or undefined when it can. `where` names the cell or option it came from. */
export function unitNameTooLong(name: string, where: string): string | undefined {
  const length = name.trim().length;
  if (length <= MAX_UNIT_NAME) return undefined;
  return (
    `tên đơn vị ở ${where} dài ${formatNumber(length)} ký tự, quá ${MAX_UNIT_NAME} ký tự một tên đơn vị được phép ` +
    `(bắt đầu bằng "${name.trim().slice(0, 40)}…"; có thể đã dán nhầm cả đoạn văn vào ô tên); hãy gõ lại tên đơn vị cho ngắn gọn`
  );
}
