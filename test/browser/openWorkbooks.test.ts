import type { Page } from 'playwright-core';
import { unitFile, type UnitFile } from '../support/units';
import { closeQuietly, screenshotForGuide, type Harness } from './harness';
import { mergePane, openMergeTab, picked } from './mergePane';
import { summaryCells, unitBooks, type Books } from './openBooksPages';

jest.setTimeout(180_000);

/** Units' workbooks open in Excel, each in a page of its own beside the province's: "Sổ đang mở" in the Tổng hợp tab. */

const HUYEN = 'Huyện ủy, thành ủy, thị ủy';
let units: UnitFile[];
beforeAll(async () => {
  units = await Promise.all(['Huyện ủy Văn Lâm', 'Huyện ủy Mỹ Hào', 'Huyện ủy Ân Thi', 'Huyện ủy Kim Động'].map((name, i) => unitFile(name, 'huyen', i + 1)));
});

let h: Harness;
let books: Books;
beforeEach(async () => {
  h = await openMergeTab();
  books = await unitBooks(h);
});
afterEach(async () => {
  expect(books.consoleMessages.filter((m) => !m.includes('React DevTools'))).toEqual([]);
  await closeQuietly(h);
});

const { pane, sources, source, mergeButton } = mergePane(() => ({ ...h, page: books.summary }));
const openSection = () => pane().getByRole('region', { name: 'Sổ đang mở' });
const openBook = (name: string) => openSection().getByRole('listitem', { name });
const heading = (n: number) => openSection().getByRole('heading', { name: `Sổ đang mở (${n})` });

/**
 * The summaries written, sheet by sheet; TH Dữ liệu's rows name each unit's file by
 * its SHA-256, which differs (the pane sends the workbook as Excel holds it, not the
 * bytes the unit saved), and the time it was read: both are set aside.
 */
const comparable = (sheets: Awaited<ReturnType<typeof summaryCells>>) =>
  Object.fromEntries(
    Object.entries(sheets).map(([name, cells]) => [
      name,
      cells.map(([key, value, formula]) => [key, typeof value === 'string' && /^[0-9a-f]{64}$|^\d{1,2}\/\d{1,2}\/\d{4} \d\d:\d\d$/.test(value) ? '…' : value, formula]),
    ]),
  );
const SUMMARY_SHEETS = ['TH Dữ liệu', 'TH Biểu 1', 'TH Biểu 2', 'TH Biểu 3A', 'TH Biểu 4', 'TH Biểu 5A', 'TH Biểu 5B', 'TH Biểu 6A', 'TH Biểu 6B'];

describe('workbooks open in other panes, in Chromium', () => {
  it('appear with their unit, forms and problems, and disappear when closed', async () => {
    await heading(0).waitFor();
    const vanLam = await books.open(units[0]!);
    await openBook('Huyện ủy Văn Lâm.xlsx').waitFor();
    await expect(openBook('Huyện ủy Văn Lâm.xlsx').textContent()).resolves.toContain(`Huyện ủy Văn Lâm · ${HUYEN} · Biểu 1, 2, 3A, 4, 5A, 5B, 6A, 6B · không có lỗi`);
    // The unit's pane sees the province's workbook too, though it has no forms yet.
    await vanLam.getByTestId('taskpane').getByRole('tab', { name: 'Tổng hợp' }).click();
    await vanLam.getByTestId('taskpane').getByRole('region', { name: 'Sổ đang mở' }).getByText('Sổ không có biểu nào.').waitFor();
    // Its pane says bye as the page goes (pagehide): gone well before its announcement would expire (15 s).
    await vanLam.close({ runBeforeUnload: true });
    await heading(0).waitFor({ timeout: 5_000 });
  });

  it('disappear when their pane stops answering, once the announcement expires', async () => {
    const vanLam = await books.open(units[0]!);
    await openBook('Huyện ủy Văn Lâm.xlsx').waitFor();
    // Nothing it says arrives any more, neither on the channel nor in the registry: a pane whose Excel hangs.
    await vanLam.evaluate(() => {
      BroadcastChannel.prototype.postMessage = () => undefined;
      IDBObjectStore.prototype.put = function put(this: IDBObjectStore) {
        throw new DOMException('stopped', 'InvalidStateError');
      };
    });
    const silent = Date.now();
    await heading(0).waitFor({ timeout: 40_000 });
    // Not at once: only once its last announcement is older than 15 s.
    expect(Date.now() - silent).toBeGreaterThan(5_000);
  });

  it('are added with one click, sent by their panes, and merge as the same files picked by hand', async () => {
    const pages: Page[] = [];
    for (const unit of units) pages.push(await books.open(unit));
    await heading(4).waitFor();
    await screenshotForGuide(books.summary, 'so-dang-mo.png');
    await pane().getByRole('button', { name: 'Thêm tất cả (4 sổ)' }).click();
    await source('Huyện ủy Văn Lâm.xlsx').waitFor();
    await expect(sources().count()).resolves.toBe(4);
    for (const unit of units) await expect(source(unit.name).textContent()).resolves.toContain('Đã nhận');
    await expect(pane().getByRole('button', { name: 'Thêm tất cả' }).isDisabled()).resolves.toBe(true);
    await mergeButton(4).click();
    await pane().getByText('Đã tổng hợp 4 đơn vị', { exact: false }).waitFor();
    const fromOpenBooks = await summaryCells(books.summary, SUMMARY_SHEETS);
    // Nothing was written to the units' workbooks.
    for (const page of pages) await expect(page.evaluate(() => window.fakeExcel.sheetNames())).resolves.toEqual(['Biểu 1', 'Biểu 2', 'Biểu 3A', 'Biểu 4', 'Biểu 5A', 'Biểu 5B', 'Biểu 6A', 'Biểu 6B']);

    const byHand = await openMergeTab();
    try {
      const hand = mergePane(() => byHand);
      // In the order "Thêm tất cả" added them: the open workbooks' list is sorted by name.
      await hand.pick(...[...units].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map(picked));
      await hand.source('Huyện ủy Kim Động.xlsx').waitFor();
      await hand.mergeButton(4).click();
      await hand.pane().getByText('Đã tổng hợp 4 đơn vị', { exact: false }).waitFor();
      expect(comparable(await summaryCells(byHand.page, SUMMARY_SHEETS))).toEqual(comparable(fromOpenBooks));
    } finally {
      await closeQuietly(byHand);
    }
  });

  it('send their forms’ values where Excel gives no file of the workbook (Excel on the web), summed the same', async () => {
    await books.open(units[0]!, '&web=1');
    await books.open(units[1]!);
    await heading(2).waitFor();
    await pane().getByRole('button', { name: 'Thêm tất cả (2 sổ)' }).click();
    await source('Huyện ủy Văn Lâm.xlsx').waitFor();
    await source('Huyện ủy Mỹ Hào.xlsx').waitFor();
    for (const unit of units.slice(0, 2)) await expect(source(unit.name).textContent()).resolves.toContain('Đã nhận');
    await mergeButton(2).click();
    await pane().getByText('Đã tổng hợp 2 đơn vị', { exact: false }).waitFor();
    const forms = SUMMARY_SHEETS.filter((name) => name !== 'TH Dữ liệu');
    const fromOpenBooks = await summaryCells(books.summary, forms);

    const byHand = await openMergeTab();
    try {
      const hand = mergePane(() => byHand);
      await hand.pick(...units.slice(0, 2).sort((a, b) => a.name.localeCompare(b.name, 'vi')).map(picked));
      await hand.source('Huyện ủy Mỹ Hào.xlsx').waitFor();
      await hand.mergeButton(2).click();
      await hand.pane().getByText('Đã tổng hợp 2 đơn vị', { exact: false }).waitFor();
      expect(comparable(await summaryCells(byHand.page, forms))).toEqual(comparable(fromOpenBooks));
    } finally {
      await closeQuietly(byHand);
    }
  });
});
