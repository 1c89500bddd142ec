import { unitFile, type UnitFile } from '../support/units';
import { closeQuietly, screenshotForGuide, type Harness } from './harness';
import { filesOnDisk, mergePane, openMergeTab, picked } from './mergePane';
import { withoutSaveTime } from './savedTime';

jest.setTimeout(120_000);

const HUYEN = 'Huyện ủy, thành ủy, thị ủy';
const EIGHT_FORMS = 'Biểu 1, 2, 3A, 4, 5A, 5B, 6A, 6B';
/** A CSV saved with an .xlsx name: the kind of file a province does receive. */
const CSV = picked({ name: 'danh-sach-xa.xlsx', bytes: new TextEncoder().encode('a,b\n1,2') });

let vanLam: UnitFile;
let myHao: UnitFile;
/** "1.234" typed as text into a number cell of Biểu 1: an error. */
let withError: UnitFile;
beforeAll(async () => {
  [vanLam, myHao, withError] = await Promise.all([
    unitFile('Huyện ủy Văn Lâm', 'huyen', 1),
    unitFile('Huyện ủy Mỹ Hào', 'huyen', 2),
    unitFile('Huyện ủy Ân Thi', 'huyen', 3, { forms: ['B1'], edit: (wb) => void (wb.getWorksheet('Biểu 1')!.getCell('D11').value = '1.234') }),
  ]);
});

const onDisk = filesOnDisk();

let h: Harness;
beforeEach(async () => (h = await openMergeTab()));
afterEach(() => closeQuietly(h));

const { pane, pick, pickFromDisk, sources, source, mergeButton, cellValue } = mergePane(() => h);
const addFiles = (...files: (UnitFile | typeof CSV)[]) => pick(...files.map((f) => ('bytes' in f ? picked(f) : f)));
const sheetNames = () => h.page.evaluate(() => window.fakeExcel.sheetNames());
const sheetIds = () => h.page.evaluate(() => window.fakeExcel.sheetNames().map((name) => window.fakeExcel.sheet(name).id));

async function mergeTwoUnits(): Promise<void> {
  await addFiles(vanLam, myHao);
  await source('Huyện ủy Mỹ Hào.xlsx').waitFor();
  await mergeButton(2).click();
  await pane().getByText('Đã tổng hợp 2 đơn vị', { exact: false }).waitFor();
}

describe('the Tổng hợp tab in Chromium', () => {
  it('reads the units’ files on this computer and names the file it cannot read, and why', async () => {
    await expect(pane().getByText('không tải lên đâu cả', { exact: false }).count()).resolves.toBe(1);
    await addFiles(vanLam, myHao, CSV);
    await source(CSV.name).waitFor();
    expect(await sources().count()).toBe(3);
    await expect(source('Huyện ủy Văn Lâm.xlsx').textContent()).resolves.toContain(`Đã nhận`);
    await expect(source('Huyện ủy Văn Lâm.xlsx').textContent()).resolves.toContain(`Huyện ủy Văn Lâm · ${HUYEN} · ${EIGHT_FORMS} · không có lỗi`);
    await expect(source('Huyện ủy Mỹ Hào.xlsx').textContent()).resolves.toContain(`Huyện ủy Mỹ Hào · ${HUYEN}`);
    const refused = await source(CSV.name).textContent();
    expect(refused).toContain('Không đọc được');
    expect(refused).toContain('danh-sach-xa.xlsx: không phải tệp Excel .xlsx mà là tệp văn bản (có thể là CSV đổi đuôi thành .xlsx).');
    await expect(mergeButton(2).isEnabled()).resolves.toBe(true);
  });

  it('shows a file added twice as a duplicate instead of dropping it, and removes a source on request', async () => {
    await addFiles(vanLam, CSV);
    await source(CSV.name).waitFor();
    await addFiles(vanLam);
    await source('Huyện ủy Văn Lâm.xlsx').nth(1).waitFor();
    const twin = await source('Huyện ủy Văn Lâm.xlsx').nth(1).textContent();
    expect(twin).toContain('Trùng');
    expect(twin).toContain('cùng nội dung với tệp Huyện ủy Văn Lâm.xlsx đã chọn');
    await pane().getByRole('button', { name: `Bỏ ${CSV.name}` }).click();
    await source(CSV.name).waitFor({ state: 'detached' });
    expect(await sources().count()).toBe(2);
    await expect(mergeButton(1).isEnabled()).resolves.toBe(true);
  });

  it('takes files dropped on the tab like files picked', async () => {
    const files = [vanLam, { name: CSV.name, bytes: new Uint8Array(CSV.buffer) }].map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
    const dataTransfer = await h.page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      return transfer;
    }, files);
    await pane().getByText('Kéo thả tệp .xlsx của các đơn vị vào đây').dispatchEvent('drop', { dataTransfer });
    await source(CSV.name).waitFor();
    await expect(source('Huyện ủy Văn Lâm.xlsx').textContent()).resolves.toContain('Đã nhận');
  });

  it('keeps its sources while another tab is used, and reads the unit sheets of the open workbook', async () => {
    await addFiles(vanLam);
    await source('Huyện ủy Văn Lâm.xlsx').waitFor();
    await pane().getByRole('tab', { name: 'Chèn biểu' }).click();
    await pane().getByLabel('Tên đơn vị', { exact: true }).fill('Huyện ủy Mỹ Hào');
    await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
    await pane().getByRole('status').waitFor();
    await pane().getByRole('tab', { name: 'Tổng hợp' }).click();
    await source('Huyện ủy Văn Lâm.xlsx').waitFor();
    await pane().getByRole('button', { name: 'Lấy các biểu đang có trong sổ' }).click();
    await source('Sổ này').waitFor();
    await expect(source('Sổ này').textContent()).resolves.toContain(`Huyện ủy Mỹ Hào · ${HUYEN} · ${EIGHT_FORMS}`);
    expect(await sources().count()).toBe(2);
  });

  it('leaves out a unit with errors until asked to count it', async () => {
    await addFiles(vanLam, withError);
    await source('Huyện ủy Ân Thi.xlsx').waitFor();
    const excluded = await source('Huyện ủy Ân Thi.xlsx').textContent();
    expect(excluded).toContain('Chưa cộng (có lỗi)');
    expect(excluded).toContain('Huyện ủy Ân Thi · Huyện ủy, thành ủy, thị ủy · Biểu 1 · 1 lỗi');
    expect(excluded).toContain('Đơn vị "Huyện ủy Ân Thi" (Huyện ủy Ân Thi.xlsx) có 1 lỗi nên chưa cộng; sửa lỗi hoặc chọn cộng cả đơn vị có lỗi.');
    await expect(mergeButton(1).isEnabled()).resolves.toBe(true);
    await pane().getByRole('checkbox', { name: 'Cộng cả đơn vị có lỗi' }).check();
    await mergeButton(2).waitFor();
    await expect(source('Huyện ủy Ân Thi.xlsx').textContent()).resolves.toContain('Đã nhận');
  });

  it('writes the summary sheets in one click, and asks before replacing them on a second merge', async () => {
    await mergeTwoUnits();
    const result = await pane().getByText('Đã tổng hợp 2 đơn vị', { exact: false }).textContent();
    expect(result).toContain('vào các sheet: TH Tình hình, TH Dữ liệu, TH Danh sách, TH Biểu 1, TH Biểu 2');
    const written = await sheetNames();
    expect(written).toEqual(expect.arrayContaining(['TH Biểu 1', 'TH Dữ liệu', 'TH Tình hình', 'TH Danh sách']));
    expect(await h.page.evaluate(() => window.fakeExcel.cell('TH Biểu 1', 'D11')?.formula)).toMatch(/^=IF\(COUNTIFS\('TH Dữ liệu'!/);
    await expect(pane().getByText('Danh sách đơn vị: 2/2 đã nộp').count()).resolves.toBe(1);

    const ids = await sheetIds();
    await mergeButton(2).click();
    const dialog = h.page.getByRole('alertdialog', { name: 'Thay các sheet tổng hợp đã tạo lần trước?' });
    await dialog.waitFor();
    const listed = await dialog.getByRole('listitem').allTextContents();
    expect(listed).toEqual(expect.arrayContaining(['TH Tình hình', 'TH Dữ liệu', 'TH Biểu 1']));
    expect(listed).not.toContain('TH Danh sách');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane().getByText('Đã hủy, không sheet nào bị thay.').waitFor();
    expect(await sheetNames()).toEqual(written);
    expect(await sheetIds()).toEqual(ids);
    // The pane leaves the accessibility tree while the dialog is open, and comes back once it has closed.
    await source('Huyện ủy Văn Lâm.xlsx').waitFor();
    expect(await sources().count()).toBe(2);
  });

  it('lists a unit of the roster sheet that sent nothing as missing, with the forms it owes', async () => {
    // Merged before the districts' deadline (30/7/2023), so that the guide's picture is the same on every run.
    await h.page.clock.setFixedTime(new Date(2023, 6, 28, 9, 0));
    // Files that do not say when they were saved: the clerk gives the days they came in, before the deadline.
    const [vanLamFile, myHaoFile] = await Promise.all([withoutSaveTime(vanLam), withoutSaveTime(myHao)]);
    await pickFromDisk([onDisk(vanLamFile, new Date(2023, 6, 20, 16, 30).getTime()), onDisk(myHaoFile, new Date(2023, 6, 25, 10, 15).getTime())]);
    await source('Huyện ủy Mỹ Hào.xlsx').waitFor();
    await source('Huyện ủy Văn Lâm.xlsx').getByLabel('Ngày nhận').fill('2023-07-21');
    await source('Huyện ủy Mỹ Hào.xlsx').getByLabel('Ngày nhận').fill('2023-07-26');
    await mergeButton(2).click();
    await pane().getByText('Đã tổng hợp 2 đơn vị', { exact: false }).waitFor();
    // The user adds a district to the roster the first merge wrote (header on row 4, the two units below).
    expect(await cellValue('TH Danh sách', 'A4')).toBe('Tên đơn vị');
    await h.page.evaluate(() => window.fakeExcel.userType('TH Danh sách', 'A7', 'Huyện ủy Khoái Châu'));
    await h.page.evaluate(() => window.fakeExcel.userType('TH Danh sách', 'B7', 'huyen'));
    await pane().getByRole('button', { name: 'Đọc lại danh sách' }).click();
    await pane().getByText('Danh sách đơn vị: 2/3 đã nộp').waitFor();
    const missing = pane().getByRole('list', { name: 'Đơn vị cần nhắc' }).getByRole('listitem');
    await expect(missing.allTextContents()).resolves.toEqual([expect.stringContaining(`Huyện ủy Khoái Châu (${HUYEN}): chưa nộp ${EIGHT_FORMS} · hạn 30/7/2023Chép lời nhắc`)]);

    await mergeButton(2).click();
    await h.page.getByRole('alertdialog').getByRole('button', { name: 'Xóa và ghi lại' }).click();
    await pane().getByText('Đã tổng hợp 2 đơn vị', { exact: false }).waitFor();
    expect(await cellValue('TH Tình hình', 'A7')).toBe('Huyện ủy Khoái Châu');
    expect(await cellValue('TH Tình hình', 'D7')).toBe('Chưa nhận');
    expect(await cellValue('TH Danh sách', 'A7')).toBe('Huyện ủy Khoái Châu');
    await expect(pane().getByText('Danh sách đơn vị: 2/3 đã nộp').count()).resolves.toBe(1);
    expect(await cellValue('TH Tình hình', 'F5')).toBe('Đúng hạn');
    expect(await cellValue('TH Tình hình', 'G5')).toBe('ngày nhận do người tổng hợp ghi');
    // The grid beside the pane redraws on a timer: the picture waits until it shows the new status sheet.
    await h.page.getByTestId('workbook').getByText('Huyện ủy Khoái Châu').waitFor();
    await screenshotForGuide(h.page, 'tong-hop.png');
  });
});
