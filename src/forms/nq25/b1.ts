import { defineForm } from '../defineForm';
import { PERIOD_COLUMNS } from './periods';

export const B1 = defineForm({
  key: 'B1',
  version: 1,
  number: '1',
  sheetName: 'Biểu 1',
  title:
    'KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT VÀ KIỂM TRA, GIÁM SÁT VIỆC THỰC HIỆN NGHỊ QUYẾT SỐ 25-NQ/TW VÀ KẾT LUẬN SỐ 43-KL/TW',
  unitColumn: true,
  columns: PERIOD_COLUMNS,
  rows: [
    { key: 'vb', stt: 'I', label: 'Văn bản lãnh đạo, chỉ đạo được ban hành', unit: 'văn bản', level: 0, kind: 'total', of: ['vb_nq', 'vb_kh', 'vb_qc', 'vb_hd', 'vb_bc'] },
    { key: 'vb_nq', stt: '1', label: 'Nghị quyết, chỉ thị, kết luận', unit: 'văn bản', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'vb_kh', stt: '2', label: 'Chương trình, kế hoạch thực hiện', unit: 'văn bản', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'vb_qc', stt: '3', label: 'Quy chế, quy định về công tác dân vận', unit: 'văn bản', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'vb_hd', stt: '4', label: 'Hướng dẫn, công văn chỉ đạo', unit: 'văn bản', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'vb_bc', stt: '5', label: 'Báo cáo sơ kết, tổng kết chuyên đề', unit: 'văn bản', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'qt', stt: 'II', label: 'Học tập, quán triệt, tuyên truyền', level: 0, kind: 'section' },
    { key: 'qt_hn', stt: '1', label: 'Hội nghị học tập, quán triệt', unit: 'hội nghị', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'qt_luot', stt: '2', label: 'Lượt cán bộ, đảng viên tham gia học tập, quán triệt', unit: 'lượt người', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'qt_luot_cc', stt: '2.1', label: 'Trong đó: cán bộ chủ chốt', unit: 'lượt người', level: 2, kind: 'data', valueKind: 'count' },
    { key: 'qt_tin', stt: '3', label: 'Tin, bài, phóng sự tuyên truyền', unit: 'tin, bài', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'kt', stt: 'III', label: 'Kiểm tra, giám sát', level: 0, kind: 'section' },
    { key: 'kt_cuoc', stt: '1', label: 'Cuộc kiểm tra, giám sát', unit: 'cuộc', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'kt_tc', stt: '2', label: 'Tổ chức đảng được kiểm tra, giám sát', unit: 'tổ chức', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'kt_tc_hc', stt: '2.1', label: 'Trong đó: có hạn chế, khuyết điểm', unit: 'tổ chức', level: 2, kind: 'data', valueKind: 'count' },
  ],
  rules: [
    { key: 'cc_le_luot', severity: 'error', check: 'qt_luot_cc <= qt_luot', hint: 'Cán bộ chủ chốt vượt tổng số lượt' },
    { key: 'hc_le_tc', severity: 'error', check: 'kt_tc_hc <= kt_tc', hint: 'Tổ chức có hạn chế vượt số tổ chức được kiểm tra' },
    { key: 'luot_ge_hn', severity: 'warning', check: 'qt_luot >= qt_hn', hint: 'Số lượt ít hơn số hội nghị' },
    { key: 'tc_ge_cuoc', severity: 'warning', check: 'kt_tc >= kt_cuoc', hint: 'Số tổ chức ít hơn số cuộc kiểm tra' },
  ],
});
