// Renders a unit type's forms, filled with sample figures, to PDF and PNG pages
// through LibreOffice, the way a user would print them; copies page 1 of Biểu 1
// to docs/ for the README.  Usage: npx tsx scripts/render-forms.ts [unitType] [outDir]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { formGrid } from '../src/core/layout/grid';
import { BUILT_IN_CAMPAIGN as CAMPAIGN } from '../src/forms/builtInCampaign';
import { templateWorkbook } from '../src/hosts/xlsx/templateWorkbook';
import { fillForm } from '../test/support/fill';
import { convert } from '../test/support/libreoffice';

async function main(): Promise<void> {
  const unitType = process.argv[2] ?? 'huyen';
  const outDir = resolve(process.argv[3] ?? 'test/artifacts/render');
  mkdirSync(outDir, { recursive: true });
  const type = CAMPAIGN.unitTypes.find((u) => u.key === unitType);
  if (!type) throw new Error(`Không có loại đơn vị "${unitType}"`);
  const workbook = await templateWorkbook(CAMPAIGN, { unitType, unitName: 'Huyện ủy Văn Lâm', forms: type.forms });
  for (const form of CAMPAIGN.forms.filter((f) => type.forms.includes(f.key))) {
    const sheet = workbook.getWorksheet(form.sheetName) as ExcelJS.Worksheet;
    const grid = formGrid(form);
    for (const [row, columns] of fillForm(form, 7, 0.1))
      for (const [column, value] of columns) sheet.getCell((grid.rowOf.get(row) as number) + 1, (grid.columnOf.get(column) as number) + 1).value = value;
  }
  const xlsx = join(outDir, `${unitType}.xlsx`);
  await workbook.xlsx.writeFile(xlsx);
  const [pdf] = await convert([xlsx], 'pdf', outDir);
  execFileSync('pdftoppm', ['-png', '-r', '110', pdf as string, join(outDir, unitType)]);
  const pages = readdirSync(outDir).filter((f) => f.startsWith(`${unitType}-`) && f.endsWith('.png')).sort();
  mkdirSync('docs', { recursive: true });
  if (pages[0]) copyFileSync(join(outDir, pages[0]), join('docs', 'bieu-1.png'));
  process.stdout.write(`${pdf}\n${pages.map((p) => join(outDir, p)).join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
