import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeQuietly, openPreview, screenshotForGuide, type Harness } from './harness';

/**
 * Where the pane gets its forms: the campaign built in, a campaign file the user
 * opens ("Mở bộ biểu…"), or the one the workbook's sheets carry. A switch changes
 * what the pane offers and reads, never a figure in the sheets.
 */

jest.setTimeout(90_000);

const MTTQ_FILE = join(__dirname, '../fixtures/campaigns/mttq-quy.tongket.json');

let h: Harness;
beforeEach(async () => {
  h = await openPreview();
});
afterEach(() => closeQuietly(h));

const pane = () => h.page.getByTestId('taskpane');
const origin = () => pane().getByTestId('campaign-origin').textContent();
/** Waits until the header names this campaign and origin: the pane reads the workbook before it says which forms it uses. */
const shown = (name: string, from: string) => pane().locator('header', { hasText: name }).filter({ hasText: from }).waitFor();
const heading = () => pane().getByRole('heading', { level: 1 }).textContent();

async function openCampaignFile(name: string, text: string) {
  const chooser = h.page.waitForEvent('filechooser');
  await pane().getByRole('button', { name: 'Mở bộ biểu…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

async function insertAll(unitName: string) {
  await pane().getByLabel('Tên đơn vị').fill(unitName);
  await pane().getByRole('button', { name: /^Chèn \d+ biểu$/ }).click();
  await pane().getByRole('status').waitFor();
}

describe('the campaign the pane works with', () => {
  it('is the built-in one in an empty workbook, named with its version', async () => {
    await shown('Tổng kết NQ25', 'bộ biểu cài sẵn');
    await expect(heading()).resolves.toBe('Tổng kết NQ25-NQ/TW và KL43-KL/TW');
    await expect(origin()).resolves.toBe('Phiên bản 1 · bộ biểu cài sẵn');
  });

  it('becomes a campaign file the user opens: its unit types and forms are offered and inserted, carrying it', async () => {
    await openCampaignFile('mttq-quy.tongket.json', readFileSync(MTTQ_FILE, 'utf8'));
    await shown('Số liệu công tác Mặt trận quý III/2025', 'mở từ tệp mttq-quy.tongket.json');
    await pane().getByLabel('Loại đơn vị').selectOption({ label: 'Ủy ban MTTQ Việt Nam cấp huyện' });
    await insertAll('Ủy ban MTTQ huyện Văn Lâm');
    expect(await h.page.evaluate(() => window.fakeExcel.sheetNames())).toEqual(['Mẫu 1', 'Mẫu 2', 'Mẫu 3']);
    const carried = await h.page.evaluate(() => String(window.fakeExcel.cell('Mẫu 1', 'B1')?.value ?? ''));
    expect(carried).toMatch(/^TONGKET-BO-BIEU 1\/1 \{.*"key":"mttq_quy"/);
  });

  it('is a campaign file edited in a text editor, used as edited with no rebuild', async () => {
    const edited = readFileSync(join(__dirname, '../../campaigns/nq25.tongket.json'), 'utf8')
      .replace('"Hội nghị học tập, quán triệt"', '"Hội nghị học tập, quán triệt (kể cả trực tuyến)"')
      .replace('"ĐẢNG BỘ TỈNH …"', '"ĐẢNG BỘ TỈNH HƯNG YÊN"');
    await openCampaignFile('nq25-sua.tongket.json', edited);
    await shown('Tổng kết NQ25-NQ/TW và KL43-KL/TW', 'mở từ tệp nq25-sua.tongket.json');
    await insertAll('Huyện ủy Văn Lâm');
    expect(await h.page.evaluate(() => window.fakeExcel.cell('Biểu 1', 'B17')?.value)).toBe('Hội nghị học tập, quán triệt (kể cả trực tuyến)');
    expect(await h.page.evaluate(() => window.fakeExcel.cell('Biểu 1', 'A2')?.value)).toBe('ĐẢNG BỘ TỈNH HƯNG YÊN');
  });

  it('is remembered for the workbook when the pane is closed and opened again', async () => {
    await openCampaignFile('mttq-quy.tongket.json', readFileSync(MTTQ_FILE, 'utf8'));
    await shown('Số liệu công tác Mặt trận quý III/2025', 'mở từ tệp');
    await h.page.evaluate(() => window.reopenPane());
    await shown('Số liệu công tác Mặt trận quý III/2025', 'bộ biểu đã chọn cho sổ này');
  });

  it('is the one the workbook carries when the pane opens on it, with no configuration', async () => {
    await openCampaignFile('mttq-quy.tongket.json', readFileSync(MTTQ_FILE, 'utf8'));
    await shown('Số liệu công tác Mặt trận quý III/2025', 'mở từ tệp');
    await insertAll('Ủy ban MTTQ huyện Văn Lâm');
    // A unit receiving this workbook has no choice of its own saved: only the sheets say which forms they are.
    await h.page.evaluate(() => {
      window.fakeExcel.settings.remove('tongket.campaign');
      window.reopenPane();
    });
    await shown('Số liệu công tác Mặt trận quý III/2025', 'bộ biểu mang trong sổ này');
  });

  it('offers to switch back to the workbook’s own campaign, and switching touches no typed figure', async () => {
    await insertAll('Huyện ủy Văn Lâm');
    expect(await h.page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D11', '7'))).toEqual({ accepted: true });
    await openCampaignFile('mttq-quy.tongket.json', readFileSync(MTTQ_FILE, 'utf8'));
    const offer = pane().getByText('Sổ này dùng bộ biểu khác');
    await offer.waitFor();
    await expect(pane().getByText(/Các biểu trong sổ thuộc “Tổng kết NQ25-NQ\/TW và KL43-KL\/TW” \(phiên bản 1\)/).count()).resolves.toBe(1);
    await screenshotForGuide(h.page, 'bo-bieu.png');
    await pane().getByRole('button', { name: 'Dùng bộ biểu của sổ' }).click();
    await shown('Tổng kết NQ25-NQ/TW và KL43-KL/TW', 'bộ biểu mang trong sổ này');
    await expect(offer.count()).resolves.toBe(0);
    expect(await h.page.evaluate(() => window.fakeExcel.cell('Biểu 1', 'D11')?.value)).toBe(7);
    expect(await h.page.evaluate(() => window.fakeExcel.settings.saved().has('tongket.campaign'))).toBe(false);
  });

  it('stays as it was when the file opened is broken, and the message names the form, the row and the field', async () => {
    const broken = readFileSync(MTTQ_FILE, 'utf8').replace(/"label":"[^"]+"/, '"label":""');
    await openCampaignFile('hong.tongket.json', broken);
    const alert = pane().getByText('Không dùng được bộ biểu');
    await alert.waitFor();
    await expect(pane().getByText(/Tệp "hong\.tongket\.json": Bộ biểu mttq_quy không hợp lệ/).count()).resolves.toBe(1);
    await expect(pane().getByText(/biểu "M1" › hàng "[a-z_0-9]+" \(STT [^)]+\) › nội dung \(label\): không được để trống/).count()).resolves.toBe(1);
    await expect(heading()).resolves.toBe('Tổng kết NQ25-NQ/TW và KL43-KL/TW');
  });
});
