import { closeQuietly, openPreview, screenshotForGuide, type Harness } from './harness';

jest.setTimeout(90_000);

let h: Harness;
beforeEach(async () => (h = await openPreview()));
afterEach(() => closeQuietly(h));

const pane = () => h.page.getByTestId('taskpane');
const sheetNames = () => h.page.evaluate(() => window.fakeExcel.sheetNames());

describe('Kiểm tra cài đặt in Chromium', () => {
  it('runs every step on temporary sheets, reports them all passed, and leaves the workbook’s sheets as they were', async () => {
    await pane().getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
    await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
    await pane().getByRole('status').waitFor();
    const before = await sheetNames();
    expect(before.length).toBe(8);

    await pane().getByRole('button', { name: 'Kiểm tra cài đặt' }).click();
    const dialog = h.page.getByRole('dialog', { name: 'Kiểm tra cài đặt' });
    await dialog.getByRole('button', { name: 'Chạy kiểm tra' }).click();
    await dialog.getByText('Mọi bước đều đạt: bổ trợ dùng được trên Excel này.').waitFor();

    const steps = dialog.getByTestId('self-test-step');
    await expect(steps.count()).resolves.toBe(7);
    await expect(steps.evaluateAll((items) => items.map((i) => i.getAttribute('data-status')))).resolves.toEqual(Array(7).fill('passed'));
    await expect(dialog.getByTestId('self-test-environment').textContent()).resolves.toContain('ExcelApi 1.9: có');
    expect(await sheetNames()).toEqual(before);
    await screenshotForGuide(h.page, 'kiem-tra-cai-dat.png');

    // "Chép báo cáo": the report's text on the clipboard, in one click.
    await h.browser.contexts()[0]?.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dialog.getByRole('button', { name: 'Chép báo cáo' }).click();
    await dialog.getByText('Đã chép báo cáo', { exact: false }).waitFor();
    const copied = await h.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Kết quả: mọi bước đều đạt');
    expect(copied).toContain('[ĐẠT] Xóa các sheet tạm');

    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await sheetNames()).toEqual(before);
  });
});
