import { defineForm } from '../defineForm';
import { PERIOD_COLUMNS } from './periods';

export const B3B = defineForm({
  key: 'B3B',
  version: 1,
  number: '3B',
  sheetName: 'Biểu 3B',
  title: 'KẾT QUẢ HOẠT ĐỘNG CỦA HỘI ĐỒNG NHÂN DÂN GẮN VỚI CÔNG TÁC DÂN VẬN',
  unitColumn: true,
  columns: PERIOD_COLUMNS,
  rows: [
    { key: 'kh', stt: '1', label: 'Kỳ họp Hội đồng nhân dân', unit: 'kỳ họp', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'txct', stt: '2', label: 'Cuộc tiếp xúc cử tri của đại biểu Hội đồng nhân dân', unit: 'cuộc', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'txct_luot', stt: '3', label: 'Lượt cử tri tham dự tiếp xúc', unit: 'lượt', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'yk', stt: '4', label: 'Ý kiến, kiến nghị của cử tri', unit: 'ý kiến', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'yk_gq', stt: '5', label: 'Ý kiến, kiến nghị của cử tri đã được giải quyết, trả lời', unit: 'ý kiến', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'yk_tl', stt: '6', label: 'Tỷ lệ ý kiến, kiến nghị được giải quyết, trả lời', unit: '%', level: 1, kind: 'percent', formula: 'yk_gq / yk * 100' },
    { key: 'gs', stt: '7', label: 'Cuộc giám sát chuyên đề', unit: 'cuộc', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'cv', stt: '8', label: 'Lượt chất vấn tại kỳ họp', unit: 'lượt', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'nq', stt: '9', label: 'Nghị quyết về cơ chế, chính sách liên quan trực tiếp đến người dân', unit: 'nghị quyết', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'nq_lyk', stt: '9.1', label: 'Trong đó: dự thảo được lấy ý kiến nhân dân', unit: 'nghị quyết', level: 2, kind: 'data', valueKind: 'count' },
  ],
  rules: [
    { key: 'gq_le_yk', severity: 'error', check: 'yk_gq <= yk', hint: 'Ý kiến đã giải quyết vượt tổng số ý kiến' },
    { key: 'lyk_le_nq', severity: 'error', check: 'nq_lyk <= nq', hint: 'Dự thảo lấy ý kiến vượt số nghị quyết' },
    { key: 'luot_ge_txct', severity: 'warning', check: 'txct_luot >= txct', hint: 'Lượt cử tri ít hơn số cuộc tiếp xúc' },
  ],
});
