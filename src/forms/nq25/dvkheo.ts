import type { RowDef } from '../schema';

/** The "Dân vận khéo" rows B5A and B5B share (B5A adds the conferences row). */
export const DAN_VAN_KHEO_ROWS: RowDef[] = [
  { key: 'mh', stt: 'I', label: 'Mô hình "Dân vận khéo" được công nhận', unit: 'mô hình', level: 0, kind: 'total', of: ['mh_kt', 'mh_vh', 'mh_qp', 'mh_ht'] },
  { key: 'mh_kt', stt: '1', label: 'Lĩnh vực kinh tế', unit: 'mô hình', level: 1, kind: 'data', valueKind: 'count' },
  { key: 'mh_vh', stt: '2', label: 'Lĩnh vực văn hóa - xã hội', unit: 'mô hình', level: 1, kind: 'data', valueKind: 'count' },
  { key: 'mh_qp', stt: '3', label: 'Lĩnh vực quốc phòng - an ninh', unit: 'mô hình', level: 1, kind: 'data', valueKind: 'count' },
  { key: 'mh_ht', stt: '4', label: 'Lĩnh vực xây dựng hệ thống chính trị', unit: 'mô hình', level: 1, kind: 'data', valueKind: 'count' },
  { key: 'dh', stt: 'II', label: 'Điển hình "Dân vận khéo"', level: 0, kind: 'section' },
  { key: 'dh_tt', stt: '1', label: 'Tập thể', unit: 'tập thể', level: 1, kind: 'data', valueKind: 'count' },
  { key: 'dh_cn', stt: '2', label: 'Cá nhân', unit: 'cá nhân', level: 1, kind: 'data', valueKind: 'count' },
  { key: 'kt', stt: 'III', label: 'Khen thưởng', level: 0, kind: 'section' },
  { key: 'kt_tt', stt: '1', label: 'Tập thể được khen thưởng', unit: 'tập thể', level: 1, kind: 'data', valueKind: 'count' },
  { key: 'kt_cn', stt: '2', label: 'Cá nhân được khen thưởng', unit: 'cá nhân', level: 1, kind: 'data', valueKind: 'count' },
];
