import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { templateWorkbook } from '../../../src/hosts/xlsx/templateWorkbook';
import { writePlan } from '../../../src/hosts/xlsx/writePlan';
import type { Campaign, FormDef } from '../../../src/forms/schema';
import { CAMPAIGNS, EACH_CAMPAIGN, fillingUnitType } from '../../support/campaigns';
import { convert } from '../../support/libreoffice';
import { unitFile } from '../../support/units';
import { mergeSupport } from '../../merge/support';

/**
 * What prints is the official form, nothing else: every form of every
 * campaign, blank and as a summary (`TH …`), printed to PDF by LibreOffice
 * (all in one start) and read back with pdftotext, shows its title and its
 * row labels, and neither the Kiểm tra column nor the status line.
 */

jest.setTimeout(240_000);

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'tongket-print-'));

/** pdftotext splits some Vietnamese syllables ("th ực hi ện") and wraps long cells: texts are compared without any white space. */
const squeezed = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

type Printed = { campaign: Campaign; kind: 'blank' | 'summary'; pages: string[] };
const printed: Printed[] = [];

async function summaryForms(campaign: Campaign): Promise<ExcelJS.Workbook> {
  const unit = await unitFile('Đơn vị thử', fillingUnitType(campaign).key, 5, { campaign, forms: campaign.forms.map((f) => f.key) });
  const merged = await mergeSupport(campaign).mergeFiles([unit], { includeUnitsWithErrors: true });
  const workbook = new ExcelJS.Workbook();
  for (const plan of merged.forms) await writePlan(workbook, plan);
  return workbook;
}

beforeAll(async () => {
  const files: { campaign: Campaign; kind: Printed['kind']; path: string }[] = [];
  for (const campaign of CAMPAIGNS) {
    const blank = await templateWorkbook(campaign, { unitType: fillingUnitType(campaign).key, unitName: 'Đơn vị thử', forms: campaign.forms.map((f) => f.key) });
    for (const [kind, workbook] of [
      ['blank', blank],
      ['summary', await summaryForms(campaign)],
    ] as const) {
      const path = join(dir, `${campaign.key}-${kind}.xlsx`);
      await workbook.xlsx.writeFile(path);
      files.push({ campaign, kind, path });
    }
  }
  const pdfs = await convert(
    files.map((f) => f.path),
    'pdf',
    join(dir, 'pdf'),
  );
  for (const [i, pdf] of pdfs.entries()) {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const { campaign, kind } = files[i] as (typeof files)[number];
    printed.push({ campaign, kind, pages: stdout.split('\f').filter((page) => page.trim() !== '') });
  }
});

const FORMS = EACH_CAMPAIGN.flatMap(([name, campaign]) =>
  (['blank', 'summary'] as const).flatMap((kind) => campaign.forms.map((form) => [name, kind, form.key, campaign, form] as const)),
);

describe.each(FORMS)('the %s %s form %s, printed by LibreOffice,', (_name, kind, _key, campaign: Campaign, form: FormDef) => {
  /** The pages that print this form: those that carry its title. */
  const pages = () => {
    const all = printed.find((p) => p.campaign === campaign && p.kind === kind)?.pages ?? [];
    const start = all.findIndex((page) => squeezed(page).includes(squeezed(form.title)));
    if (start < 0) return [];
    const next = campaign.forms.slice(campaign.forms.indexOf(form) + 1).map((f) => all.findIndex((page) => squeezed(page).includes(squeezed(f.title))));
    const end = Math.min(...next.filter((i) => i > start), all.length);
    return all.slice(start, end);
  };

  it('shows the form: its title and every row label', () => {
    const text = squeezed(pages().join('\n'));
    expect(text).toContain(squeezed(form.title));
    const missing = form.rows.filter((row) => !text.includes(squeezed(row.label))).map((row) => row.label);
    expect(missing).toEqual([]);
  });

  it('leaves out the Kiểm tra column and the status line', () => {
    const text = pages().join('\n');
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain('Kiểm tra (tự động)');
    expect(text).not.toContain('Biểu hợp lệ');
    expect(text).not.toMatch(/Có \d+ lỗi/);
  });
});
