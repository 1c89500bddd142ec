import { unitFile, type UnitFile } from '../support/units';
import { axeViolations, blocking } from './axe';
import { closeQuietly, screenshotForGuide, type Harness } from './harness';
import { mergePane, openMergeTab, picked } from './mergePane';

/**
 * Accepting and returning units in the Tổng hợp tab: the decision shows on the
 * unit's line, a merge can count only approved units, the status sheet and the
 * roster sheet carry the decisions and reasons, a decision made once the roster
 * exists is written into it at once, and a return and a reminder are copied as
 * messages to send.
 */

jest.setTimeout(120_000);

const REASON = 'Biểu 1 thiếu chữ ký người lập biểu';

let vanLam: UnitFile;
let myHao: UnitFile;
beforeAll(async () => {
  [vanLam, myHao] = await Promise.all([unitFile('Huyện ủy Văn Lâm', 'huyen', 1, { forms: ['B1'] }), unitFile('Huyện ủy Mỹ Hào', 'huyen', 2, { forms: ['B1'] })]);
});

let h: Harness;
beforeEach(async () => (h = await openMergeTab()));
afterEach(() => closeQuietly(h));

const { pane, pick, source, mergeButton } = mergePane(() => h);
const clipboard = () => h.page.evaluate(() => navigator.clipboard.readText());

/** A table sheet's row as header → value, the header in row 4 (row 1 is the marker, 2–3 the titles). */
async function tableRow(sheet: string, row: number): Promise<Record<string, unknown>> {
  return h.page.evaluate(
    ([name, at]) => {
      const entries: [string, unknown][] = [];
      for (let i = 0; i < 26; i += 1) {
        const column = String.fromCharCode(65 + i);
        const header = window.fakeExcel.cell(name as string, `${column}4`)?.value;
        if (typeof header === 'string' && header !== '') entries.push([header, window.fakeExcel.cell(name as string, `${column}${at as number}`)?.value ?? '']);
      }
      return Object.fromEntries(entries);
    },
    [sheet, row] as const,
  );
}

async function returnUnit(unit: string, file: string, reason: string): Promise<void> {
  await source(file).getByRole('button', { name: `Trả lại ${unit}` }).click();
  const dialog = h.page.getByRole('dialog', { name: `Trả lại biểu của ${unit}?` });
  await dialog.getByRole('textbox', { name: 'Lý do trả lại' }).fill(reason);
  await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('approving and returning units in the Tổng hợp tab', () => {
  it('asks why a unit is returned, with Hủy focused, no serious axe violation, and Escape changes nothing', async () => {
    await pick(picked(myHao));
    const item = source(myHao.name);
    await item.getByRole('button', { name: 'Trả lại Huyện ủy Mỹ Hào' }).click();
    const dialog = h.page.getByRole('dialog', { name: 'Trả lại biểu của Huyện ủy Mỹ Hào?' });
    await dialog.waitFor();
    await expect(dialog.getByRole('button', { name: 'Hủy' }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await expect(dialog.getByRole('button', { name: 'Trả lại', exact: true }).isDisabled()).resolves.toBe(true);
    expect(blocking(await axeViolations(h.page))).toEqual([]);
    await h.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await item.getByText('Chưa duyệt', { exact: true }).waitFor();
    await expect(item.getByText('Trả lại', { exact: true }).count()).resolves.toBe(0);
  });

  it('merges only the approved unit when asked, and writes the decisions and the reason into the status sheet and the roster', async () => {
    await h.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await pick(picked(vanLam), picked(myHao));
    await source(myHao.name).waitFor();
    await source(vanLam.name).getByRole('button', { name: 'Duyệt Huyện ủy Văn Lâm' }).click();
    await source(vanLam.name).getByText('Đã duyệt', { exact: true }).waitFor();
    await returnUnit('Huyện ủy Mỹ Hào', myHao.name, REASON);
    await source(myHao.name).getByText(`Lý do: ${REASON}`).waitFor();

    await pane().getByRole('checkbox', { name: 'Chỉ cộng đơn vị đã duyệt' }).check();
    await expect(source(myHao.name).textContent()).resolves.toContain('đã bị trả lại (Biểu 1 thiếu chữ ký người lập biểu) nên chưa cộng');
    await mergeButton(1).click();
    await pane().getByText('Đã tổng hợp 1 đơn vị', { exact: false }).waitFor();
    await screenshotForGuide(h.page, 'duyet.png');

    expect(await tableRow('TH Tình hình', 5)).toMatchObject({ 'Đơn vị': 'Huyện ủy Văn Lâm', 'Cộng vào tổng hợp': 'Có', Duyệt: 'Đã duyệt', 'Lý do trả lại': '' });
    expect(await tableRow('TH Tình hình', 6)).toMatchObject({ 'Đơn vị': 'Huyện ủy Mỹ Hào', 'Cộng vào tổng hợp': 'Không (chưa duyệt)', Duyệt: 'Trả lại', 'Lý do trả lại': REASON });
    expect(await tableRow('TH Danh sách', 6)).toMatchObject({ 'Tên đơn vị': 'Huyện ủy Mỹ Hào', Duyệt: 'Trả lại', 'Lý do trả lại': REASON });

    // The return, as a message to the unit: its name, the reason, the deadline.
    await source(myHao.name).getByRole('button', { name: 'Chép thư trả lại cho Huyện ủy Mỹ Hào' }).click();
    await source(myHao.name).getByText('Đã chép thư trả lại', { exact: false }).waitFor();
    const letter = (await clipboard()).split('\n');
    expect(letter[0]).toBe('Kính gửi Huyện ủy Mỹ Hào,');
    expect(letter).toContain(`Lý do: ${REASON}`);
    expect(letter).toContain('Đề nghị đơn vị sửa và gửi lại sớm (hạn nộp ngày 30/7/2023).');

    // Once the roster exists a decision goes into it at once, and is read back from it.
    await source(myHao.name).getByRole('button', { name: 'Duyệt Huyện ủy Mỹ Hào' }).click();
    await h.page.waitForFunction(() => window.fakeExcel.cell('TH Danh sách', 'C6')?.value === 'Đã duyệt');
    expect(await tableRow('TH Danh sách', 6)).toMatchObject({ Duyệt: 'Đã duyệt', 'Lý do trả lại': '' });
    await mergeButton(2).waitFor();
  });

  it('lists the units still owing forms under Nhắc nộp, and copies a reminder naming the forms and the deadline', async () => {
    await h.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await pick(picked(vanLam));
    const reminders = pane().getByRole('region', { name: 'Nhắc nộp' });
    const item = reminders.getByRole('listitem', { name: 'Huyện ủy Văn Lâm' });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('còn thiếu Biểu 2, 3A, 4, 5A, 5B, 6A, 6B');
    await item.getByRole('button', { name: 'Chép lời nhắc cho Huyện ủy Văn Lâm' }).click();
    await item.getByText('Đã chép lời nhắc', { exact: false }).waitFor();
    const reminder = (await clipboard()).split('\n');
    expect(reminder[0]).toBe('Kính gửi Huyện ủy Văn Lâm,');
    expect(reminder[1]).toContain('còn thiếu Biểu 2, Biểu 3A, Biểu 4, Biểu 5A, Biểu 5B, Biểu 6A, Biểu 6B.');
    expect(reminder[1]).toContain('Hạn nộp là ngày 30/7/2023, nay đã quá hạn.');
  });
});
