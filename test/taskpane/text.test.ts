import { sentenceCase } from '../../src/taskpane/text';

/** A form's title, printed in capitals, as the pane writes it: sentence case that keeps the names a reader expects capitalised. */
describe('a form title in the pane', () => {
  it.each([
    ['KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 25-NQ/TW VÀ KẾT LUẬN SỐ 43-KL/TW', 'Kết quả thực hiện Nghị quyết số 25-NQ/TW và Kết luận số 43-KL/TW'],
    ['KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI', 'Kết quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội'],
    ['KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" TRÊN ĐỊA BÀN', 'Kết quả phong trào thi đua "Dân vận khéo" trên địa bàn'],
    ['GÓP Ý XÂY DỰNG ĐẢNG VÀ ĐẢNG VIÊN', 'Góp ý xây dựng Đảng và đảng viên'],
    ['HOẠT ĐỘNG CỦA HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN XÃ', 'Hoạt động của Hội đồng nhân dân và Ủy ban nhân dân xã'],
  ])('reads %s as “%s”', (printed, shown) => {
    expect(sentenceCase(printed)).toBe(shown);
  });

  it('leaves a document kind without a number in lower case, as a common noun', () => {
    expect(sentenceCase('KẾT LUẬN CỦA HỘI NGHỊ')).toBe('Kết luận của hội nghị');
  });
});
