// `npm run bench`: what the add-in costs, in the units that matter to Office.js
// (context.sync() round trips, request bytes) and in time for the pure core.
// The sync counts must not grow with rows, forms or units.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { layoutForm } from '../src/core/layout/layoutForm';
import { checkSheets, type FormSheet } from '../src/core/rules/checkForm';
import { createFakeExcel } from '../src/dev/fake-excel';
import { createExcelPort } from '../src/hosts/excel/excelPort';
import { BUILT_IN_CAMPAIGN as CAMPAIGN } from '../src/forms/builtInCampaign';
import { firstLoad, kilobytes } from '../test/support/bundleSize';
import { fillForm } from '../test/support/fill';
import { line } from './line';
import { cliBench } from './cli';
import { designBench } from './design';
import { fileLimitsBench } from './fileLimits';
import { generateUnits, mergeBench } from './merge';
import { openWorkbooksBench } from './openWorkbooks';
import { paneBench } from './pane';

const HUYEN = CAMPAIGN.unitTypes.find((u) => u.key === 'huyen')?.forms ?? [];

/** The forms a unit type inserts: its own, or for a type that fills none (co_so, the province) the optional ones. */
const setOf = (type: (typeof CAMPAIGN.unitTypes)[number]) => (type.forms.length > 0 ? type.forms : (type.optionalForms ?? []));

/** Time the pure core takes to lay out a set's sheet plans, without any host: the mean of 20 runs after the insertion warmed it up. */
function layoutTime(unitType: string, forms: readonly string[]): number {
  const runs = 20;
  const started = performance.now();
  for (let run = 0; run < runs; run += 1) {
    for (const key of forms) {
      const form = CAMPAIGN.forms.find((f) => f.key === key)!;
      const identity = { campaign: CAMPAIGN.key, form: form.key, version: form.version, unitType, mode: 'blank' as const };
      layoutForm({ campaign: CAMPAIGN, form, identity, sheetName: form.sheetName, unitName: 'Huyện ủy Văn Lâm' });
    }
  }
  return (performance.now() - started) / runs;
}

async function insertion(): Promise<void> {
  for (const type of CAMPAIGN.unitTypes) {
    const forms = setOf(type);
    const excel = createFakeExcel({ apiVersion: 1.9 });
    const port = createExcelPort(CAMPAIGN, excel.run, excel.requirements);
    await port.insertForms({ unitType: type.key, unitName: 'Huyện ủy Văn Lâm', forms }, async () => new Map(), () => undefined);
    const kb = Math.max(...excel.stats.requestBytes) / 1024;
    const layout = layoutTime(type.key, forms);
    line(`insert the ${type.key} set (${forms.length} forms)`, `${excel.stats.syncs} syncs, largest request ${kb.toFixed(0)} KB, core layout ${layout.toFixed(1)} ms`);
  }
}

async function checking(): Promise<void> {
  const excel = createFakeExcel();
  const port = createExcelPort(CAMPAIGN, excel.run, excel.requirements);
  await port.insertForms({ unitType: 'huyen', unitName: 'X', forms: HUYEN }, async () => new Map(), () => undefined);
  excel.resetStats();
  await port.checkWorkbook();
  line('check the whole huyen workbook (8 forms), first time', `${excel.stats.syncs} syncs (incl. watching the sheets)`);
  excel.resetStats();
  await port.checkWorkbook();
  line('check the whole huyen workbook (8 forms), again', `${excel.stats.syncs} syncs`);
  let rechecked = 0;
  port.onSheetChecked(() => (rechecked += 1));
  for (const [label, edit] of [
    ['one typed cell', () => excel.userType('Biểu 1', 'D11', '5')],
    ['a paste of 5 × 2 cells', () => excel.userPaste('Biểu 1', 'D11', Array.from({ length: 5 }, () => [1, 2]))],
  ] as const) {
    excel.resetStats();
    const before = rechecked;
    const edited = await edit();
    if (!edited.accepted) throw new Error(`bench: the simulated edit was refused (${edited.reason})`);
    while (rechecked === before) await new Promise((resolve) => setTimeout(resolve, 20));
    line(`syncs per change event: ${label}`, `${excel.stats.syncs} read, 0 write`);
  }
}

function validation(): void {
  const sheets: FormSheet[] = CAMPAIGN.forms
    .filter((f) => HUYEN.includes(f.key))
    .map((form) => {
      const figures = fillForm(form, 11);
      return { form, sheet: form.sheetName, cellAt: (row, column) => ({ value: figures.get(row)?.get(column) ?? null }) };
    });
  const runs = 200;
  const started = performance.now();
  let issues = 0;
  for (let i = 0; i < runs; i += 1) issues = checkSheets(sheets).length;
  line('validate a whole huyen set in the core', `${((performance.now() - started) / runs).toFixed(2)} ms per set (${issues} issues)`);
}

/** Reads an existing dist/ (building here would make the bench slow); the build test holds the budget. */
function bundle(): void {
  const label = 'first-load bundle of the task pane (gzip)';
  const dist = join(__dirname, '..', 'dist');
  if (!existsSync(join(dist, 'taskpane.html'))) {
    line(label, 'no dist/: run `npm run build` first');
    return;
  }
  const pane = firstLoad(dist);
  // `npm test` leaves a development build (with the preview page) in dist/: unminified, far larger.
  const kind = existsSync(join(dist, 'preview.html')) ? 'development build: run `npm run build` for the production figure' : 'production build';
  line(label, `${kilobytes(pane.gzipBytes)} (${pane.files.length} files, ${kilobytes(pane.bytes)} raw; ${kind})`);
}

async function main(): Promise<void> {
  bundle();
  await insertion();
  await checking();
  validation();
  const units = await generateUnits(200);
  await fileLimitsBench(units);
  await mergeBench(units);
  await openWorkbooksBench(units.slice(0, 50));
  await paneBench(units.slice(0, 50));
  await cliBench(units);
  await designBench();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
