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
const valueOf = (sheet: string, address: string) => h.page.evaluate(([s, a]) => window.fakeExcel.cell(s as string, a as string)?.value, [sheet, address]);
/** An issue's link, by the start of its accessible name: "Lỗi: Biểu 1 › D19: …". */
const issueAt = (name: RegExp) => pane().getByRole('button', { name });
/** What a screen reader would announce for the focused control. */
const focusedName = () => h.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

describe('the Kiểm tra tab in Chromium', () => {
  it('lists a broken rule as it is typed, selects its cell on click, and drops it once fixed', async () => {
    await type('Biểu 1', 'D18', '95');
    await type('Biểu 1', 'D19', '120');
    const issue = issueAt(/^Lỗi: Biểu 1 › D19: .*Cán bộ chủ chốt vượt tổng số lượt/);
    await issue.waitFor();
    await expect(issue.textContent()).resolves.toContain('(120) lớn hơn');
    // The guide's picture shows a fix offered too: "1.234" pasted as text.
    await paste('Biểu 1', 'D11', '1.234');
    await pane().getByRole('button', { name: 'Đổi thành số 1234' }).waitFor();
    // The grid beside the pane redraws on a timer: the picture waits until it shows the paste.
    await h.page.getByTestId('workbook').locator('td[data-address="D11"]', { hasText: '1.234' }).waitFor();
    await screenshotForGuide(h.page, 'kiem-tra.png');
    await issue.click();
    await h.page.waitForFunction(() => window.fakeExcel.selection()?.address === 'D19');
    expect(await h.page.evaluate(() => window.fakeExcel.selection())).toEqual({ sheet: 'Biểu 1', address: 'D19' });
    await type('Biểu 1', 'D19', '90');
    await issue.waitFor({ state: 'detached' });
  });

  it('offers the number meant by "1.234" pasted as text, saying what it will write, and writes it only on a click', async () => {
    await paste('Biểu 1', 'D11', '1.234');
    const fix = pane().getByRole('button', { name: 'Đổi thành số 1234' });
    await fix.waitFor();
    const item = pane().getByRole('listitem').filter({ has: h.page.getByRole('button', { name: 'Đổi thành số 1234' }) });
    await expect(item.textContent()).resolves.toContain('Ghi thành số 1234?');
    expect(await valueOf('Biểu 1', 'D11')).toBe('1.234');
    await fix.click();
    await fix.waitFor({ state: 'detached' });
    expect(await valueOf('Biểu 1', 'D11')).toBe(1234);
  });

  it('asks whether "1,234" is the number 1234 or the decimal 1,234, and never writes it by itself', async () => {
    await paste('Biểu 1', 'D11', '1,234');
    const issue = issueAt(/^Lỗi: Biểu 1 › D11: "1,234" là chữ: số 1234 \(dấu phẩy ngăn cách hàng nghìn\) hay số thập phân 1,234\? Ô này đếm .* nên không thể là số thập phân\./);
    await issue.waitFor();
    expect(await valueOf('Biểu 1', 'D11')).toBe('1,234');
  });

  it('groups issues by sheet with errors before warnings', async () => {
    await paste('Biểu 1', 'D17', 10);
    await paste('Biểu 1', 'D18', 5);
    await paste('Biểu 2', 'D12', -4);
    await pane().getByRole('region', { name: 'Biểu 2' }).waitFor();
    await issueAt(/^Cảnh báo: Biểu 1 › D18: .*Số lượt ít hơn số hội nghị/).waitFor();
    const badges = await pane().getByRole('region', { name: 'Biểu 1' }).locator('li .fui-Badge').allTextContents();
    expect(badges.indexOf('Cảnh báo')).toBeGreaterThan(-1);
    expect(badges.lastIndexOf('Lỗi')).toBeLessThan(badges.indexOf('Cảnh báo'));
  });
});

describe('the Kiểm tra list as a to-do list', () => {
  it('shows a fresh set’s blanks as each form’s progress, not as a warning per form', async () => {
    await expect(pane().getByRole('status').textContent()).resolves.toMatch(/^8 biểu: không có lỗi; đã nhập 0\/\d+ ô\.$/);
    const progress = pane().getByRole('heading', { name: /^Biểu 2: đã nhập \d+\/\d+ ô$/ });
    const [, total] = /\/(\d+)/.exec((await progress.textContent()) ?? '') ?? [];
    await expect(progress.textContent()).resolves.toBe(`Biểu 2: đã nhập 0/${total} ô`);
    await expect(pane().getByRole('button', { name: /^Cảnh báo/ }).count()).resolves.toBe(0);
    await type('Biểu 2', 'D12', '12');
    await pane().getByRole('heading', { name: `Biểu 2: đã nhập 1/${total} ô` }).waitFor();
  });

  it('hides the warnings with “Chỉ hiện lỗi” and keeps the errors', async () => {
    await paste('Biểu 1', 'D17', 10);
    await paste('Biểu 1', 'D18', 5);
    await paste('Biểu 2', 'D12', -4);
    const warning = issueAt(/^Cảnh báo: Biểu 1 › D18: /);
    await warning.waitFor();
    await issueAt(/^Lỗi: Biểu 2 › D12: /).waitFor();
    await pane().getByRole('switch', { name: 'Chỉ hiện lỗi' }).click();
    await warning.waitFor({ state: 'detached' });
    await expect(issueAt(/^Lỗi: Biểu 2 › D12: /).isVisible()).resolves.toBe(true);
  });

  it('shows where each issue goes and names its severity and place to a screen reader', async () => {
    await type('Biểu 1', 'D18', '95');
    await type('Biểu 1', 'D19', '120');
    const issue = issueAt(/^Lỗi: Biểu 1 › D19: Cán bộ chủ chốt vượt tổng số lượt/);
    await issue.waitFor();
    // The words as laid out side by side (badge, place, arrow, message), one space between.
    const seen = await issue.evaluate((link) => {
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
      return parts.join(' ').replace(/\s+/g, ' ');
    });
    expect(seen).toMatch(/^Lỗi Biểu 1 › D19 → Cán bộ chủ chốt vượt tổng số lượt/);
  });

  it('is one Tab stop, with the arrows, Home and End moving inside it and Enter going to the cell', async () => {
    await paste('Biểu 1', 'D11', '1.234');
    await paste('Biểu 1', 'D12', '12 người');
    await type('Biểu 1', 'D18', '95');
    await type('Biểu 1', 'D19', '120');
    await issueAt(/^Lỗi: Biểu 1 › D19: /).waitFor();
    await pane().getByRole('switch', { name: 'Chỉ hiện lỗi' }).focus();
    await h.page.keyboard.press('Tab');
    await expect(focusedName()).resolves.toMatch(/^Lỗi: Biểu 1 › D11: /);
    await h.page.keyboard.press('ArrowDown');
    await expect(focusedName()).resolves.toMatch(/^Lỗi: Biểu 1 › D12: /);
    await h.page.keyboard.press('End');
    await expect(focusedName()).resolves.toMatch(/^Lỗi: Biểu 1 › D19: /);
    await h.page.keyboard.press('Home');
    await expect(focusedName()).resolves.toMatch(/^Lỗi: Biểu 1 › D11: /);
    await h.page.keyboard.press('ArrowDown');
    // One Tab leaves the list for the next control below it: the name field of "Nộp biểu".
    await h.page.keyboard.press('Tab');
    await expect(h.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).resolves.toMatch(/^Người lập biểu/);
    await h.page.keyboard.press('Shift+Tab');
    await expect(focusedName()).resolves.toMatch(/^Lỗi: Biểu 1 › D12: /);
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction(() => window.fakeExcel.selection()?.address === 'D12');
  });

  it('keeps the keyboard in the list after a one-click fix, on the issue that came next', async () => {
    await paste('Biểu 1', 'D11', '1.234');
    await paste('Biểu 1', 'D12', '12 người');
    const next = issueAt(/^Lỗi: Biểu 1 › D12: /);
    await next.waitFor();
    await issueAt(/^Lỗi: Biểu 1 › D11: /).focus();
    await h.page.keyboard.press('ArrowRight');
    await expect(focusedName()).resolves.toBe('Đổi thành số 1234');
    await h.page.keyboard.press('Enter');
    await issueAt(/^Lỗi: Biểu 1 › D11: /).waitFor({ state: 'detached' });
    expect(await valueOf('Biểu 1', 'D11')).toBe(1234);
    await h.page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Lỗi: Biểu 1 › D12: '));
  });
});

const panel = () => pane().getByRole('region', { name: 'Nộp biểu' });

describe('"Nộp biểu" in the Kiểm tra tab of a unit', () => {
  it('says the forms are not yet submitted and keeps the button off until the person who filled them is named', async () => {
    await panel().getByText('Chưa nộp biểu.').waitFor();
    const button = panel().getByRole('button', { name: 'Nộp biểu' });
    expect(await button.isDisabled()).toBe(true);
    await panel().getByLabel('Người lập biểu').fill('Nguyễn Thị Hoa');
    expect(await button.isDisabled()).toBe(false);
  });

  it('refuses to submit while a form has an error, and writes no stamp', async () => {
    await type('Biểu 1', 'D18', '95');
    await type('Biểu 1', 'D19', '120');
    await pane().getByRole('button', { name: /^Lỗi: Biểu 1 › D19/ }).waitFor();
    await panel().getByLabel('Người lập biểu').fill('Nguyễn Thị Hoa');
    await panel().getByRole('button', { name: 'Nộp biểu' }).click();
    await panel().getByText(/^Chưa nộp: còn 1 lỗi/).waitFor();
    await panel().getByText('Chưa nộp biểu.').waitFor();
  });

  it('asks before submitting forms with blanks, stamps them once confirmed, and then names a figure changed afterwards', async () => {
    await type('Biểu 1', 'D11', '12');
    await panel().getByLabel('Người lập biểu').fill('Nguyễn Thị Hoa');
    await panel().getByRole('button', { name: 'Nộp biểu' }).click();
    const question = h.page.getByRole('dialog', { name: 'Nộp biểu còn cảnh báo?' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Vẫn nộp' }).click();
    await panel().getByText(/^Đã ghi dấu nộp biểu vào 8 biểu/).waitFor();
    await panel().getByText(/người lập biểu Nguyễn Thị Hoa\.$/).waitFor();
    await panel().getByText('Số liệu vẫn đúng như lúc nộp.').waitFor();

    await type('Biểu 1', 'D11', '21');
    await panel().getByText(/^1 ô khác lúc nộp/).waitFor();
    await panel().getByText('Biểu 1, ô D11: nộp 12, nay 21').waitFor();
    await screenshotForGuide(h.page, 'nop-bieu.png');
  });

  it('lets the user step back from the warnings without stamping anything', async () => {
    await panel().getByLabel('Người lập biểu').fill('Nguyễn Thị Hoa');
    await panel().getByRole('button', { name: 'Nộp biểu' }).click();
    const question = h.page.getByRole('dialog', { name: 'Nộp biểu còn cảnh báo?' });
    await question.getByRole('button', { name: 'Xem lại' }).click();
    await panel().getByText('Chưa nộp: đã dừng để xem lại các cảnh báo.').waitFor();
    await panel().getByText('Chưa nộp biểu.').waitFor();
  });
});
