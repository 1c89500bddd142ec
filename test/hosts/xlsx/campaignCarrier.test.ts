import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { carriedText, carrierPieces } from '../../../src/core/campaignCarrier';
import { campaignFileText, readCampaignText } from '../../../src/forms/defineForm';
import { carriedCampaign } from '../../../src/hosts/xlsx/carriedCampaign';
import { templateWorkbook } from '../../../src/hosts/xlsx/templateWorkbook';
import { NQ25 } from '../../support/campaigns';
import { convert } from '../../support/libreoffice';

/**
 * A workbook carries the campaign it was made with in each form sheet's hidden
 * marker row, so the forms travel with it: through saving, through copying one
 * sheet into another workbook, and through LibreOffice.
 */

jest.setTimeout(180_000);
const dir = mkdtempSync(join(tmpdir(), 'tongket-carrier-'));

/** NQ25 with a row label and the issuer changed in the file's text, as a clerk would in a text editor. */
const EDITED = readCampaignText(
  campaignFileText(NQ25).replace('"Hội nghị học tập, quán triệt"', '"Hội nghị học tập, quán triệt (kể cả trực tuyến)"').replace('ĐẢNG BỘ TỈNH …', 'ĐẢNG BỘ TỈNH HƯNG YÊN'),
  'nq25-sua.tongket.json',
);

async function saved(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function reopened(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('the campaign a workbook carries', () => {
  it('is the edited campaign the workbook was made with, after saving and reopening', async () => {
    const path = await saved(await templateWorkbook(EDITED, { unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms: ['B1', 'B4'] }), 'saved.xlsx');
    const carried = carriedCampaign(await reopened(path), 'saved.xlsx');
    expect(carried).toEqual(EDITED);
    expect(carried?.texts.issuer).toBe('ĐẢNG BỘ TỈNH HƯNG YÊN');
  });

  it('is in every form sheet, so one sheet copied into another workbook still brings it', async () => {
    const source = await reopened(await saved(await templateWorkbook(EDITED, { unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms: ['B1', 'B4'] }), 'source.xlsx'));
    // Excel's "Move or Copy… to book" copies the sheet's cells, hidden rows included: the model copy does the same.
    const target = new ExcelJS.Workbook();
    target.addWorksheet('Sổ của đơn vị').getCell('A1').value = 'số liệu khác';
    const copy = target.addWorksheet('Biểu 4');
    copy.model = { ...(source.getWorksheet('Biểu 4') as ExcelJS.Worksheet).model, name: 'Biểu 4' } as ExcelJS.WorksheetModel;
    const carried = carriedCampaign(await reopened(await saved(target, 'copied.xlsx')), 'copied.xlsx');
    expect(carried?.key).toBe('nq25');
    expect(carried).toEqual(EDITED);
  });

  it('survives a round trip through LibreOffice, which keeps the hidden row and its long texts', async () => {
    const path = await saved(await templateWorkbook(EDITED, { unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms: ['B1'] }), 'lo.xlsx');
    const [output] = await convert([path], 'xlsx', join(dir, 'out'));
    const carried = carriedCampaign(await reopened(output as string), 'lo.xlsx');
    expect(carried).toEqual(EDITED);
  });

  it('is absent from a file made before workbooks carried campaigns, which is then read with the built-in one', async () => {
    const workbook = await templateWorkbook(NQ25, { unitType: 'huyen', unitName: 'Huyện ủy Văn Lâm', forms: ['B1'] });
    const sheet = workbook.getWorksheet('Biểu 1') as ExcelJS.Worksheet;
    for (let column = 2; column <= 26; column += 1) sheet.getCell(1, column).value = null;
    expect(carriedCampaign(await reopened(await saved(workbook, 'old.xlsx')), 'old.xlsx')).toBeUndefined();
  });
});

describe('the pieces a campaign is cut into', () => {
  it('join back to the same text, in order, however many cells it takes', () => {
    const text = 'x'.repeat(70_000);
    const pieces = carrierPieces(text, 10);
    expect(pieces).toHaveLength(3);
    expect(pieces.every((p) => p.length <= 32_767)).toBe(true);
    expect(carriedText(['marker', ...pieces])).toBe(text);
  });

  it('are not read when one is missing or out of order, rather than read as a broken campaign', () => {
    const pieces = carrierPieces('y'.repeat(70_000), 10);
    expect(carriedText(['marker', pieces[0], pieces[2]])).toBeUndefined();
    expect(carriedText(['marker', pieces[1], pieces[0], pieces[2]])).toBeUndefined();
  });

  it('are not written when the form has too few columns to hold them, so the printed width never grows', () => {
    expect(carrierPieces('z'.repeat(70_000), 2)).toEqual([]);
  });
});
