import { closeQuietly, openPreview, screenshotForGuide, type Harness } from './harness';

jest.setTimeout(60_000);

let h: Harness;
beforeEach(async () => {
  h = await openPreview();
  const pane = h.page.getByTestId('taskpane');
  await pane.getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
  await pane.getByRole('button', { name: 'Chèn 8 biểu' }).click();
  await pane.getByRole('status').waitFor();
  await pane.getByRole('tab', { name: 'Kiểm tra' }).click();
  await pane.getByText('8 biểu:', { exact: false }).waitFor();
});
afterEach(() => closeQuietly(h));

const pane = () => h.page.getByTestId('taskpane');
const type = (sheet: string, address: string, text: string) => h.page.evaluate(([s, a, t]) => window.fakeExcel.userType(s as string, a as string, t as string), [sheet, address, text]);
const paste = (sheet: string, address: string, value: unknown) => h.page.evaluate(([s, a, v]) => window.fakeExcel.userPaste(s as string, a as string, [[v]]), [sheet, address, value]);

describe('the Kiểm tra tab in Chromium', () => {
  it('lists a broken rule as it is typed, selects its cell on click, and drops it once fixed', async () => {
    await type('Biểu 1', 'D18', '95');
    await type('Biểu 1', 'D19', '120');
    const issue = pane().getByRole('button', { name: /Đến ô D19: .*Cán bộ chủ chốt vượt tổng số lượt/ });
    await issue.waitFor();
    await expect(issue.textContent()).resolves.toContain('(120) lớn hơn');
    // The guide's picture shows a fix offered too: "1.234" pasted as text.
    await paste('Biểu 1', 'D11', '1.234');
    await pane().getByRole('button', { name: 'Sửa thành 1.234' }).waitFor();
    // The grid beside the pane redraws on a timer: the picture waits until it shows the paste.
    await h.page.getByTestId('workbook').locator('td[data-address="D11"]', { hasText: '1.234' }).waitFor();
    await screenshotForGuide(h.page, 'kiem-tra.png');
    await issue.click();
    await h.page.waitForFunction(() => window.fakeExcel.selection()?.address === 'D19');
    expect(await h.page.evaluate(() => window.fakeExcel.selection())).toEqual({ sheet: 'Biểu 1', address: 'D19' });
    await type('Biểu 1', 'D19', '90');
    await issue.waitFor({ state: 'detached' });
  });

  it('offers the number meant by "1.234" pasted as text, and writes it only on a click', async () => {
    await paste('Biểu 1', 'D11', '1.234');
    const fix = pane().getByRole('button', { name: 'Sửa thành 1.234' });
    await fix.waitFor();
    expect(await h.page.evaluate(() => window.fakeExcel.cell('Biểu 1', 'D11')?.value)).toBe('1.234');
    await fix.click();
    await fix.waitFor({ state: 'detached' });
    expect(await h.page.evaluate(() => window.fakeExcel.cell('Biểu 1', 'D11')?.value)).toBe(1234);
  });

  it('groups issues by sheet with errors before warnings', async () => {
    await paste('Biểu 1', 'D17', 10);
    await paste('Biểu 1', 'D18', 5);
    await paste('Biểu 2', 'E16', -4);
    await pane().getByRole('region', { name: 'Biểu 2' }).waitFor();
    await pane().getByRole('button', { name: /Đến ô D18: .*Số lượt ít hơn số hội nghị/ }).waitFor();
    const badges = await pane().getByRole('region', { name: 'Biểu 1' }).locator('li .fui-Badge').allTextContents();
    expect(badges.indexOf('Cảnh báo')).toBeGreaterThan(-1);
    expect(badges.lastIndexOf('Lỗi')).toBeLessThan(badges.indexOf('Cảnh báo'));
  });
});
