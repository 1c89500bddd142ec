import { defineForm } from '../defineForm';

const STAFF_ROWS = ['cb_bdv', 'cb_xa', 'cb_khoi', 'cb_to'];
const QUALIFIED_ROWS = ['cb_bdv', 'cb_xa'];
const COUNTS_ONLY = ['t2013', 't2023'];
const COUNTS_AND_PROFILE = ['t2013', 't2023', 'nu', 'dtts'];

export const B2 = defineForm({
  key: 'B2',
  version: 1,
  number: '2',
  sheetName: 'Biểu 2',
  title: 'TỔ CHỨC BỘ MÁY VÀ ĐỘI NGŨ CÁN BỘ LÀM CÔNG TÁC DÂN VẬN',
  unitColumn: true,
  columns: [
    { key: 't2013', header: 'Thời điểm 6/2013', kind: 'input' },
    { key: 't2023', header: 'Thời điểm 6/2023', kind: 'input' },
    { key: 'tang', header: 'Tăng (+), giảm (–)', kind: 'formula', formula: 't2023 - t2013' },
    { key: 'nu', header: 'Nữ', group: 'Trong đó, tại thời điểm 6/2023', kind: 'input' },
    { key: 'dtts', header: 'Dân tộc thiểu số', group: 'Trong đó, tại thời điểm 6/2023', kind: 'input' },
    { key: 'sdh', header: 'Sau đại học', group: 'Trình độ chuyên môn', kind: 'input' },
    { key: 'dh', header: 'Đại học', group: 'Trình độ chuyên môn', kind: 'input' },
    { key: 'ddh', header: 'Dưới đại học', group: 'Trình độ chuyên môn', kind: 'input' },
    { key: 'llcc', header: 'Cao cấp, cử nhân', group: 'Lý luận chính trị', kind: 'input' },
    { key: 'lltc', header: 'Trung cấp', group: 'Lý luận chính trị', kind: 'input' },
    { key: 'llsc', header: 'Sơ cấp, chưa qua đào tạo', group: 'Lý luận chính trị', kind: 'input' },
    { key: 'ghichu', header: 'Ghi chú', kind: 'note' },
  ],
  rows: [
    { key: 'tc', stt: 'A', label: 'TỔ CHỨC', level: 0, kind: 'section' },
    { key: 'tc_bdv', stt: '1', label: 'Ban Dân vận huyện ủy, thành ủy, thị ủy', unit: 'ban', level: 1, kind: 'data', valueKind: 'count', inputs: COUNTS_ONLY },
    { key: 'tc_khoi', stt: '2', label: 'Khối dân vận xã, phường, thị trấn', unit: 'khối', level: 1, kind: 'data', valueKind: 'count', inputs: COUNTS_ONLY },
    { key: 'tc_to', stt: '3', label: 'Tổ dân vận thôn, tổ dân phố', unit: 'tổ', level: 1, kind: 'data', valueKind: 'count', inputs: COUNTS_ONLY },
    { key: 'tc_bcd', stt: '4', label: 'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở', unit: 'ban', level: 1, kind: 'data', valueKind: 'count', inputs: COUNTS_ONLY },
    { key: 'cb', stt: 'B', label: 'ĐỘI NGŨ CÁN BỘ LÀM CÔNG TÁC DÂN VẬN', unit: 'người', level: 0, kind: 'total', of: STAFF_ROWS },
    { key: 'cb_bdv', stt: '1', label: 'Cán bộ, công chức Ban Dân vận huyện ủy', unit: 'người', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'cb_xa', stt: '2', label: 'Cán bộ phụ trách công tác dân vận cấp xã', unit: 'người', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'cb_khoi', stt: '3', label: 'Thành viên khối dân vận cấp xã', unit: 'người', level: 1, kind: 'data', valueKind: 'count', inputs: COUNTS_AND_PROFILE },
    { key: 'cb_to', stt: '4', label: 'Thành viên tổ dân vận thôn, tổ dân phố', unit: 'người', level: 1, kind: 'data', valueKind: 'count', inputs: COUNTS_AND_PROFILE },
  ],
  rules: [
    { key: 'nu_le_tong', severity: 'error', check: 'nu <= t2023', rows: STAFF_ROWS, hint: 'Số nữ vượt tổng số 6/2023' },
    { key: 'dtts_le_tong', severity: 'error', check: 'dtts <= t2023', rows: STAFF_ROWS, hint: 'Số dân tộc thiểu số vượt tổng số 6/2023' },
    { key: 'cm_eq_tong', severity: 'error', check: 'sdh + dh + ddh = t2023', rows: QUALIFIED_ROWS, hint: 'Cộng trình độ chuyên môn khác tổng số 6/2023' },
    { key: 'llct_eq_tong', severity: 'error', check: 'llcc + lltc + llsc = t2023', rows: QUALIFIED_ROWS, hint: 'Cộng trình độ lý luận khác tổng số 6/2023' },
    { key: 'khoi_co_tv', severity: 'warning', check: 'cb_khoi.t2023 >= tc_khoi.t2023', hint: 'Mỗi khối dân vận có ít nhất một thành viên' },
  ],
});
