import { defineForm } from '../defineForm';
import { PERIOD_COLUMNS } from './periods';

export const B3C = defineForm({
  key: 'B3C',
  version: 1,
  number: '3C',
  sheetName: 'Biểu 3C',
  title: 'KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA LỰC LƯỢNG VŨ TRANG',
  unitColumn: true,
  columns: PERIOD_COLUMNS,
  rows: [
    { key: 'luot', stt: '1', label: 'Lượt cán bộ, chiến sĩ tham gia giúp nhân dân', unit: 'lượt người', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'ngay', stt: '2', label: 'Ngày công giúp nhân dân', unit: 'ngày công', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'nha', stt: '3', label: 'Nhà tình nghĩa, nhà đồng đội, nhà đại đoàn kết được xây mới, sửa chữa', unit: 'nhà', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'gt', stt: '4', label: 'Giá trị hỗ trợ nhân dân (tiền và hiện vật quy đổi)', unit: 'triệu đồng', level: 1, kind: 'data', valueKind: 'amount' },
    { key: 'tt', stt: '5', label: 'Buổi tuyên truyền, vận động nhân dân', unit: 'buổi', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'tt_luot', stt: '6', label: 'Lượt người dân được tuyên truyền', unit: 'lượt người', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'xd', stt: '7', label: 'Cơ sở chính trị được giúp xây dựng, củng cố', unit: 'cơ sở', level: 1, kind: 'data', valueKind: 'count' },
  ],
  rules: [{ key: 'luot_ge_tt', severity: 'warning', check: 'tt_luot >= tt', hint: 'Lượt người dân ít hơn số buổi tuyên truyền' }],
});
