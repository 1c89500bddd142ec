import { createFakeExcel, type FakeExcel } from '../../../src/dev/fake-excel';
import { createExcelPort } from '../../../src/hosts/excel/excelPort';
import { reportText } from '../../../src/taskpane/components/SelfTest/reportText';
import type { Campaign } from '../../../src/forms/schema';
import type { SelfTestStep } from '../../../src/ports/workbookPort';
import { consolidate } from '../../../src/core/merge/consolidate';
import { consolidatorOf, EACH_CAMPAIGN, fillingUnitType, formsOwedBy } from '../../support/campaigns';

describe.each(EACH_CAMPAIGN)('the installation self-test of %s', (_name, campaign: Campaign) => {
  const port = (excel: FakeExcel) => createExcelPort(campaign, excel.run, excel.requirements, { cellEditRetryMs: [] });

  async function withUserSheets(apiVersion = 1.9) {
    const excel = createFakeExcel({ apiVersion });
    excel.userAddSheet('Ghi chép', { A1: 'của người dùng', B2: 5 });
    const unitType = fillingUnitType(campaign);
    await port(excel).insertForms({ unitType: unitType.key, unitName: 'Đơn vị thật', forms: formsOwedBy(campaign, unitType).map((f) => f.key) }, async () => new Map(), () => undefined);
    return excel;
  }

  it.each([1.8, 1.9])('passes every step in the in-memory Excel (ExcelApi %s) and leaves exactly the sheets that were there', async (apiVersion) => {
    const excel = await withUserSheets(apiVersion);
    const before = excel.sheetNames();
    const snapshot = before.map((name) => JSON.stringify([...excel.sheet(name).cells.entries()]));
    const seen: (readonly SelfTestStep[])[] = [];
    const report = await port(excel).runSelfTest((steps) => seen.push(steps));
    expect(report.steps.filter((s) => s.status !== 'passed')).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.steps.map((s) => s.key)).toEqual(['prepare', 'insert', 'write', 'check', 'readBack', 'merge', 'cleanUp']);
    expect(report.steps.every((s) => s.syncs > 0)).toBe(true);
    expect(excel.sheetNames()).toEqual(before);
    expect(report.sheetsAfter).toEqual(before);
    expect(before.map((name) => JSON.stringify([...excel.sheet(name).cells.entries()]))).toEqual(snapshot);
    // The pane sees each step run and finish.
    expect(seen.some((steps) => steps.some((s) => s.status === 'running'))).toBe(true);
    expect(report.steps.find((s) => s.key === 'check')?.message).toContain('12 người');
  });

  it('runs on a workbook with a single sheet', async () => {
    const excel = createFakeExcel({ apiVersion: 1.9 });
    excel.userAddSheet('Sheet1');
    const report = await port(excel).runSelfTest(() => undefined);
    expect(report.passed).toBe(true);
    expect(excel.sheetNames()).toEqual(['Sheet1']);
  });

  it('leaves the summaries of an earlier merge alone: nothing is replaced, nobody is asked', async () => {
    const excel = await withUserSheets();
    const merging = port(excel);
    const { source, roster } = await merging.readWorkbookSources('2026-01-02 03:04');
    const by = consolidatorOf(campaign);
    const consolidation = consolidate(campaign, { reads: [source], options: { includeUnitsWithErrors: true }, by: { unitName: 'Tỉnh', unitType: by.key }, roster, mergedAt: '2/1/2026 03:04' });
    expect((await merging.writeConsolidation(consolidation, async () => true, () => undefined)).cancelled).toBe(false);
    const before = excel.sheetNames();
    const snapshot = before.map((name) => JSON.stringify([...excel.sheet(name).cells.entries()]));
    const report = await port(excel).runSelfTest(() => undefined);
    expect(report.steps.filter((s) => s.status !== 'passed')).toEqual([]);
    expect(excel.sheetNames()).toEqual(before);
    expect(before.map((name) => JSON.stringify([...excel.sheet(name).cells.entries()]))).toEqual(snapshot);
  });

  it.each([2, 4, 6, 9, 14])('deletes its temporary sheets when sync %i fails, and says which step failed', async (n) => {
    const excel = await withUserSheets();
    const before = excel.sheetNames();
    excel.failSync(n, { code: 'GeneralException', message: 'Lỗi giả lập' });
    const report = await port(excel).runSelfTest(() => undefined);
    expect(report.passed).toBe(false);
    const failed = report.steps.find((s) => s.status === 'failed');
    expect(failed?.message).toContain('Excel gặp lỗi bên trong khi làm việc này; hãy làm lại, nếu vẫn lỗi hãy đóng rồi mở lại sổ (mã lỗi Excel: GeneralException).');
    expect(report.steps.at(-1)?.status).toBe('passed');
    expect(excel.sheetNames()).toEqual(before);
    expect(reportText(report)).toContain('[LỖI]');
  });

  it('refuses a workbook whose structure is protected, in Vietnamese, before writing anything', async () => {
    const excel = await withUserSheets();
    const before = excel.sheetNames();
    await excel.run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    const report = await port(excel).runSelfTest(() => undefined);
    expect(report.steps[0]?.status).toBe('failed');
    expect(report.steps[0]?.message).toMatch(/bảo vệ cấu trúc/);
    expect(report.steps.slice(1, -1).every((s) => s.status === 'skipped')).toBe(true);
    expect(excel.sheetNames()).toEqual(before);
  });

  it('writes a report to copy: environment, requirement sets and every step with its syncs', async () => {
    const excel = createFakeExcel({ apiVersion: 1.8 });
    excel.userAddSheet('Sheet1');
    const report = await port(excel).runSelfTest(() => undefined);
    const text = reportText(report, new Date(2026, 0, 2, 3, 4));
    expect(text).toContain('Excel: không rõ phiên bản · không rõ nền tảng');
    expect(text).toContain('ExcelApi 1.8 có, ExcelApi 1.9 không, ExcelApi 1.13 không');
    expect(text.match(/\[ĐẠT\]/g)).toHaveLength(7);
    expect(text).toMatch(/lần đồng bộ/);
  });
});
