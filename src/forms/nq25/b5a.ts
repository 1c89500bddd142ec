import { defineForm } from '../defineForm';
import { DAN_VAN_KHEO_ROWS } from './dvkheo';

export const B5A = defineForm({
  key: 'B5A',
  version: 1,
  number: '5A',
  sheetName: 'Biểu 5A',
  title: 'KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" TRÊN ĐỊA BÀN',
  unitColumn: true,
  columns: [
    { key: 'huyen', header: 'Cấp huyện', kind: 'input' },
    { key: 'xa', header: 'Cấp xã', kind: 'input' },
    { key: 'tong', header: 'Tổng số', kind: 'formula', formula: 'huyen + xa' },
    { key: 'ghichu', header: 'Ghi chú', kind: 'note' },
  ],
  rows: [
    ...DAN_VAN_KHEO_ROWS,
    { key: 'hn', stt: 'IV', label: 'Hội nghị sơ kết, tổng kết, biểu dương phong trào', unit: 'hội nghị', level: 0, kind: 'data', valueKind: 'count' },
  ],
  rules: [],
});
