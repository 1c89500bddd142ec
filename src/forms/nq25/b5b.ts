import { defineForm } from '../defineForm';
import { DAN_VAN_KHEO_ROWS } from './dvkheo';

export const B5B = defineForm({
  key: 'B5B',
  version: 1,
  number: '5B',
  sheetName: 'Biểu 5B',
  title: 'KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" TRONG CƠ QUAN, ĐƠN VỊ',
  unitColumn: true,
  columns: [
    { key: 'dang', header: 'Cơ quan đảng, Mặt trận, đoàn thể', kind: 'input' },
    { key: 'nn', header: 'Cơ quan nhà nước', kind: 'input' },
    { key: 'llvt', header: 'Lực lượng vũ trang', kind: 'input' },
    { key: 'dn', header: 'Doanh nghiệp', kind: 'input' },
    { key: 'tong', header: 'Tổng số', kind: 'formula', formula: 'dang + nn + llvt + dn' },
    { key: 'ghichu', header: 'Ghi chú', kind: 'note' },
  ],
  rows: DAN_VAN_KHEO_ROWS,
  rules: [],
});
