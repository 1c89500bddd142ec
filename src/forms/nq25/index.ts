import { defineCampaign } from '../defineForm';
import { B1 } from './b1';
import { B2 } from './b2';
import { B3A } from './b3a';
import { B3B } from './b3b';
import { B3C } from './b3c';
import { B4 } from './b4';
import { B5A } from './b5a';
import { B5B } from './b5b';
import { B6A } from './b6a';
import { B6B } from './b6b';

const HUYEN_FORMS = ['B1', 'B2', 'B3A', 'B4', 'B5A', 'B5B', 'B6A', 'B6B'];

/** The NQ25 review campaign (NQ25-FORMS.md): its forms and who fills which. */
export const NQ25 = defineCampaign({
  key: 'nq25',
  name:
    'Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW và 05 năm thực hiện Kết luận số 43-KL/TW về công tác dân vận',
  shortName: 'Tổng kết NQ25-NQ/TW và KL43-KL/TW',
  headerLeft: 'ĐẢNG BỘ TỈNH …',
  subtitle:
    '(Kèm theo Báo cáo tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW và 05 năm thực hiện Kết luận số 43-KL/TW)',
  period: 'Số liệu tính từ tháng 6/2013 đến tháng 6/2023',
  forms: [B1, B2, B3A, B3B, B3C, B4, B5A, B5B, B6A, B6B],
  unitTypes: [
    { key: 'huyen', label: 'Huyện ủy, thành ủy, thị ủy', forms: HUYEN_FORMS, deadline: '2023-07-30', note: 'Tổ chức Hội nghị tổng kết.' },
    { key: 'dd_hdnd', label: 'Đảng đoàn Hội đồng nhân dân tỉnh', forms: ['B1', 'B3B'], deadline: '2023-07-30' },
    { key: 'bcs_ubnd', label: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', forms: ['B1', 'B3A', 'B5B'], deadline: '2023-07-30' },
    { key: 'dd_mttq', label: 'Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh', forms: ['B1', 'B4', 'B5B'], deadline: '2023-07-30' },
    { key: 'tinh_doan', label: 'Ban Thường vụ Tỉnh đoàn', forms: ['B1', 'B4', 'B5B'], deadline: '2023-07-30', note: 'Điền hàng Đoàn Thanh niên của Biểu 4.' },
    {
      key: 'du_tt',
      label: 'Đảng ủy trực thuộc Tỉnh ủy',
      forms: ['B1', 'B3C', 'B5B'],
      deadline: '2023-07-30',
      note: 'Biểu 3C dành cho đảng ủy lực lượng vũ trang; đảng ủy khác không cần điền Biểu 3C.',
    },
    {
      key: 'co_so',
      label: 'Đảng ủy xã, phường, thị trấn',
      forms: [],
      optionalForms: HUYEN_FORMS,
      deadline: '2023-07-10',
      note: 'Kế hoạch chỉ yêu cầu báo cáo bằng văn bản; có thể dùng các biểu của cấp huyện để gửi số liệu cho huyện.',
    },
    { key: 'tinh', label: 'Ban Dân vận Tỉnh ủy (tổng hợp)', forms: [], optionalForms: HUYEN_FORMS.concat('B3B', 'B3C').sort(), deadline: '2023-08-30', consolidates: true, note: 'Tổng hợp biểu của các đơn vị; tổ chức hội nghị tổng kết cấp tỉnh.' },
  ],
});
