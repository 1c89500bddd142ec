import { defineForm } from '../defineForm';
import { PERIOD_COLUMNS } from './periods';

export const B6A = defineForm({
  key: 'B6A',
  version: 1,
  number: '6A',
  sheetName: 'Biểu 6A',
  title: 'KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở XÃ, PHƯỜNG, THỊ TRẤN',
  unitColumn: true,
  columns: PERIOD_COLUMNS,
  rows: [
    { key: 'ck', stt: 'I', label: 'Công khai, bàn bạc, tham gia ý kiến', level: 0, kind: 'section' },
    { key: 'ck_ck', stt: '1', label: 'Nội dung công khai để nhân dân biết', unit: 'nội dung', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'ck_bqd', stt: '2', label: 'Nội dung nhân dân bàn và quyết định', unit: 'nội dung', level: 1, kind: 'data', valueKind: 'count' },
    {
      key: 'ck_tgyk',
      stt: '3',
      label: 'Nội dung nhân dân tham gia ý kiến trước khi cơ quan có thẩm quyền quyết định',
      unit: 'nội dung',
      level: 1,
      kind: 'data',
      valueKind: 'count',
    },
    { key: 'ck_hop', stt: '4', label: 'Cuộc họp thôn, tổ dân phố', unit: 'cuộc', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'ttnd', stt: 'II', label: 'Ban Thanh tra nhân dân', level: 0, kind: 'section' },
    { key: 'ttnd_gs', stt: '1', label: 'Cuộc giám sát', unit: 'cuộc', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'ttnd_kn', stt: '2', label: 'Kiến nghị', unit: 'kiến nghị', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'ttnd_kn_gq', stt: '3', label: 'Kiến nghị đã được giải quyết', unit: 'kiến nghị', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'gsdt', stt: 'III', label: 'Ban Giám sát đầu tư của cộng đồng', level: 0, kind: 'section' },
    { key: 'gsdt_ct', stt: '1', label: 'Công trình, dự án được giám sát', unit: 'công trình', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'gsdt_kn', stt: '2', label: 'Kiến nghị', unit: 'kiến nghị', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'gsdt_kn_gq', stt: '3', label: 'Kiến nghị đã được giải quyết', unit: 'kiến nghị', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'hd', stt: 'IV', label: 'Huy động nguồn lực trong nhân dân', level: 0, kind: 'section' },
    { key: 'hd_ct', stt: '1', label: 'Công trình do nhân dân đóng góp xây dựng', unit: 'công trình', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'hd_gt', stt: '2', label: 'Giá trị nhân dân đóng góp', unit: 'triệu đồng', level: 1, kind: 'data', valueKind: 'amount' },
    { key: 'hd_nc', stt: '3', label: 'Ngày công lao động', unit: 'ngày công', level: 1, kind: 'data', valueKind: 'count' },
    { key: 'hu', stt: 'V', label: 'Hương ước, quy ước được phê duyệt', unit: 'bản', level: 0, kind: 'data', valueKind: 'count' },
  ],
  rules: [
    { key: 'ttnd_gq_le_kn', severity: 'error', check: 'ttnd_kn_gq <= ttnd_kn', hint: 'Kiến nghị đã giải quyết vượt số kiến nghị (Ban Thanh tra nhân dân)' },
    { key: 'gsdt_gq_le_kn', severity: 'error', check: 'gsdt_kn_gq <= gsdt_kn', hint: 'Kiến nghị đã giải quyết vượt số kiến nghị (Ban Giám sát đầu tư)' },
  ],
});
