import type { DesignTable } from './table';
import { fold } from './text';

/**
 * A table whose rows are units (communes, schools, member organisations):
 * each unit becomes a fixed data row, as the schema has no row that repeats
 * per unit; lines left open for more units ("……") cannot be kept and are
 * said as doubts.
 */

const UNIT_HEADER = /^(ten )?(don vi|xa|phuong|huyen|truong|co so|to chuc|dia phuong|chi bo|dang bo|chi doan|co quan|thon|ap|khu pho|to dan pho|hoi|xa phuong thi tran|huyen thi xa thanh pho)\b/;
const UNIT_NAME =
  /^(xa|phuong|thi tran|huyen|thi xa|thanh pho|tp|quan|truong|chi bo|dang bo|chi doan|doan co so|thon|ap|ban|to dan pho|khu pho|hoi|co quan|cong ty|benh vien|tram y te|phong|uy ban|lien doan|doan thanh nien|trung tam|mat tran)\b/;

export function resolveUnitList(t: DesignTable): boolean {
  const label = t.columns.find((c) => c.kind === 'label');
  const leaf = fold(label?.header.at(-1) ?? '');
  const data = t.items().filter((i) => t.kindOf(i) === 'data');
  const named = data.filter((i) => UNIT_NAME.test(fold(t.row(i).label)));
  const byHeader = UNIT_HEADER.test(leaf) && !/don vi tinh/.test(leaf);
  const byNames = data.length >= 3 && named.length >= data.length * 0.6;
  if (!byHeader && !byNames) {
    for (const row of t.rows)
      if (row.kind === 'placeholder')
        t.doubt(`hàng ${row.row + 1}`, `hàng ${row.row + 1} để trống ("${row.label || row.stt}") cho nội dung thêm: biểu có số hàng cố định nên hàng này bị bỏ`);
    return false;
  }
  for (const i of data) t.rowKind.set(i, { kind: 'data', unitRow: true });
  t.decide(
    `cột ${label?.letter ?? ''}`,
    byHeader
      ? `bảng liệt kê đơn vị (cột ${label?.letter} "${label?.header.at(-1)}"): mỗi đơn vị là một hàng số liệu cố định`
      : `bảng liệt kê đơn vị (${named.length}/${data.length} hàng là tên đơn vị): mỗi đơn vị là một hàng số liệu cố định`,
  );
  for (const row of t.rows)
    if (row.kind === 'placeholder')
      t.doubt(
        `hàng ${row.row + 1}`,
        `hàng ${row.row + 1} ("${row.label || row.stt}") để chỗ cho đơn vị thêm: lược đồ biểu chưa có hàng lặp theo đơn vị, nên bỏ hàng này; đơn vị nào chưa có tên trong bảng thì phải thêm hàng`,
      );
  return true;
}
