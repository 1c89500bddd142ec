import { tableOps, writeOfficeTable } from '../design/support/officeTable';
import { MAM_NON } from '../fixtures/designer/01-mam-non';
import { unitFile, type UnitFile } from '../support/units';
import { axeViolations, blocking } from './axe';
import { closeQuietly, openPreview, type Harness } from './harness';
import { mergePane, picked } from './mergePane';

/**
 * A screen reader or keyboard user meets no serious or critical axe-core
 * violation in any tab or dialog, in the states where the pane shows the most:
 * results, errors, message bars, proposals. The assertion names each rule and
 * where it is broken.
 */

jest.setTimeout(150_000);

let vanLam: UnitFile;
let withError: UnitFile;
beforeAll(async () => {
  [vanLam, withError] = await Promise.all([
    unitFile('Huyện ủy Văn Lâm', 'huyen', 1, { forms: ['B1', 'B2'] }),
    unitFile('Huyện ủy Ân Thi', 'huyen', 3, { forms: ['B1'], edit: (wb) => void (wb.getWorksheet('Biểu 1')!.getCell('D11').value = '1.234') }),
  ]);
});

let h: Harness;
beforeEach(async () => (h = await openPreview()));
afterEach(() => closeQuietly(h));

const { pane, pick, source, mergeButton } = mergePane(() => h);
const tab = (name: string) => pane().getByRole('tab', { name }).click();
const expectNoBlockingViolations = async () => expect(blocking(await axeViolations(h.page))).toEqual([]);

async function insertForVanLam(): Promise<void> {
  await pane().getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
  await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
  await pane().getByRole('status').waitFor();
}

describe('the pane for a screen reader', () => {
  it('reaches the tabs through a navigation landmark named for them', async () => {
    const tabs = pane().getByRole('navigation', { name: 'Các thẻ' }).getByRole('tab');
    await expect(tabs.evaluateAll((all) => all.map((t) => t.getAttribute('value')))).resolves.toEqual(['insert', 'check', 'merge', 'design']);
    await expect(tabs.filter({ hasText: 'Thiết kế biểu' }).count()).resolves.toBe(1);
  });

  it('has no serious violation in Chèn biểu, before and after forms are inserted, nor in its conflict dialog', async () => {
    await expectNoBlockingViolations();
    await insertForVanLam();
    await expectNoBlockingViolations();
    await h.page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D11', '5'));
    await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
    await h.page.getByRole('alertdialog').waitFor();
    await expectNoBlockingViolations();
  });

  it('has no serious violation in Kiểm tra, empty and with errors and warnings', async () => {
    await tab('Kiểm tra');
    await expectNoBlockingViolations();
    await tab('Chèn biểu');
    await insertForVanLam();
    await tab('Kiểm tra');
    await h.page.evaluate(() => window.fakeExcel.userPaste('Biểu 1', 'D11', [['1.234']]));
    await h.page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D18', '95'));
    await h.page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D19', '120'));
    await pane().getByRole('button', { name: /^Lỗi: Biểu 1 › D19: / }).waitFor();
    await expectNoBlockingViolations();
  });

  it('has no serious violation in Tổng hợp, with sources, a merge result and the dialog before a second merge', async () => {
    await tab('Tổng hợp');
    await expectNoBlockingViolations();
    await pick(picked(vanLam), picked(withError));
    await source(withError.name).waitFor();
    await expectNoBlockingViolations();
    await mergeButton(1).click();
    await pane().getByText('Đã tổng hợp 1 đơn vị', { exact: false }).waitFor();
    await expectNoBlockingViolations();
    await mergeButton(1).click();
    await h.page.getByRole('alertdialog').waitFor();
    await expectNoBlockingViolations();
  });

  it('has no serious violation in Thiết kế biểu, empty and with a table’s proposal', async () => {
    await tab('Thiết kế biểu');
    await pane().getByRole('button', { name: 'Đọc bảng đang chọn' }).waitFor();
    await expectNoBlockingViolations();
    await h.page.evaluate(writeOfficeTable, tableOps(MAM_NON));
    await pane().getByRole('button', { name: 'Đọc bảng đang chọn' }).click();
    await pane().getByRole('region', { name: 'Cần xem lại' }).waitFor();
    await expectNoBlockingViolations();
  });

  it('has no serious violation in the Kiểm tra cài đặt dialog, before and after it runs', async () => {
    await insertForVanLam();
    await pane().getByRole('button', { name: 'Kiểm tra cài đặt' }).click();
    const dialog = h.page.getByRole('dialog', { name: 'Kiểm tra cài đặt' });
    await dialog.getByRole('button', { name: 'Chạy kiểm tra' }).waitFor();
    await expectNoBlockingViolations();
    await dialog.getByRole('button', { name: 'Chạy kiểm tra' }).click();
    await dialog.getByText('Mọi bước đều đạt', { exact: false }).waitFor();
    await expectNoBlockingViolations();
  });
});
