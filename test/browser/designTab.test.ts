import { readFile } from 'node:fs/promises';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { campaignJson, readCampaignText } from '../../src/forms/defineForm';
import { formByKey } from '../../src/forms/lookup';
import type { Campaign, FormDef } from '../../src/forms/schema';
import { tableOps, writeOfficeTable } from '../design/support/officeTable';
import { MAM_NON } from '../fixtures/designer/01-mam-non';
import { unitFile } from '../support/units';
import { closeQuietly, openPreview, screenshotForGuide, type Harness, type PaneSize } from './harness';
import { clippedText } from './layout';
import { mergePane, picked } from './mergePane';

/**
 * The form designer in the real pane: an official table received from the
 * level above is put into the workbook, read, reviewed and corrected in the
 * Thiết kế biểu tab, compared laid out beside the original, saved into the
 * campaign in use — and from there it is a form like the built-in ones:
 * inserted for a unit, checked as it is typed, merged from three units' files.
 */

jest.setTimeout(180_000);

const TABLE = MAM_NON.sheet;

let h: Harness;
afterEach(() => closeQuietly(h));

const pane = () => h.page.getByTestId('taskpane');
const { pick, mergeButton } = mergePane(() => h);
const tab = (name: string) => pane().getByRole('tab', { name }).click();
const sheetNames = () => h.page.evaluate(() => window.fakeExcel.sheetNames());
/** The table's sheet as data: every cell, merge, size and setting. */
const sheetBytes = (name: string) =>
  h.page.evaluate(
    (sheet) =>
      JSON.stringify({ ...window.fakeExcel.sheet(sheet), changeHandlers: undefined, selectionHandlers: undefined }, (_k, v: unknown) =>
        v instanceof Map ? [...v] : v instanceof Set ? [...v] : v,
      ),
    name,
  );
const rowRole = (row: number) => pane().getByLabel(`Vai trò hàng ${row}`, { exact: true });
const summary = () => pane().getByText(/^Sheet “Biểu 01-MN”, bảng A6:I20/).textContent();
/** The campaign the pane remembered for the workbook: what it now uses. */
const campaignInUse = async (): Promise<Campaign> =>
  readCampaignText(await h.page.evaluate(() => String(window.fakeExcel.settings.get('tongket.campaign'))), 'bộ biểu của sổ');

async function openWithTable(api = '1.13', size?: PaneSize): Promise<void> {
  h = await openPreview(`?api=${api}`, size);
  await h.page.evaluate(writeOfficeTable, tableOps(MAM_NON));
  await tab('Thiết kế biểu');
  await pane().getByRole('button', { name: 'Đọc bảng đang chọn' }).click();
}

describe('the Thiết kế biểu tab in Chromium', () => {
  it('turns a table received from above into a form of the campaign that is inserted, checked and merged like a built-in one', async () => {
    await openWithTable();
    // What the designer is unsure of comes first, highlighted; then every column and row with its role and reasons, then the rules.
    const doubts = pane().getByRole('region', { name: 'Cần xem lại' });
    await doubts.waitFor();
    await expect(doubts.getByRole('heading').textContent()).resolves.toBe('Cần xem lại (2/2)');
    await expect(doubts.getByRole('listitem').allTextContents()).resolves.toEqual([expect.stringMatching(/^hàng 10.*đoán là tổng/), expect.stringMatching(/^hàng 14.*đoán là tổng/)]);
    const sections = await pane().getByRole('region').evaluateAll((all) => all.map((s) => s.getAttribute('aria-label')));
    expect(sections.filter((s) => s !== 'Thiết kế biểu').slice(0, 4)).toEqual(['Cần xem lại', 'Các cột', 'Các hàng', 'Quy tắc kiểm tra']);
    const columnE = pane().getByRole('listitem', { name: 'Cột E' });
    await expect(columnE.textContent()).resolves.toContain('= cột F + cột H');
    await expect(columnE.textContent()).resolves.toContain('theo dòng số thứ tự cột "1=2+4"');
    await expect(pane().getByRole('listitem', { name: 'Hàng 9' }).textContent()).resolves.toContain('dòng số thứ tự cột');
    await expect(rowRole(14).inputValue()).resolves.toBe('total');
    await expect(pane().getByRole('listitem', { name: 'Hàng 14' }).textContent()).resolves.toContain('= hàng 15 + hàng 16');
    const rules = pane().getByRole('region', { name: 'Quy tắc kiểm tra' }).getByRole('listitem');
    await expect(rules.count()).resolves.toBe(5);
    await expect(pane().getByRole('listitem', { name: 'Nữ vượt tổng số' }).first().textContent()).resolves.toContain('cột G ≤ cột F');
    await expect(summary()).resolves.toContain('10 hàng, 5 cột, 5 quy tắc');

    // A role changed: the rules over that row go with it, and say so; Undo brings them back.
    await rowRole(16).selectOption('section');
    await pane().getByText('Đổi hàng 16 kéo theo:').waitFor();
    await expect(pane().getByRole('status').textContent()).resolves.toContain('bỏ quy tắc "Trẻ em 5 tuổi vượt trẻ em mẫu giáo"');
    await expect(summary()).resolves.toContain('10 hàng, 5 cột, 3 quy tắc');
    await expect(pane().getByRole('listitem', { name: 'Hàng 14' }).textContent()).resolves.toContain('= hàng 15');
    await rowRole(14).selectOption('section');
    await expect(doubts.getByRole('heading').textContent()).resolves.toBe('Cần xem lại (1/2)');
    await pane().getByRole('button', { name: 'Hoàn tác' }).click();
    await pane().getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(summary()).resolves.toContain('10 hàng, 5 cột, 5 quy tắc');
    await expect(rowRole(16).inputValue()).resolves.toBe('input');
    await expect(rowRole(14).inputValue()).resolves.toBe('total');
    await expect(pane().getByRole('button', { name: 'Hoàn tác' }).isDisabled()).resolves.toBe(true);
    // A row the designer left out can be taken in, and left out again.
    await rowRole(20).selectOption('ignore');
    await expect(summary()).resolves.toContain('9 hàng');
    await pane().getByRole('button', { name: 'Hoàn tác' }).click();

    // Xem thử: the form laid out on a sheet of its own right after the table, whose sheet stays byte for byte as it was.
    const before = await sheetBytes(TABLE);
    await pane().getByRole('button', { name: 'Xem thử' }).click();
    await pane().getByText('Đã dựng biểu ở sheet "Xem thử Biểu 7"').waitFor();
    expect(await sheetNames()).toEqual([TABLE, 'Xem thử Biểu 7']);
    expect(await h.page.evaluate(() => window.fakeExcel.cell('Xem thử Biểu 7', 'A4')?.value)).toBe('SỐ NHÓM, LỚP VÀ TRẺ EM MẦM NON');
    expect(await sheetBytes(TABLE)).toBe(before);

    // Lưu: the campaign in use gains the form (the built-in one has a Biểu 1, so it is Biểu 7), one version up, remembered for the workbook.
    await expect(pane().getByLabel('Số biểu').inputValue()).resolves.toBe('7');
    // Every unit type fills it unless unticked: communes are spared this one.
    await pane().getByRole('checkbox', { name: 'Đảng ủy xã, phường, thị trấn' }).uncheck();
    await pane().getByRole('button', { name: 'Lưu vào bộ biểu' }).click();
    await pane().getByText('Phiên bản 2 · bộ biểu đã chọn cho sổ này').waitFor();
    await pane().getByText(/^Đã lưu biểu 7 vào bộ biểu “Tổng kết NQ25.*”, phiên bản 2$/).waitFor();
    await expect(pane().getByRole('button', { name: 'Đã lưu' }).isDisabled()).resolves.toBe(true);
    expect(await sheetBytes(TABLE)).toBe(before);
    await h.page.getByTestId('workbook').getByText('SỐ NHÓM, LỚP VÀ TRẺ EM MẦM NON').first().waitFor();
    await screenshotForGuide(h.page, 'thiet-ke-bieu.png');
    const saved = await campaignInUse();
    expect(saved.version).toBe(2);
    const form = formByKey(saved, 'B7') as FormDef;
    expect(form).toMatchObject({ number: '7', sheetName: 'Biểu 7', title: 'SỐ NHÓM, LỚP VÀ TRẺ EM MẦM NON' });
    expect(saved.unitTypes.find((t) => t.key === 'huyen')?.forms).toContain('B7');
    expect(saved.unitTypes.find((t) => t.key === 'tinh')?.optionalForms).toContain('B7');
    expect(saved.unitTypes.find((t) => t.key === 'co_so')?.optionalForms).not.toContain('B7');
    await pane().getByText('Mọi loại đơn vị điền biểu này, trừ: Đảng ủy xã, phường, thị trấn.', { exact: false }).waitFor();

    // Xuất tệp: the campaign file, named by its key, exactly the campaign in use.
    const download = h.page.waitForEvent('download');
    await pane().getByRole('button', { name: 'Xuất tệp' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('nq25.tongket.json');
    const exported = readCampaignText(await readFile((await file.path()) as string, 'utf8'), file.suggestedFilename());
    expect(campaignJson(exported)).toBe(campaignJson(saved));

    // The new form, inserted for a district with its eight built-in forms.
    await tab('Chèn biểu');
    await pane().getByLabel('Tên đơn vị', { exact: true }).fill('Huyện ủy Văn Lâm');
    await pane().getByRole('button', { name: 'Chèn 9 biểu' }).click();
    await pane().getByRole('status').getByText('Biểu 7', { exact: false }).waitFor();
    expect(await sheetNames()).toContain('Biểu 7');

    // Figures typed, one of them breaking a rule ("nữ" above the total it is part of): Kiểm tra lists it.
    const grid = formGrid(form);
    const at = (row: string, column: string) => addressOf(grid, row, column);
    const type = (address: string, text: string) => h.page.evaluate(([a, t]) => window.fakeExcel.userType('Biểu 7', a as string, t as string), [address, text]);
    await expect(type(at('nhom_tre', 'cong_lap_tong'), '12')).resolves.toEqual({ accepted: true });
    await type(at('tre_em_nha', 'cong_lap_tong'), '40');
    await type(at('tre_em_nha', 'cong_lap_nu'), '45');
    await tab('Kiểm tra');
    const broken = pane().getByRole('button', { name: new RegExp(`^Lỗi: .* › ${at('tre_em_nha', 'cong_lap_nu')}: .*Nữ vượt tổng số`) });
    await broken.waitFor();

    // Three districts send the new form back, filled: the merge sums it into TH Biểu 7 like any other form.
    const units = await Promise.all(
      ['Huyện ủy Văn Lâm', 'Huyện ủy Mỹ Hào', 'Huyện ủy Ân Thi'].map((unit, i) => unitFile(unit, 'huyen', i + 1, { campaign: saved, forms: ['B7'] })),
    );
    await tab('Tổng hợp');
    await pick(...units.map(picked));
    await mergeButton(3).click();
    await pane().getByText('Đã tổng hợp 3 đơn vị', { exact: false }).waitFor();
    expect(await sheetNames()).toEqual(expect.arrayContaining(['TH Biểu 7', 'TH Dữ liệu']));
    const summed = at('nhom_tre', 'cong_lap_tong');
    expect(await h.page.evaluate((a) => window.fakeExcel.cell('TH Biểu 7', a)?.formula, summed)).toMatch(/^=IF\(COUNTIFS\('TH Dữ liệu'!/);
  });

  it('says what an Excel 2019 cannot read, and still proposes a form from the text', async () => {
    await openWithTable('1.8');
    await pane().getByText('Excel này không cho đọc hết bảng').waitFor();
    await expect(pane().getByText(/cần Excel hỗ trợ ExcelApi 1\.9/).count()).resolves.toBe(1);
    await pane().getByRole('region', { name: 'Các hàng' }).waitFor();
  });

  it('refuses an edit that would leave the form invalid, and keeps the form as it was', async () => {
    await openWithTable();
    await pane().getByRole('region', { name: 'Các hàng' }).waitFor();
    // Row 11 has nothing under it to add up.
    await rowRole(11).selectOption('total');
    await pane().getByRole('alert').getByText('Hàng 11 không có hàng con có số liệu để cộng thành tổng.').waitFor();
    await expect(rowRole(11).inputValue()).resolves.toBe('input');
    await expect(pane().getByRole('button', { name: 'Hoàn tác' }).isDisabled()).resolves.toBe(true);
  });

  it('cuts no text in the narrowest pane (320 px), doubts, outline, rules, fields and a notice shown', async () => {
    await openWithTable('1.13', { width: 320, height: 600 });
    await pane().getByRole('region', { name: 'Quy tắc kiểm tra' }).waitFor();
    await rowRole(16).selectOption('section');
    await pane().getByText('Đổi hàng 16 kéo theo:').waitFor();
    await expect(clippedText(h.page)).resolves.toEqual([]);
  });
});
