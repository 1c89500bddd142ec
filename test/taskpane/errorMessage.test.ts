import { errorMessage } from '../../src/taskpane/errorMessage';

describe('an error shown in the pane', () => {
  it('keeps the words of an error written in Vietnamese', () => {
    expect(errorMessage(new Error('Sổ đang được bảo vệ cấu trúc; chưa có gì được ghi.'))).toBe('Sổ đang được bảo vệ cấu trúc; chưa có gì được ghi.');
  });

  it('never shows an English message, naming the error for whoever helps instead', () => {
    const said = errorMessage(new TypeError("Cannot read properties of undefined (reading 'values')"));
    expect(said).toBe('bổ trợ gặp lỗi không lường trước (TypeError); hãy làm lại, nếu vẫn lỗi hãy chạy Kiểm tra cài đặt và gửi báo cáo cho người hỗ trợ');
  });
});
