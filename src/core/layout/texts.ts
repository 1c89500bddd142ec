/**
 * The product's own Vietnamese wording on a printed form, in one place. What a
 * campaign says (issuer, subtitle, period, signers) is in its file (`texts`).
 */
export const TEXTS = {
  stt: 'STT',
  label: 'Nội dung',
  unit: 'ĐVT',
  na: 'x',
  legend:
    'Ghi chú: ô nền vàng là ô nhập số liệu, để trống nếu chưa có số liệu (không ghi 0 thay cho ô trống); ô "x" là không áp dụng; các ô tổng, tăng/giảm và tỷ lệ (%) được tính tự động.',
  validation: {
    count: {
      prompt: { title: 'Số nguyên không âm', message: 'Nhập số nguyên ≥ 0, không gõ dấu chấm hay dấu phẩy ngăn cách hàng nghìn. Để trống nếu chưa có số liệu.' },
      error: { title: 'Số liệu không hợp lệ', message: 'Chỉ nhập số nguyên không âm' },
    },
    amount: {
      // The unit of money is the row's (its ĐVT), not the product's: a campaign may count in đồng or nghìn đồng.
      prompt: { title: 'Số tiền', message: 'Nhập số ≥ 0 theo đơn vị ở cột ĐVT, tối đa một chữ số thập phân. Để trống nếu chưa có số liệu.' },
      error: { title: 'Số liệu không hợp lệ', message: 'Chỉ nhập số không âm, theo đơn vị ở cột ĐVT, tối đa một chữ số thập phân' },
    },
  },
} as const;

export const COLORS = {
  input: '#FFF2CC',
  /** A summary's sums: computed from the units' data, not typed. */
  summary: '#DDEBF7',
  header: '#F2F2F2',
  text: '#000000',
} as const;

export const NUMBER_FORMATS = {
  count: '#,##0',
  amount: '#,##0.0',
  percent: '0.0',
  text: '@',
  general: 'General',
} as const;
