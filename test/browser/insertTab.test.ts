import { closeQuietly, openPreview, screenshotForGuide, type Harness } from './harness';

jest.setTimeout(60_000);

let h: Harness;
beforeEach(async () => {
  h = await openPreview();
});
afterEach(() => closeQuietly(h));

const pane = () => h.page.getByTestId('taskpane');
const sheetNames = () => h.page.evaluate(() => window.fakeExcel.sheetNames());

describe('the task pane in Chromium', () => {
  it('shows the campaign and the four tabs', async () => {
    await expect(pane().getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Tổng kết NQ25');
    expect(await pane().getByRole('tab').count()).toBe(4);
    for (const name of ['Chèn biểu', 'Kiểm tra', 'Tổng hợp', 'Thiết kế biểu']) expect(await pane().getByRole('tab', { name }).count()).toBe(1);
  });

  it('pre-ticks the forms of a district committee and inserts them in one click', async () => {
    await expect(pane().getByText('8 biểu đã chọn').count()).resolves.toBe(1);
    await pane().getByRole('button', { name: 'Thay đổi' }).click();
    const checked = await pane().getByRole('checkbox', { checked: true }).count();
    expect(checked).toBe(8);
    await expect(pane().getByText('Hạn gửi báo cáo:').textContent()).resolves.toContain('30/7/2023');
    await pane().getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
    await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
    const result = pane().getByRole('status');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('Đã chèn: Biểu 1, Biểu 2, Biểu 3A, Biểu 4, Biểu 5A, Biểu 5B, Biểu 6A, Biểu 6B');
    expect(await sheetNames()).toEqual(['Biểu 1', 'Biểu 2', 'Biểu 3A', 'Biểu 4', 'Biểu 5A', 'Biểu 5B', 'Biểu 6A', 'Biểu 6B']);
    expect(await h.page.evaluate(() => window.fakeExcel.cell('Biểu 1', 'A3')?.value)).toBe('Huyện ủy Văn Lâm');
    await h.page.getByTestId('workbook').getByText('KẾT QUẢ LÃNH ĐẠO', { exact: false }).waitFor();
    await screenshotForGuide(h.page, 'chen-bieu.png');
  });

  it('offers the forms of the chosen unit type', async () => {
    await pane().getByLabel('Loại đơn vị').selectOption({ label: 'Đảng đoàn Hội đồng nhân dân tỉnh' });
    await expect(pane().getByText('2 biểu đã chọn').count()).resolves.toBe(1);
    await pane().getByRole('button', { name: 'Thay đổi' }).click();
    const labels = await pane().getByRole('checkbox', { checked: true }).evaluateAll((boxes) => boxes.map((b) => b.closest('.fui-Checkbox')?.textContent ?? ''));
    expect(labels.map((l) => l.split(' ')[0] + ' ' + l.split(' ')[1])).toEqual(['Biểu 1', 'Biểu 3B']);
    await pane().getByLabel('Tên đơn vị').fill('Đảng đoàn HĐND tỉnh');
    await expect(pane().getByRole('button', { name: 'Chèn 2 biểu' }).isEnabled()).resolves.toBe(true);
  });

  it('keeps every field inside the pane, even with the longest unit type chosen', async () => {
    const select = pane().getByLabel('Loại đơn vị');
    const options = await select.locator('option').allTextContents();
    const longest = options.reduce((a, b) => (b.length > a.length ? b : a));
    await select.selectOption({ label: longest });
    const paneBox = (await pane().boundingBox())!;
    for (const field of [select, pane().getByLabel('Tên đơn vị')]) {
      const box = (await field.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(paneBox.x + paneBox.width);
    }
  });

  it('asks before touching a form that has figures, and keeps them', async () => {
    await pane().getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
    await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
    await pane().getByRole('status').waitFor();
    const typed = await h.page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D11', '5'));
    expect(typed).toEqual({ accepted: true });
    await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
    const dialog = h.page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('“Biểu 1” đã có số liệu');
    await dialog.getByRole('radio', { name: 'Chèn bản mới tên “Biểu 1 (2)”' }).check();
    await dialog.getByRole('button', { name: 'Chèn theo lựa chọn' }).click();
    await expect(pane().getByRole('status').textContent()).resolves.toContain('Đã chèn bản sao: Biểu 1 (2)');
    expect(await h.page.evaluate(() => window.fakeExcel.cell('Biểu 1', 'D11')?.value)).toBe(5);
    expect(await sheetNames()).toContain('Biểu 1 (2)');
  });

  it('lets Excel refuse a negative figure typed into a form', async () => {
    await pane().getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
    await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
    await pane().getByRole('status').waitFor();
    const refused = await h.page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D11', '-3'));
    expect(refused).toMatchObject({ accepted: false, reason: 'validation', message: 'Chỉ nhập số nguyên không âm' });
  });
});
