import { readFileSync } from 'node:fs';
import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import type { Campaign } from '../../src/forms/schema';
import { EACH_CAMPAIGN, fileOf, fillingUnitType, formsOwedBy, NQ25 } from '../support/campaigns';
import { figure } from '../support/fill';
import { unitFile, type UnitFile } from '../support/units';
import { closeQuietly, openPreview, type Harness } from './harness';
import { mergePane, picked } from './mergePane';

/**
 * The path every campaign must support in the pane, run for the built-in one
 * and for a campaign file that shares nothing with it: choose the campaign,
 * insert a unit's forms, see a wrong figure in the Kiểm tra list as it is typed,
 * and merge three units' files into summary forms whose sums are right.
 */

jest.setTimeout(120_000);

let h: Harness;
afterEach(() => closeQuietly(h));

const pane = () => h.page.getByTestId('taskpane');

/** Opens the preview on `campaign`: the built-in one as it comes, another through "Mở bộ biểu…". */
async function openOn(campaign: Campaign): Promise<void> {
  h = await openPreview();
  if (campaign === NQ25) return;
  const chooser = h.page.waitForEvent('filechooser');
  await pane().getByRole('button', { name: 'Mở bộ biểu…' }).click();
  await (await chooser).setFiles({ name: 'bo-bieu.tongket.json', mimeType: 'application/json', buffer: readFileSync(fileOf(campaign)) });
  await pane().locator('header', { hasText: campaign.shortName }).waitFor();
}

describe.each(EACH_CAMPAIGN)('the pane working with %s', (_name, campaign: Campaign) => {
  const unitType = fillingUnitType(campaign);
  const owed = formsOwedBy(campaign, unitType);
  const [first] = owed;
  if (!first) throw new Error(`${campaign.key}: the unit type owes no form`);
  const input = numericInputCells(first)[0];
  if (!input) throw new Error(`${first.key} has no input cell`);
  const inputAddress = addressOf(formGrid(first), input.row, input.column);

  it('inserts a unit’s forms and lists a figure typed with words in it, naming the sheet and cell', async () => {
    await openOn(campaign);
    await pane().getByLabel('Loại đơn vị').selectOption({ label: unitType.label });
    await pane().getByLabel('Tên đơn vị').fill('Đơn vị Văn Lâm');
    await pane().getByRole('button', { name: `Chèn ${owed.length} biểu` }).click();
    await pane().getByRole('status').waitFor();
    expect(await h.page.evaluate(() => window.fakeExcel.sheetNames())).toEqual(owed.map((f) => f.sheetName));
    await pane().getByRole('tab', { name: 'Kiểm tra' }).click();
    await pane().getByText(`${owed.length} biểu:`, { exact: false }).waitFor();
    // Pasted, as from another file: typing it would be stopped by the cell's data validation.
    await h.page.evaluate(([s, a]) => window.fakeExcel.userPaste(s as string, a as string, [['12 người']]), [first.sheetName, inputAddress]);
    const issue = pane().getByRole('region', { name: first.sheetName }).getByRole('button', { name: new RegExp(`^Lỗi: .* › ${inputAddress}: "12 người" có kèm chữ`) });
    await issue.waitFor();
  });

  it('merges three units’ files into summary forms whose input cells are the units’ sums', async () => {
    const units: UnitFile[] = await Promise.all(
      ['Đơn vị Văn Lâm', 'Đơn vị Mỹ Hào', 'Đơn vị Ân Thi'].map((unit, i) => unitFile(unit, unitType.key, 10 + i, { campaign })),
    );
    await openOn(campaign);
    await pane().getByRole('tab', { name: 'Tổng hợp' }).click();
    const merge = mergePane(() => h);
    await merge.pick(...units.map(picked));
    await merge.source('Đơn vị Ân Thi.xlsx').waitFor();
    await merge.pane().getByLabel('Tên đơn vị tổng hợp').fill('Nơi tổng hợp thử');
    await merge.mergeButton(3).click();
    await pane().getByText('Đã tổng hợp 3 đơn vị', { exact: false }).waitFor();
    const expected = units.reduce((total, u) => total + (figure(u.figures.get(first.key) ?? new Map(), input.row, input.column) ?? 0), 0);
    // The summary cell sums the data table's rows of this form, row and column (the in-memory Excel stores formulas, it does not calculate).
    const formula = String(await h.page.evaluate(([s, a]) => window.fakeExcel.cell(s as string, a as string)?.formula, [`TH ${first.sheetName}`, inputAddress]));
    expect(formula).toMatch(/^=IF\(COUNTIFS\('TH Dữ liệu'!.*SUMIFS\(/);
    for (const key of [first.key, input.row, input.column]) expect(formula).toContain(`"${key}"`);
    const tableSum = await h.page.evaluate(
      ([form, row, column]) => {
        let total = 0;
        for (let r = 1; r < 5000; r += 1) {
          const at = (c: string) => window.fakeExcel.cell('TH Dữ liệu', `${c}${r}`)?.value;
          if (at('C') === form && at('D') === row && at('G') === column) total += Number(at('I'));
        }
        return total;
      },
      [first.key, input.row, input.column],
    );
    expect(tableSum).toBe(expected);
  });
});
