import { checkWorkbookFile } from '../../src/hosts/xlsx/checkWorkbookFile';
import { NQ25 } from '../support/campaigns';
import { unitFile, type UnitFile } from '../support/units';
import { closeQuietly, type Harness } from './harness';
import { mergePane, openMergeTab, picked } from './mergePane';

/**
 * What a unit got wrong, in the Tổng hợp tab: cell by cell, in the words
 * `tongket check` prints, copied as a message the clerk can send back; and a
 * merge that counted units with errors says so, in amber, naming them.
 */

jest.setTimeout(90_000);

let vanLam: UnitFile;
/** "1.234" typed as text into a number cell of Biểu 1, and a figure typed with words. */
let anThi: UnitFile;
beforeAll(async () => {
  [vanLam, anThi] = await Promise.all([
    unitFile('Huyện ủy Văn Lâm', 'huyen', 1, { forms: ['B1'] }),
    unitFile('Huyện ủy Ân Thi', 'huyen', 3, {
      forms: ['B1'],
      edit: (wb) => {
        const sheet = wb.getWorksheet('Biểu 1')!;
        sheet.getCell('D11').value = '1.234';
        sheet.getCell('D17').value = '12 cuộc';
      },
    }),
  ]);
});

let h: Harness;
beforeEach(async () => (h = await openMergeTab()));
afterEach(() => closeQuietly(h));

const { pane, pick, source, mergeButton } = mergePane(() => h);

/** What `tongket check` prints of the file, one line per issue, less the file name it starts with. */
async function checkLines(file: UnitFile): Promise<string[]> {
  const check = await checkWorkbookFile({ fallback: NQ25 }, file.name, file.bytes);
  return check.issues.map((issue) => `${issue.severity === 'error' ? 'LỖI' : 'CẢNH BÁO'} ${issue.message}`);
}

describe('a unit’s problems in the Tổng hợp tab', () => {
  it('unfold under its source cell by cell, in the words of tongket check', async () => {
    await pick(picked(vanLam), picked(anThi));
    const item = source(anThi.name);
    await item.waitFor();
    await item.getByRole('button', { name: /^Xem 2 lỗi, \d+ cảnh báo$/ }).click();
    const listed = await item.getByRole('list', { name: 'Lỗi và cảnh báo của Huyện ủy Ân Thi' }).getByRole('listitem').allTextContents();
    expect([...listed].sort()).toEqual((await checkLines(anThi)).sort());
    expect(listed[0]).toMatch(/^LỖI Biểu 1, ô D11: "1\.234" là chữ/);
    // A valid unit may have warnings (blank cells) to open, never errors.
    await expect(source(vanLam.name).getByRole('button', { name: /^Xem [1-9]\d* lỗi/ }).count()).resolves.toBe(0);
  });

  it('are copied as a message the clerk can send back to the unit', async () => {
    await h.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await pick(picked(anThi));
    const item = source(anThi.name);
    await item.waitFor();
    await item.getByRole('button', { name: /^Xem 2 lỗi/ }).click();
    await item.getByRole('button', { name: 'Chép danh sách lỗi' }).click();
    await item.getByText('Đã chép: dán vào thư trả lời đơn vị.').waitFor();
    const letter = await h.page.evaluate(() => navigator.clipboard.readText());
    const lines = letter.split('\n');
    expect(lines[0]).toBe('Kính gửi Huyện ủy Ân Thi,');
    expect(lines[1]).toMatch(/^Tệp Huyện ủy Ân Thi\.xlsx có 2 lỗi, \d+ cảnh báo:$/);
    expect(lines).toContain(`- ${(await checkLines(anThi)).find((l) => l.includes('ô D11'))!.replace(/^LỖI /, 'LỖI: ')}`);
    expect(lines.at(-1)).toBe('Đề nghị đơn vị sửa các ô có lỗi rồi gửi lại tệp.');
  });

  it('make the merge’s result amber, naming the units with errors it counted', async () => {
    await pick(picked(vanLam), picked(anThi));
    await source(anThi.name).waitFor();
    await pane().getByRole('checkbox', { name: 'Cộng cả đơn vị có lỗi' }).check();
    await mergeButton(2).click();
    const bar = pane().getByRole('status').filter({ hasText: 'Đã tổng hợp 2 đơn vị' });
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toContain('Đã cộng cả 1 đơn vị có lỗi: Huyện ủy Ân Thi.');
    const amber = await bar.evaluate((element) => {
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'var(--colorStatusWarningBackground1)';
      element.parentElement?.append(probe);
      const warning = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return getComputedStyle(element).backgroundColor === warning;
    });
    expect(amber).toBe(true);
  });
});
