import { unitFile, type UnitFile } from '../support/units';
import { closeQuietly, type Harness } from './harness';
import { filesOnDisk, mergePane, openMergeTab } from './mergePane';
import { withoutSaveTime } from './savedTime';

/**
 * "Đúng hạn / Trễ hạn" is a fact or nothing. A file's date on the province's
 * computer is the day it was saved from the e-mail, so it never decides; the
 * file's own save time does, or the day the clerk says it came in, and
 * otherwise the answer is "Chưa rõ". Districts' deadline: 30/7/2023.
 */

jest.setTimeout(120_000);

/** Van Lâm's forms, from a program that writes no save time into the workbook. */
let vanLam: UnitFile;
beforeAll(async () => {
  vanLam = await withoutSaveTime(await unitFile('Huyện ủy Văn Lâm', 'huyen', 1, { forms: ['B1', 'B2'] }));
});
const onDisk = filesOnDisk();

let h: Harness;
beforeEach(async () => (h = await openMergeTab()));
afterEach(() => closeQuietly(h));

const { pane, pickFromDisk, source, mergeButton, cellValue } = mergePane(() => h);
const blank = (value: unknown) => value === undefined || value === null || value === '';

/** Merges the one unit; `again` answers the question a second merge asks before replacing the sheets of the first. */
async function merge(again = false): Promise<void> {
  await mergeButton(1).click();
  if (again) await h.page.getByRole('alertdialog').getByRole('button', { name: 'Xóa và ghi lại' }).click();
  await pane().getByText('Đã tổng hợp 1 đơn vị', { exact: false }).waitFor();
}

describe('whether a unit sent its forms on time', () => {
  it('is never “Trễ hạn” from the date a file got on this computer: a file that does not say when it was saved is “Chưa rõ”', async () => {
    // Saved from the e-mail on 15/8, two weeks after the deadline: that says nothing of when the district sent it.
    await pickFromDisk(onDisk(vanLam, new Date(2023, 7, 15, 8, 0).getTime()));
    const item = source(vanLam.name);
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('Chưa rõ đúng hạn hay trễ hạn: tệp không ghi thời điểm lưu.');
    await expect(item.textContent()).resolves.not.toContain('Trễ hạn');
    await merge();
    await expect(cellValue('TH Tình hình', 'A5')).resolves.toBe('Huyện ủy Văn Lâm');
    await expect(cellValue('TH Tình hình', 'F5')).resolves.toBe('Chưa rõ');
    expect(blank(await cellValue('TH Tình hình', 'E5'))).toBe(true);
  });

  it('takes the day the clerk says a file came in, when the file does not say, and writes that evidence beside it', async () => {
    // On the disk before the deadline: still not evidence either way.
    await pickFromDisk(onDisk(vanLam, new Date(2023, 6, 20, 8, 0).getTime()));
    const item = source(vanLam.name);
    await item.waitFor();
    await item.getByLabel('Ngày nhận').fill('2023-08-02');
    await item.getByText('Nhận ngày 2/8/2023 (người tổng hợp ghi) · Trễ hạn').waitFor();
    await merge();
    await expect(cellValue('TH Tình hình', 'E5')).resolves.toBe('2/8/2023');
    await expect(cellValue('TH Tình hình', 'F5')).resolves.toBe('Trễ hạn');
    await expect(cellValue('TH Tình hình', 'G5')).resolves.toBe('ngày nhận do người tổng hợp ghi');

    // The deadline day itself is on time.
    await item.getByLabel('Ngày nhận').fill('2023-07-30');
    await item.getByText('Nhận ngày 30/7/2023 (người tổng hợp ghi) · Đúng hạn').waitFor();
    await merge(true);
    await expect(cellValue('TH Tình hình', 'F5')).resolves.toBe('Đúng hạn');
  });
});
