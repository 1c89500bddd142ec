import { closeQuietly, openPreview, type Harness } from './harness';

/** The Chèn biểu tab as a clerk leaves it: what was typed stays, the workbook's own unit is remembered, and no form goes out unnamed. */

jest.setTimeout(60_000);

let h: Harness;
beforeEach(async () => (h = await openPreview()));
afterEach(() => closeQuietly(h));

const pane = () => h.page.getByTestId('taskpane');
const unitType = () => pane().getByLabel('Loại đơn vị', { exact: true });
const unitName = () => pane().getByLabel('Tên đơn vị', { exact: true });

describe('the Chèn biểu tab', () => {
  it('keeps the unit type and name typed while another tab is used', async () => {
    await unitType().selectOption({ label: 'Ban Thường vụ Tỉnh đoàn' });
    await unitName().fill('Ban Thường vụ Tỉnh đoàn Hưng Yên');
    await pane().getByRole('tab', { name: 'Kiểm tra' }).click();
    await pane().getByRole('tab', { name: 'Tổng hợp' }).click();
    await pane().getByRole('tab', { name: 'Chèn biểu' }).click();
    await expect(unitType().inputValue()).resolves.toBe('tinh_doan');
    await expect(unitName().inputValue()).resolves.toBe('Ban Thường vụ Tỉnh đoàn Hưng Yên');
  });

  it('opens on a workbook with the unit type and name of the forms already in it', async () => {
    await unitType().selectOption({ label: 'Đảng đoàn Hội đồng nhân dân tỉnh' });
    await unitName().fill('Đảng đoàn HĐND tỉnh Hưng Yên');
    await pane().getByRole('button', { name: 'Chèn 2 biểu' }).click();
    await pane().getByRole('status').waitFor();
    await h.page.evaluate(() => window.reopenPane());
    await pane().getByTestId('campaign-origin').waitFor();
    // The pane asks the workbook after it opens: wait for the answer to reach the field.
    await h.page.waitForFunction(() => [...document.querySelectorAll<HTMLInputElement>('[data-testid="taskpane"] input')].some((i) => i.value.startsWith('Đảng đoàn')));
    await expect(unitType().inputValue()).resolves.toBe('dd_hdnd');
    await expect(unitName().inputValue()).resolves.toBe('Đảng đoàn HĐND tỉnh Hưng Yên');
    await expect(pane().getByText('2 biểu đã chọn').count()).resolves.toBe(1);
  });

  it('inserts nothing until the unit is named, and says so beside the button', async () => {
    const button = pane().getByRole('button', { name: 'Chèn 8 biểu' });
    await expect(button.isEnabled()).resolves.toBe(false);
    await expect(pane().getByRole('group', { name: 'Chèn biểu' }).getByText('Ghi tên đơn vị để chèn biểu.').count()).resolves.toBe(1);
    await unitName().fill('   ');
    await expect(button.isEnabled()).resolves.toBe(false);
    await unitName().fill('Huyện ủy Văn Lâm');
    await expect(button.isEnabled()).resolves.toBe(true);
  });
});
