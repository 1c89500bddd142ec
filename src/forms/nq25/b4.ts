import { defineForm } from '../defineForm';

const MEMBERS = 'Đoàn viên, hội viên (người)';
const FEEDBACK = 'Góp ý xây dựng Đảng, chính quyền (ý kiến)';

export const B4 = defineForm({
  key: 'B4',
  version: 1,
  number: '4',
  sheetName: 'Biểu 4',
  title: 'KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI',
  unitColumn: false,
  columns: [
    { key: 'dt', header: 'Đối tượng có thể tập hợp (6/2023)', group: MEMBERS, kind: 'input' },
    { key: 'hv2013', header: 'Thời điểm 6/2013', group: MEMBERS, kind: 'input' },
    { key: 'hv2023', header: 'Thời điểm 6/2023', group: MEMBERS, kind: 'input' },
    { key: 'tl', header: 'Tỷ lệ tập hợp 6/2023 (%)', group: MEMBERS, kind: 'formula', formula: 'hv2023 / dt * 100', percent: true },
    { key: 'gs', header: 'Cuộc giám sát', kind: 'input' },
    { key: 'pb', header: 'Cuộc phản biện xã hội', kind: 'input' },
    { key: 'gy', header: 'Số ý kiến góp ý', group: FEEDBACK, kind: 'input' },
    { key: 'gy_tt', header: 'Số ý kiến được tiếp thu', group: FEEDBACK, kind: 'input' },
    { key: 'ghichu', header: 'Ghi chú', kind: 'note' },
  ],
  rows: [
    { key: 'mttq', stt: '1', label: 'Ủy ban Mặt trận Tổ quốc Việt Nam', level: 1, kind: 'data', valueKind: 'count', inputs: ['gs', 'pb', 'gy', 'gy_tt'] },
    { key: 'cd', stt: '2', label: 'Liên đoàn Lao động', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'doan', stt: '3', label: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'pn', stt: '4', label: 'Hội Liên hiệp Phụ nữ', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'nd', stt: '5', label: 'Hội Nông dân', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'ccb', stt: '6', label: 'Hội Cựu chiến binh', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'tong', stt: '', label: 'Tổng cộng', level: 0, kind: 'total', of: ['mttq', 'cd', 'doan', 'pn', 'nd', 'ccb'] },
  ],
  rules: [
    { key: 'hv_le_dt', severity: 'error', check: 'hv2023 <= dt', hint: 'Hội viên 6/2023 vượt số đối tượng có thể tập hợp' },
    { key: 'tt_le_gy', severity: 'error', check: 'gy_tt <= gy', hint: 'Ý kiến được tiếp thu vượt số ý kiến góp ý' },
  ],
});
