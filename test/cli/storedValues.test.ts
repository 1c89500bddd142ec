import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { cli } from '../support/cli';
import { formOneFile } from '../support/formOneFile';
import type { StoredCell } from '../support/sheetXml';

jest.setTimeout(60_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-stored-'));

/** A unit's Biểu 1 (D11 counts documents) with cells typed through ExcelJS, then cells stored as given in the XML. */
const unitFile = (name: string, typed: (sheet: ExcelJS.Worksheet) => void, stored: Record<string, StoredCell> = {}) => formOneFile(dir, name, { typed, stored });

describe('tongket check on a cell whose stored value is no figure', () => {
  it('flags a count Excel turned into a date ("1/7" typed: a serial under a date format), showing the date', async () => {
    const result = await cli(
      'check',
      await unitFile('ngay.xlsx', (sheet) => {
        sheet.getCell('D11').value = 45474;
        sheet.getCell('D11').numFmt = 'd/m';
      }),
    );
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  ngay.xlsx: Biểu 1, ô D11: "1/7/2024" là ngày tháng, không phải số');
  });

  it('flags a date stored as an ISO date (t="d"), which ExcelJS alone would read as the number 2024', async () => {
    const result = await cli('check', await unitFile('iso.xlsx', () => undefined, { D11: { t: 'd', v: '2024-07-01' } }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('Biểu 1, ô D11: "1/7/2024" là ngày tháng, không phải số');
  });

  it('flags a number cell whose stored value is not a number ("12abc"), instead of reading 12', async () => {
    const result = await cli('check', await unitFile('hong.xlsx', () => undefined, { D11: { v: '12abc' } }), '--json');
    expect(result.code).toBe(1);
    const issues = JSON.parse(result.out) as { code: string; address: string; message: string; values: Record<string, unknown> }[];
    expect(issues.find((i) => i.address === 'D11')).toMatchObject({
      code: 'malformed-number',
      values: { D11: '12abc' },
      message: 'Biểu 1, ô D11: giá trị lưu trong ô ("12abc") không phải là số hợp lệ (tệp có thể đã bị sửa bằng chương trình khác); hãy gõ lại con số vào ô này.',
    });
  });

  it('flags a boolean, shown as Excel shows it, and an error value', async () => {
    const result = await cli('check', await unitFile('dung-sai.xlsx', () => undefined, { D11: { t: 'b', v: '1' }, D12: { t: 'e', v: '#N/A' } }));
    expect(result.code).toBe(1);
    expect(result.out).toContain('Biểu 1, ô D11: ô chứa giá trị đúng/sai TRUE, không phải số');
    expect(result.out).toContain('Biểu 1, ô D12: ô chứa giá trị lỗi "#N/A"');
  });
});
