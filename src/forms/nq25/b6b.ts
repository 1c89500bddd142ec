import { defineForm } from '../defineForm';
import { STOCK_COLUMNS } from './periods';

const AT_BOTH_DATES = ['t2013', 't2023'];

export const B6B = defineForm({
  key: 'B6B',
  version: 1,
  number: '6B',
  sheetName: 'Biểu 6B',
  title: 'KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ QUAN, ĐƠN VỊ, DOANH NGHIỆP',
  unitColumn: true,
  columns: STOCK_COLUMNS,
  rows: [
    { key: 'cq', stt: 'I', label: 'Cơ quan hành chính nhà nước', level: 0, kind: 'section' },
    { key: 'cq_so', stt: '1', label: 'Số cơ quan', unit: 'cơ quan', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'cq_hn', stt: '2', label: 'Cơ quan tổ chức hội nghị cán bộ, công chức hằng năm', unit: 'cơ quan', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'cq_qc', stt: '3', label: 'Cơ quan ban hành, sửa đổi quy chế dân chủ', unit: 'cơ quan', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'sn', stt: 'II', label: 'Đơn vị sự nghiệp công lập', level: 0, kind: 'section' },
    { key: 'sn_so', stt: '1', label: 'Số đơn vị', unit: 'đơn vị', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'sn_hn', stt: '2', label: 'Đơn vị tổ chức hội nghị viên chức hằng năm', unit: 'đơn vị', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'dn', stt: 'III', label: 'Doanh nghiệp', level: 0, kind: 'section' },
    { key: 'dn_so', stt: '1', label: 'Doanh nghiệp có tổ chức công đoàn', unit: 'doanh nghiệp', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'dn_hn', stt: '2', label: 'Doanh nghiệp tổ chức hội nghị người lao động', unit: 'doanh nghiệp', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'dn_dt', stt: '3', label: 'Doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc', unit: 'doanh nghiệp', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'dn_tu', stt: '4', label: 'Doanh nghiệp có thỏa ước lao động tập thể', unit: 'doanh nghiệp', level: 1, kind: 'data', valueKind: 'count' },
  ],
  rules: [
    { key: 'cq_hn_le_so', severity: 'error', check: 'cq_hn <= cq_so', columns: AT_BOTH_DATES, hint: 'Cơ quan tổ chức hội nghị vượt số cơ quan' },
    { key: 'cq_qc_le_so', severity: 'error', check: 'cq_qc <= cq_so', columns: AT_BOTH_DATES, hint: 'Cơ quan ban hành quy chế vượt số cơ quan' },
    { key: 'sn_hn_le_so', severity: 'error', check: 'sn_hn <= sn_so', columns: AT_BOTH_DATES, hint: 'Đơn vị tổ chức hội nghị vượt số đơn vị' },
    { key: 'dn_hn_le_so', severity: 'error', check: 'dn_hn <= dn_so', columns: AT_BOTH_DATES, hint: 'Doanh nghiệp tổ chức hội nghị vượt số doanh nghiệp' },
    { key: 'dn_dt_le_so', severity: 'error', check: 'dn_dt <= dn_so', columns: AT_BOTH_DATES, hint: 'Doanh nghiệp tổ chức đối thoại vượt số doanh nghiệp' },
    { key: 'dn_tu_le_so', severity: 'error', check: 'dn_tu <= dn_so', columns: AT_BOTH_DATES, hint: 'Doanh nghiệp có thỏa ước vượt số doanh nghiệp' },
  ],
});
