import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { templateWorkbook } from '../../src/hosts/xlsx/templateWorkbook';
import { NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';
import { unitFile as filledUnit } from '../support/units';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-merged-'));

/** A unit's Biểu 1 (D11 and E11 count documents, F11 is their total) with figures typed and `edit` applied. */
async function unitFile(name: string, unit: string, edit: (sheet: ExcelJS.Worksheet) => void = () => undefined): Promise<string> {
  const workbook = await templateWorkbook(NQ25, { unitType: 'huyen', unitName: unit, forms: ['B1'] });
  const sheet = workbook.getWorksheet('Biểu 1') as ExcelJS.Worksheet;
  sheet.getCell('D11').value = 3;
  sheet.getCell('E11').value = 4;
  edit(sheet);
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

describe('input cells merged together in a unit’s copy', () => {
  it('are an error at the merged range, naming the cell whose figure is lost', async () => {
    const result = await cli('check', await unitFile('gop.xlsx', 'Huyện ủy Văn Lâm', (s) => s.mergeCells('D11:E11')));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'LỖI  gop.xlsx: Biểu 1, ô D11:E11: các ô nhập số liệu bị gộp lại thành một ô, nên Excel chỉ giữ số ở ô D11, số ở ô E11 bị mất; ' +
        'hãy bỏ gộp (Trang đầu › Hợp nhất và Căn giữa › Bỏ hợp nhất ô) rồi gõ lại số của từng ô.',
    );
  });

  it('count an input merged with the total beside it, and a Ghi chú merged over several rows', async () => {
    const result = await cli(
      'check',
      await unitFile('gop-2.xlsx', 'Huyện ủy Văn Lâm', (s) => {
        s.mergeCells('E12:F12');
        s.mergeCells('G11:G13');
      }),
      '--json',
    );
    const merged = (JSON.parse(result.out) as { code: string; address: string }[]).filter((i) => i.code === 'merged-inputs');
    // In reading order: row 11 first.
    expect(merged.map((i) => i.address)).toEqual(['G11:G13', 'E12:F12']);
  });

  it('keep the unit out of the merge, like any other error', async () => {
    const merged = await unitFile('gop-3.xlsx', 'Huyện ủy Văn Lâm', (s) => s.mergeCells('D11:E11'));
    const good = await unitFile('tot.xlsx', 'Huyện ủy Ân Thi');
    const result = await cli('merge', merged, good, '--out', join(dir, 'tong.xlsx'), '--json');
    const report = JSON.parse(result.out) as { units: { unit: string; included: boolean; errors: number }[] };
    expect(report.units).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unit: 'Huyện ủy Văn Lâm', included: false, errors: 1 }),
        expect.objectContaining({ unit: 'Huyện ủy Ân Thi', included: true, errors: 0 }),
      ]),
    );
  });

  it('are never found in forms as the templates lay them out, whatever their merged headers', async () => {
    const unit = await filledUnit('Huyện ủy Văn Lâm', 'huyen', 1);
    const path = join(dir, unit.name);
    writeFileSync(path, unit.bytes);
    const issues = JSON.parse((await cli('check', path, '--json')).out) as { code: string }[];
    expect(issues.filter((i) => i.code === 'merged-inputs')).toEqual([]);
  });
});
