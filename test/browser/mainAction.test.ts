import type { Locator } from 'playwright-core';
import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { formsOwedBy, NQ25 } from '../support/campaigns';
import { unitFile, type UnitFile } from '../support/units';
import { closeQuietly, DESKTOP, openPreview, type Harness, type PaneSize } from './harness';
import { isInView } from './layout';
import { mergePane, picked } from './mergePane';

/**
 * Each tab's main button, and what it did, are in view without scrolling: at
 * the smallest task pane (320 × 600), a common one (450 × 800) and the
 * preview's column beside the workbook. The button is looked for before it is
 * clicked (a click would scroll to it).
 */

jest.setTimeout(120_000);

const SIZES: readonly [string, PaneSize][] = [
  ['320 × 600', { width: 320, height: 600 }],
  ['450 × 800', { width: 450, height: 800 }],
  ['350 × 900 beside the workbook', DESKTOP],
];

let units: UnitFile[];
beforeAll(async () => {
  units = await Promise.all(['Huyện ủy Văn Lâm', 'Huyện ủy Mỹ Hào', 'Huyện ủy Ân Thi'].map((name, i) => unitFile(name, 'huyen', 10 + i)));
});

let h: Harness;
afterEach(() => closeQuietly(h));

const { pane, pick, source, mergeButton } = mergePane(() => h);

/** The first three input cells of each of the first forms: enough text pasted into numbers for a list longer than the pane. */
const huyen = NQ25.unitTypes.find((t) => t.key === 'huyen')!;
const manyInputs = formsOwedBy(NQ25, huyen).slice(0, 4).flatMap((form) => numericInputCells(form).slice(0, 3).map((cell) => ({ sheet: form.sheetName, address: addressOf(formGrid(form), cell.row, cell.column) })));

describe.each(SIZES)('the pane at %s', (_name, size) => {
  beforeEach(async () => (h = await openPreview('', size)));
  const inView = (element: Locator) => isInView(h.page, size, element);

  it('shows “Chèn 8 biểu” before any scrolling, and its result once clicked', async () => {
    await pane().getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
    const button = pane().getByRole('button', { name: 'Chèn 8 biểu' });
    await expect(inView(button)).resolves.toBe(true);
    await button.click();
    const result = pane().getByRole('status');
    await result.waitFor();
    await expect(inView(result)).resolves.toBe(true);
    await expect(inView(button)).resolves.toBe(true);
  });

  it('shows “Tổng hợp” under a list of sources before any scrolling, and its result once clicked', async () => {
    await pane().getByRole('tab', { name: 'Tổng hợp' }).click();
    await pick(...units.map(picked));
    await source('Huyện ủy Ân Thi.xlsx').waitFor();
    const button = mergeButton(3);
    await expect(inView(button)).resolves.toBe(true);
    await button.click();
    const result = pane().getByText('Đã tổng hợp 3 đơn vị', { exact: false });
    await result.waitFor();
    await expect(inView(result)).resolves.toBe(true);
  });

  it('keeps “Kiểm tra lại toàn bộ” and the count in view at the end of a long list of issues', async () => {
    await pane().getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
    await pane().getByRole('button', { name: 'Chèn 8 biểu' }).click();
    await pane().getByRole('status').waitFor();
    await pane().getByRole('tab', { name: 'Kiểm tra' }).click();
    await pane().getByText('8 biểu:', { exact: false }).waitFor();
    for (const { sheet, address } of manyInputs) await h.page.evaluate(([s, a]) => window.fakeExcel.userPaste(s as string, a as string, [['12 người']]), [sheet, address]);
    await h.page.waitForFunction((n) => document.querySelectorAll('[data-testid="taskpane"] li button[aria-label^="Lỗi: "]').length >= n, manyInputs.length);
    await pane().evaluate((scroller) => scroller.scrollTo(0, scroller.scrollHeight));
    await expect(inView(pane().getByRole('button', { name: 'Kiểm tra lại toàn bộ' }))).resolves.toBe(true);
    await expect(inView(pane().getByRole('status'))).resolves.toBe(true);
  });
});
