import { unitFile, type UnitFile } from '../support/units';
import { closeQuietly, openPreview, type Harness, type PaneSize } from './harness';
import { clippedText } from './layout';
import { mergePane, picked } from './mergePane';

/**
 * The narrowest task pane Excel shows is 320 px: every message must wrap there,
 * none may be cut or spill out of its box. Measured on every element that
 * holds text, in each state of each tab a user meets.
 */

jest.setTimeout(120_000);

const NARROW: PaneSize = { width: 320, height: 600 };

let vanLam: UnitFile;
let withError: UnitFile;
/** A file name as long as the ones units send ("Bieu so lieu tong ket …"), with no space to break it. */
let longName: UnitFile;
beforeAll(async () => {
  [vanLam, withError, longName] = await Promise.all([
    unitFile('Huyện ủy Văn Lâm', 'huyen', 1),
    unitFile('Huyện ủy Ân Thi', 'huyen', 3, { forms: ['B1'], edit: (wb) => void (wb.getWorksheet('Biểu 1')!.getCell('D11').value = '1.234') }),
    unitFile('Huyện ủy Khoái Châu', 'huyen', 4, { forms: ['B1'] }).then((u) => ({ ...u, name: 'BieuSoLieuTongKetNQ25_HuyenUyKhoaiChau_BanChinhThuc_GuiLan2.xlsx' })),
  ]);
});

let h: Harness;
afterEach(() => closeQuietly(h));

const { pane, pick, source, mergeButton } = mergePane(() => h);

describe.each([320, 450, 700])('the Chèn biểu tab %i px wide', (width) => {
  it('cuts no unit type’s note, each shown after another', async () => {
    h = await openPreview('', { width, height: 800 });
    const select = pane().getByLabel('Loại đơn vị');
    const types = await select.locator('option').allTextContents();
    // Every type in turn: a note is cut when it replaces a shorter one, not when the pane first shows it.
    for (const label of [...types, ...types.slice(0, 1)]) {
      await select.selectOption({ label });
      await expect(clippedText(h.page)).resolves.toEqual([]);
    }
  });
});

describe('the pane at 320 px wide', () => {
  beforeEach(async () => (h = await openPreview('', NARROW)));

  it('shows the campaign’s name in the header on one line, uncut', async () => {
    const title = pane().getByRole('banner').getByRole('heading', { level: 1 });
    const box = await title.evaluate((e) => ({ lines: e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight), cut: e.scrollWidth > e.clientWidth }));
    expect(box).toEqual({ lines: 1, cut: false });
  });

  it('cuts no text in Chèn biểu with the forms unfolded and a long unit name inserted', async () => {
    await pane().getByRole('button', { name: 'Thay đổi' }).click();
    await pane().getByLabel('Tên đơn vị').fill('Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh');
    await pane().getByRole('button', { name: /^Chèn \d+ biểu$/ }).click();
    await pane().getByRole('status').waitFor();
    await expect(clippedText(h.page)).resolves.toEqual([]);
  });

  it('cuts no text in Tổng hợp, with a source of every kind and its badge', async () => {
    await pane().getByRole('tab', { name: 'Tổng hợp' }).click();
    const csv = { name: 'danh-sach-xa.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('a,b\n1,2') };
    await pick(picked(vanLam), picked(withError), picked(longName), csv, picked(vanLam));
    await source(csv.name).waitFor();
    await expect(source(withError.name).textContent()).resolves.toContain('Chưa cộng (có lỗi)');
    await expect(clippedText(h.page)).resolves.toEqual([]);
    await mergeButton(2).click();
    await pane().getByText('Đã tổng hợp 2 đơn vị', { exact: false }).waitFor();
    await expect(clippedText(h.page)).resolves.toEqual([]);
  });

  it('cuts no text in Kiểm tra, with errors, warnings and a fix offered', async () => {
    await pane().getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
    await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
    await pane().getByRole('status').waitFor();
    await pane().getByRole('tab', { name: 'Kiểm tra' }).click();
    await h.page.evaluate(() => window.fakeExcel.userPaste('Biểu 1', 'D11', [['1.234']]));
    await h.page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D18', '95'));
    await h.page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D19', '120'));
    await pane().getByRole('button', { name: 'Đổi thành số 1234' }).waitFor();
    await pane().getByRole('button', { name: /^Lỗi: Biểu 1 › D19: / }).waitFor();
    await expect(clippedText(h.page)).resolves.toEqual([]);
  });
});
