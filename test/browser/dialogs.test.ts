import { unitFile, type UnitFile } from '../support/units';
import { closeQuietly, openPreview, type Harness } from './harness';
import { mergePane, picked } from './mergePane';

/**
 * The pane's dialogs follow Office's: a safe way out (Hủy, and Escape), the
 * focus on it when the dialog opens so that a reflexive Enter changes nothing,
 * and the other button named by what it does.
 */

jest.setTimeout(90_000);

let vanLam: UnitFile;
beforeAll(async () => {
  vanLam = await unitFile('Huyện ủy Văn Lâm', 'huyen', 1, { forms: ['B1', 'B2'] });
});

let h: Harness;
beforeEach(async () => (h = await openPreview()));
afterEach(() => closeQuietly(h));

const { pane, pick, source, mergeButton } = mergePane(() => h);
const dialog = () => h.page.getByRole('alertdialog');
const sheetNames = () => h.page.evaluate(() => window.fakeExcel.sheetNames());
/** Waits until the focus is on the button of that name: Fluent moves it when the dialog opens. */
const focusOn = (name: string) => h.page.waitForFunction((text) => document.activeElement?.textContent === text, name, { timeout: 5000 });

/** Forms inserted, a figure typed into Biểu 1, and the same forms asked for again: "Biểu 1" is taken. */
async function openConflict(): Promise<void> {
  await pane().getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
  await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
  await pane().getByRole('status').waitFor();
  await h.page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D11', '5'));
  await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
  await dialog().waitFor();
}

describe('the sheet-conflict dialog', () => {
  it('opens with the focus on Hủy, and Hủy inserts nothing', async () => {
    await openConflict();
    const before = await sheetNames();
    await focusOn('Hủy');
    await expect(dialog().getByRole('button', { name: 'Chèn theo lựa chọn' }).count()).resolves.toBe(1);
    await dialog().getByRole('radio', { name: 'Chèn bản mới tên “Biểu 1 (2)”' }).check();
    await dialog().getByRole('button', { name: 'Hủy' }).click();
    await dialog().waitFor({ state: 'detached' });
    await pane().getByRole('status').getByText('Đã hủy, không chèn biểu nào.').waitFor();
    expect(await sheetNames()).toEqual(before);
  });

  it('closes on Escape and inserts nothing', async () => {
    await openConflict();
    const before = await sheetNames();
    await focusOn('Hủy');
    await h.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    await pane().getByText('Đã hủy, không chèn biểu nào.').waitFor();
    expect(await sheetNames()).toEqual(before);
    expect(await h.page.evaluate(() => window.fakeExcel.cell('Biểu 1', 'D11')?.value)).toBe(5);
  });
});

describe('the dialog before a merge replaces the sheets of the last one', () => {
  it('names what its button destroys, opens with the focus on Hủy, and keeps the sheets on Escape', async () => {
    await pane().getByRole('tab', { name: 'Tổng hợp' }).click();
    await pick(picked(vanLam));
    await source(vanLam.name).waitFor();
    await mergeButton(1).click();
    await pane().getByText('Đã tổng hợp 1 đơn vị', { exact: false }).waitFor();
    const written = await sheetNames();
    await mergeButton(1).click();
    await dialog().waitFor();
    const listed = await dialog().getByRole('listitem').count();
    await expect(dialog().getByRole('button', { name: `Xóa và ghi lại ${listed} sheet` }).count()).resolves.toBe(1);
    await focusOn('Hủy');
    await h.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    await pane().getByText('Đã hủy, không sheet nào bị thay.').waitFor();
    expect(await sheetNames()).toEqual(written);
  });
});
