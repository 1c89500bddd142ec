import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formOneFile } from '../support/formOneFile';
import { closeQuietly, type Harness } from './harness';
import { mergePane, openMergeTab } from './mergePane';

jest.setTimeout(90_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-overflow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let h: Harness;
beforeEach(async () => {
  h = await openMergeTab();
});
afterEach(() => closeQuietly(h));

const { pane, pickFromDisk, source, mergeButton } = mergePane(() => h);

describe('a merge in the pane whose total Excel cannot hold', () => {
  it('says in red at which summary cell two units’ figures add up past Excel’s largest number, and whose they are', async () => {
    // Each figure fits in Excel (below 1E+308); their sum, 1.1E+308, does not.
    const a = await formOneFile(dir, 'a.xlsx', { unit: 'Huyện ủy Văn Lâm', typed: (s) => (s.getCell('D11').value = 6e307) });
    const b = await formOneFile(dir, 'b.xlsx', { unit: 'Huyện ủy Ân Thi', typed: (s) => (s.getCell('D11').value = 5e307) });
    await pickFromDisk([a, b]);
    await source('b.xlsx').waitFor();
    await mergeButton(2).click();
    const outcome = pane().getByRole('status').filter({ hasText: 'Đã tổng hợp 2 đơn vị' });
    await outcome.waitFor();
    await expect(outcome.textContent()).resolves.toContain('TH Biểu 1, ô D11: tổng của 2 đơn vị vượt quá số lớn nhất Excel lưu được');
    await expect(outcome.textContent()).resolves.toContain('"Huyện ủy Văn Lâm" (Biểu 1 6E+307), "Huyện ủy Ân Thi" (Biểu 1 5E+307)');
  });
});
