import type ExcelJS from 'exceljs';
import { formatDateTime } from '../../src/core/dates';
import { unitFile, type UnitFile } from '../support/units';
import { closeQuietly, type Harness } from './harness';
import { filesOnDisk, mergePane, openMergeTab, picked } from './mergePane';

jest.setTimeout(180_000);

/** What a provincial office meets on a real day: many files, a slip of the thousands separator, a unit that sent twice, an odd name. */

const DISTRICTS = ['Văn Lâm', 'Mỹ Hào', 'Ân Thi', 'Kim Động', 'Tiên Lữ', 'Phù Cừ', 'Khoái Châu', 'Văn Giang', 'Yên Mỹ', 'Hưng Yên'];
const DAY = 24 * 60 * 60 * 1000;

/** Sixteen districts' full sets of forms: enough that reading them takes a while. */
let many: UnitFile[];
/** Six districts' Biểu 1, with D11 near 1.200 but one 1.234.000: "1.234" read as one million two hundred thousand. */
let sixWithOutlier: UnitFile[];
/** The same district twice: an old file spelled "uỷ", a newer one spelled "ủy", with different figures. */
let oldSpelling: UnitFile;
let newSpelling: UnitFile;
/** A unit whose name, typed by hand, begins with "=". */
let equalsName: UnitFile;
const onDisk = filesOnDisk();

beforeAll(async () => {
  const d11 = (value: number) => ({ forms: ['B1'], edit: (wb: ExcelJS.Workbook) => void (wb.getWorksheet('Biểu 1')!.getCell('D11').value = value) });
  [many, sixWithOutlier, [oldSpelling, newSpelling, equalsName]] = await Promise.all([
    Promise.all(Array.from({ length: 16 }, (_, i) => unitFile(`Đảng ủy xã ${i + 1} huyện ${DISTRICTS[i % DISTRICTS.length]}`, 'huyen', 100 + i))),
    Promise.all(DISTRICTS.slice(0, 6).map((d, i) => unitFile(`Huyện ủy ${d}`, 'huyen', 200 + i, d11(i === 5 ? 1_234_000 : 1000 + i * 100)))),
    Promise.all([
      unitFile('Huyện uỷ Văn Lâm', 'huyen', 1, { forms: ['B1', 'B2'] }),
      unitFile('Huyện ủy Văn Lâm', 'huyen', 2, { forms: ['B1', 'B2'] }),
      unitFile('=Huyện ủy Ổ Gà', 'huyen', 3, { forms: ['B1'] }),
    ]),
  ]);
});

let h: Harness;
beforeEach(async () => (h = await openMergeTab()));
afterEach(() => closeQuietly(h));

const { pane, pick, pickFromDisk, sources, source, mergeButton, cellValue } = mergePane(() => h);
const addFiles = (...files: UnitFile[]) => pick(...files.map(picked));
/** Every cell of every sheet whose value or formula mentions `text`. */
const cellsMentioning = (text: string) =>
  h.page.evaluate(
    (t) =>
      window.fakeExcel.sheetNames().flatMap((name) =>
        [...window.fakeExcel.sheet(name).cells.values()]
          .filter((c) => String(c.value).includes(t) || (c.formula ?? '').includes(t))
          .map((c) => ({ sheet: name, value: c.value, formula: c.formula ?? null })),
      ),
    text,
  );

async function merge(units: number): Promise<void> {
  await mergeButton(units).click();
  await pane().getByText(`Đã tổng hợp ${units} đơn vị`, { exact: false }).waitFor();
}

describe('the Tổng hợp tab with what a province receives', () => {
  it('stops reading many files when the user cancels, keeps those read and says how many were left', async () => {
    // An office computer, slower than this one: a file takes a moment to read, long enough to see and cancel.
    const cpu = await h.page.context().newCDPSession(h.page);
    await cpu.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await addFiles(...many);
    const progress = pane().getByRole('status').getByText(/^Đang đọc ([3-9]|1[0-5])\/16 tệp: Đảng ủy xã /);
    await progress.waitFor();
    await pane().getByRole('button', { name: 'Hủy', exact: true }).click();
    await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const stopped = pane().getByText('Đã dừng đọc', { exact: false });
    await stopped.waitFor();
    const [, added, total, left] = /đã thêm (\d+)\/(\d+) tệp, (\d+) tệp chưa đọc\./.exec((await stopped.textContent()) ?? '') ?? [];
    expect(Number(total)).toBe(16);
    expect(Number(added)).toBeGreaterThanOrEqual(2);
    expect(Number(added) + Number(left)).toBe(16);
    expect(Number(left)).toBeGreaterThan(0);
    // The files read stay listed, in the order picked, and count in the merge.
    await expect(sources().count()).resolves.toBe(Number(added));
    await expect(source(many[0]!.name).textContent()).resolves.toContain('Đã nhận');
    await expect(source(many[Number(added)]!.name).count()).resolves.toBe(0);
    await expect(mergeButton(Number(added)).isEnabled()).resolves.toBe(true);
    await expect(pane().getByRole('button', { name: 'Thêm tệp…' }).isEnabled()).resolves.toBe(true);

    // Picking the rest afterwards adds them once each, and the stop message goes.
    await addFiles(...many.slice(Number(added)));
    await source(many[15]!.name).waitFor();
    await stopped.waitFor({ state: 'detached' });
    await expect(sources().count()).resolves.toBe(16);
    await expect(pane().getByText('Trùng', { exact: true }).count()).resolves.toBe(0);
    await expect(mergeButton(16).isEnabled()).resolves.toBe(true);
  });

  it('warns of a figure a thousand times the other units’ in the same cell, naming the file, unit and cell, and still counts it', async () => {
    await addFiles(...sixWithOutlier);
    await source('Huyện ủy Phù Cừ.xlsx').waitFor();
    const warning = pane().getByText('Số liệu bất thường, hãy kiểm tra lại với đơn vị').locator('xpath=..');
    await warning.waitFor();
    const items = await warning.getByRole('listitem').allTextContents();
    expect(items).toContain(
      'Huyện ủy Phù Cừ.xlsx, Biểu 1 ô D11 của "Huyện ủy Phù Cừ": 1.234.000 gấp hơn 10 lần mức thường thấy ở 5 đơn vị cùng loại (1.200); có thể gõ nhầm dấu phân cách hàng nghìn.',
    );
    expect(items.filter((m) => m.includes('ô D11'))).toHaveLength(1);
    await merge(6);
    // The status sheet keeps the warning beside the unit, for whoever opens the workbook later.
    const noted = (await cellsMentioning('Biểu 1 ô D11 gấp hơn 10 lần mức thường thấy.')).filter((c) => c.sheet === 'TH Tình hình');
    expect(noted).toHaveLength(1);
  });

  it('says nothing is out of line among five units of a type, where each figure has only four others to compare with', async () => {
    await addFiles(...sixWithOutlier.slice(1));
    await source('Huyện ủy Phù Cừ.xlsx').waitFor();
    await expect(mergeButton(5).isEnabled()).resolves.toBe(true);
    await expect(pane().getByText('ô D11', { exact: false }).count()).resolves.toBe(0);
  });

  it('keeps the newer of two files of one unit spelled "uỷ" and "ủy", and says which it used and why', async () => {
    const older = Date.now() - 10 * DAY;
    const newer = Date.now() - DAY;
    // The newer file first, the old one picked later: the date decides, not the order.
    await pickFromDisk(onDisk(newSpelling, newer));
    await source(newSpelling.name).waitFor();
    await pickFromDisk(onDisk(oldSpelling, older));
    await source(oldSpelling.name).waitFor();
    const said =
      `Đơn vị "Huyện ủy Văn Lâm" có 2 tệp: ${newSpelling.name} (${formatDateTime(newer)}), ${oldSpelling.name} (${formatDateTime(older)}); ` +
      `dùng ${newSpelling.name} (tệp mới hơn).`;
    await expect(source(newSpelling.name).textContent()).resolves.toContain('Đã nhận');
    await expect(source(newSpelling.name).textContent()).resolves.toContain(said);
    const old = await source(oldSpelling.name).textContent();
    expect(old).toContain('Trùng');
    expect(old).toContain(said.replace('"Huyện ủy Văn Lâm"', '"Huyện uỷ Văn Lâm"'));
    expect(old).toContain(`Ngày tệp trên máy này: ${formatDateTime(older)}`);
    await expect(pane().getByText('(2 nguồn, 1 đơn vị được cộng)', { exact: false }).count()).resolves.toBe(1);

    await merge(1);
    await expect(cellValue('TH Tình hình', 'A5')).resolves.toBe('Huyện ủy Văn Lâm');
    await expect(cellValue('TH Tình hình', 'D5')).resolves.toBe(newSpelling.name);
    await expect(cellValue('TH Tình hình', 'A6')).resolves.toBeUndefined();
    await expect(cellValue('TH Dữ liệu', 'J5')).resolves.toBe(newSpelling.name);
    await expect(pane().getByText('Danh sách đơn vị: 1/1 đã nộp').count()).resolves.toBe(1);
  });

  it('keeps the older file of a unit instead when the user asks, and says it was their choice', async () => {
    await pickFromDisk(onDisk(oldSpelling, Date.now() - 10 * DAY));
    await source(oldSpelling.name).waitFor();
    await pickFromDisk(onDisk(newSpelling, Date.now() - DAY));
    await source(newSpelling.name).waitFor();
    await expect(source(oldSpelling.name).textContent()).resolves.toContain('Trùng');
    await pane().getByRole('button', { name: `Dùng tệp ${oldSpelling.name} cho Huyện uỷ Văn Lâm` }).click();
    await expect(source(oldSpelling.name).textContent()).resolves.toContain(`dùng ${oldSpelling.name} (theo lựa chọn).`);
    await expect(source(newSpelling.name).textContent()).resolves.toContain('Trùng');
    await expect(source(oldSpelling.name).textContent()).resolves.toContain('Đã nhận');
    await merge(1);
    await expect(cellValue('TH Tình hình', 'D5')).resolves.toBe(oldSpelling.name);
  });

  it('writes a unit name beginning with "=" into the summary sheets as text, never as a formula', async () => {
    await addFiles(equalsName);
    await source(equalsName.name).waitFor();
    await expect(source(equalsName.name).textContent()).resolves.toContain('=Huyện ủy Ổ Gà · Huyện ủy, thành ủy, thị ủy · Biểu 1 · không có lỗi');
    await merge(1);
    for (const [sheet, address] of [
      ['TH Tình hình', 'A5'],
      ['TH Danh sách', 'A5'],
      ['TH Dữ liệu', 'A5'],
    ] as const) {
      await expect(h.page.evaluate(([s, a]) => window.fakeExcel.cell(s, a), [sheet, address] as const)).resolves.toMatchObject({ value: '=Huyện ủy Ổ Gà' });
      await expect(h.page.evaluate(([s, a]) => window.fakeExcel.cell(s, a)?.formula, [sheet, address] as const)).resolves.toBeUndefined();
    }
    await expect(cellsMentioning('Ổ Gà')).resolves.not.toContainEqual(expect.objectContaining({ formula: expect.stringContaining('Ổ Gà') }));
    await expect(pane().getByText('Danh sách đơn vị: 1/1 đã nộp').count()).resolves.toBe(1);

    // A second merge reads the name back from the roster sheet and still finds the unit there.
    await mergeButton(1).click();
    await h.page.getByRole('alertdialog').getByRole('button', { name: 'Xóa và ghi lại' }).click();
    await pane().getByText('Đã tổng hợp 1 đơn vị', { exact: false }).waitFor();
    await expect(cellValue('TH Tình hình', 'A5')).resolves.toBe('=Huyện ủy Ổ Gà');
    await expect(cellValue('TH Tình hình', 'D5')).resolves.toBe(equalsName.name);
    await expect(cellsMentioning('Ổ Gà')).resolves.not.toContainEqual(expect.objectContaining({ formula: expect.stringContaining('Ổ Gà') }));
  });
});
