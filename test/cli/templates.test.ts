import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { asciiFileName } from '../../src/cli/asciiFileName';
import { decodeIdentity } from '../../src/core/identity';
import type { Campaign } from '../../src/forms/schema';
import { CAMPAIGNS, consolidatorOf, EACH_CAMPAIGN, fileOf, fillingUnitType, formsOwedBy, NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'tongket-cli-'));

async function sheetsOf(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((s) => ({ name: s.name, identity: decodeIdentity(s.getCell('A1').value), unitName: s.getCell('A3').value }));
}

/** NQ25 is the built-in campaign, used when no --campaign is given; another is named by its file. */
const campaignArgs = (campaign: Campaign) => (campaign === NQ25 ? [] : ['--campaign', fileOf(campaign)]);

/** "2023-07-30" → "30/7/2023", written here rather than taken from the CLI. */
const vietnameseDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}/${month}/${year}`;
};

describe.each(EACH_CAMPAIGN)('tongket templates for %s', (_name, campaign) => {
  const unitType = fillingUnitType(campaign);
  const owed = formsOwedBy(campaign, unitType);
  const folder = join(dir, campaign.key);
  beforeAll(() => mkdirSync(folder, { recursive: true }));

  it('writes the forms a unit type owes, with the unit’s name in every header', async () => {
    const path = join(folder, 'don-vi.xlsx');
    const result = await cli('templates', ...campaignArgs(campaign), '--unit-type', unitType.key, '--unit-name', 'Đơn vị Văn Lâm', '--out', path);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`${owed.length} biểu`);
    const sheets = await sheetsOf(path);
    expect(sheets.map((s) => s.name)).toEqual(owed.map((f) => f.sheetName));
    for (const sheet of sheets) {
      expect(sheet.unitName).toBe('Đơn vị Văn Lâm');
      expect(sheet.identity).toMatchObject({ campaign: campaign.key, unitType: unitType.key, mode: 'blank' });
    }
  });

  it('writes only the listed forms when --forms is given, whatever their case', async () => {
    const path = join(folder, 'hai-bieu.xlsx');
    const [first, second] = campaign.forms.slice(-2);
    const listed = `${first?.key.toLowerCase()},${second?.key}`;
    expect((await cli('templates', ...campaignArgs(campaign), `--unit-type=${unitType.key}`, '--forms', listed, '--out', path)).code).toBe(0);
    expect((await sheetsOf(path)).map((s) => s.name)).toEqual([first?.sheetName, second?.sheetName]);
  });

  it('refuses an unknown unit type with exit code 2 and lists the valid ones', async () => {
    const result = await cli('templates', ...campaignArgs(campaign), '--unit-type', 'xa', '--out', join(folder, 'x.xlsx'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('Không có loại đơn vị "xa"');
    expect(result.err).toContain(campaign.unitTypes.map((t) => t.key).join(', '));
  });

  it('refuses an unknown form with exit code 2 and lists the valid ones', async () => {
    const result = await cli('templates', ...campaignArgs(campaign), '--unit-type', unitType.key, '--forms', `${owed[0]?.key},X9`, '--out', join(folder, 'x.xlsx'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('Không có biểu X9');
    expect(result.err).toContain(campaign.forms.map((f) => f.key).join(', '));
  });
});

describe('tongket templates without --campaign', () => {
  it('lists the unit types and forms of the built-in campaign, NQ25', async () => {
    const types = await cli('templates', '--unit-type', 'xa', '--out', join(dir, 'x.xlsx'));
    expect(types.err).toContain('huyen, dd_hdnd, bcs_ubnd, dd_mttq, tinh_doan, du_tt, co_so, tinh');
    const forms = await cli('templates', '--unit-type', 'huyen', '--forms', 'B1,B9', '--out', join(dir, 'x.xlsx'));
    expect(forms.err).toContain('B1, B2, B3A, B3B, B3C, B4, B5A, B5B, B6A, B6B');
  });

  it('writes the eight forms of NQ25 that a district committee owes', async () => {
    const path = join(dir, 'huyen.xlsx');
    const result = await cli('templates', '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Văn Lâm', '--out', path);
    expect(result.out).toContain('8 biểu');
    expect((await sheetsOf(path)).map((s) => s.name)).toEqual(['Biểu 1', 'Biểu 2', 'Biểu 3A', 'Biểu 4', 'Biểu 5A', 'Biểu 5B', 'Biểu 6A', 'Biểu 6B']);
  });

  it('explains its usage when the output file is missing', async () => {
    const result = await cli('templates', '--unit-type', 'huyen');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--out');
  });

  it('refuses an unknown command with exit code 2', async () => {
    expect((await cli('tonghop')).code).toBe(2);
  });
});

describe.each(EACH_CAMPAIGN)('tongket templates --all for %s', (_name, campaign) => {
  const kit = join(dir, `bieu-mau-${campaign.key}`);
  const prefix = `Bieu-${asciiFileName(campaign.key.toUpperCase())}`;
  const unitType = fillingUnitType(campaign);
  let result: Awaited<ReturnType<typeof cli>>;
  let readme = '';
  const workbooks = () => readdirSync(kit).filter((name) => name.endsWith('.xlsx'));

  beforeAll(async () => {
    result = await cli('templates', ...campaignArgs(campaign), '--all', '--out-dir', kit);
    readme = readFileSync(join(kit, 'DOC-TRUOC.txt'), 'utf8');
  }, 60_000);

  it('writes one workbook per unit type, named in ASCII without diacritics', () => {
    expect(result.code).toBe(0);
    expect(workbooks()).toHaveLength(campaign.unitTypes.length);
    for (const name of workbooks()) expect(name).toMatch(new RegExp(`^${prefix}-[A-Za-z0-9-]+\\.xlsx$`));
    expect(workbooks()).toContain(`${prefix}-${asciiFileName(unitType.label)}.xlsx`);
    expect(result.out).toContain(`Đã ghi ${campaign.unitTypes.length} tệp biểu mẫu và DOC-TRUOC.txt`);
  });

  it("fills each workbook with its unit type's forms, blank and marked with that unit type", async () => {
    for (const type of campaign.unitTypes) {
      const name = workbooks().find((file) => file.startsWith(`${prefix}-${asciiFileName(type.label)}.`));
      const keys = type.forms.length > 0 ? type.forms : (type.optionalForms ?? []);
      const expected = campaign.forms.filter((f) => keys.includes(f.key)).map((f) => f.sheetName);
      const sheets = await sheetsOf(join(kit, name ?? `no file for ${type.key}`));
      expect({ unitType: type.key, sheets: sheets.map((s) => s.name) }).toEqual({ unitType: type.key, sheets: expected });
      for (const sheet of sheets) {
        expect(sheet.identity).toMatchObject({ campaign: campaign.key, unitType: type.key, mode: 'blank' });
        expect(sheet.unitName).toBeNull();
      }
    }
  });

  it('leaves a Vietnamese README that Notepad shows, naming every file with its unit type, forms and deadline', () => {
    const flat = readme.replace(/\s+/g, ' ');
    expect(readme.startsWith('\uFEFF')).toBe(true);
    expect(readme).toBe(readme.normalize('NFC'));
    expect(readme.split('\r\n').every((line) => line.length <= 80)).toBe(true);
    for (const name of workbooks()) expect(readme).toContain(name);
    for (const type of campaign.unitTypes) expect(flat).toContain(type.label);
    expect(flat).toContain(`Các biểu: ${formsOwedBy(campaign, unitType).map((f) => f.sheetName).join(', ')}`);
    expect(readme).toContain(`Hạn gửi: ${vietnameseDate(unitType.deadline)}`);
    expect(readme).toContain('Kiểm tra (tự động)');
    expect(flat).toContain(consolidatorOf(campaign).label.replace(/\s*\(.*\)$/, ''));
  });

  it('says nothing in its README that belongs to another campaign', () => {
    for (const other of CAMPAIGNS.filter((c) => c !== campaign)) {
      const foreign = [other.shortName, other.texts.issuer, ...other.forms.map((f) => f.sheetName), ...other.unitTypes.map((t) => t.label)];
      expect(foreign.filter((text) => readme.includes(text))).toEqual([]);
    }
  });
});

describe('tongket templates --all, misused', () => {
  it('is a usage error with exit code 2 without --out-dir', async () => {
    const missing = await cli('templates', '--all');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Thiếu --out-dir');
  });

  it('is a usage error with exit code 2 together with the options of one unit type', async () => {
    const mixed = await cli('templates', '--all', '--out-dir', join(dir, 'x'), '--unit-type', 'huyen');
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('không dùng cùng --unit-type');
  });
});

describe('asciiFileName', () => {
  it.each([
    ['Huyện ủy, thành ủy, thị ủy', 'Huyen-uy-thanh-uy-thi-uy'],
    ['Đảng đoàn Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh', 'Dang-doan-Mat-tran-To-quoc-va-cac-to-chuc-chinh-tri-xa-hoi-tinh'],
    ['Ban Dân vận Tỉnh ủy (tổng hợp)', 'Ban-Dan-van-Tinh-uy-tong-hop'],
    ['Huye\u0302\u0323n u\u0309y', 'Huyen-uy'],
    ['  a/b\\c:d*e?"f<g>h|  ', 'a-b-c-d-e-f-g-h'],
  ])('turns "%s" into "%s"', (text, expected) => {
    expect(asciiFileName(text)).toBe(expected);
  });
});
