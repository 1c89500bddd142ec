// Merge throughput: 200 generated huyen workbooks (8 forms each, valid random figures).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { consolidate, previewMerge } from '../src/core/merge/consolidate';
import type { SourceRead } from '../src/core/merge/types';
import { HEADER_BLOCK } from '../src/core/layout/grid';
import { createFakeExcel } from '../src/dev/fake-excel';
import { createExcelPort } from '../src/hosts/excel/excelPort';
import { readSourceFile } from '../src/hosts/xlsx/readSourceFile';
import { BUILT_IN_CAMPAIGN as CAMPAIGN } from '../src/forms/builtInCampaign';
import { unitFile, type UnitFile } from '../test/support/units';
import { line } from './line';

const READ_AT = '25/11/2026 09:00';

async function generate(count: number): Promise<UnitFile[]> {
  const files: UnitFile[] = [];
  for (let i = 0; i < count; i += 1) files.push(await unitFile(`Huyện ủy số ${i + 1}`, 'huyen', 1000 + i));
  return files;
}

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function readAll(files: readonly UnitFile[]): Promise<SourceRead[]> {
  const reads = [];
  for (const f of files) reads.push(await readSourceFile(CAMPAIGN, { name: f.name, bytes: f.bytes, modified: undefined }, READ_AT));
  return reads;
}

const OPTIONS = { includeUnitsWithErrors: false };

async function mergeOf(files: readonly UnitFile[]) {
  return consolidateReads(await readAll(files));
}

function consolidateReads(reads: readonly SourceRead[]) {
  return consolidate(CAMPAIGN, { reads, options: OPTIONS, by: { unitName: 'Ban Dân vận Tỉnh ủy', unitType: 'tinh' }, roster: undefined, mergedAt: READ_AT });
}

/** What the pane recomputes on each change of its sources or options, once the files are read: the mean of 5 runs. */
async function previewTime(files: readonly UnitFile[]): Promise<number> {
  const reads = await readAll(files);
  const started = performance.now();
  for (let run = 0; run < 5; run += 1) previewMerge(CAMPAIGN, { reads, options: OPTIONS, roster: undefined });
  return (performance.now() - started) / 5;
}

/**
 * `count` units made from the files read: each read again under a unit name of
 * its own (the header's A3) and a content hash of its own, so the merge takes
 * them as different units. Generating a thousand workbooks would take minutes
 * and measure nothing more: the summary's size follows the number of units.
 */
function asManyUnits(reads: readonly SourceRead[], count: number): SourceRead[] {
  return Array.from({ length: count }, (_, i): SourceRead => {
    const read = reads[i % reads.length] as SourceRead;
    if (read.kind !== 'read') return read;
    const unit = `Đơn vị số ${i + 1}`;
    const sheets = read.sheets.map((sheet) => ({ ...sheet, values: sheet.values.map((row, r) => (r === HEADER_BLOCK.unitName ? [unit, ...row.slice(1)] : row)) }));
    return { ...read, source: { ...read.source, label: `${unit}.xlsx`, sha256: String(i).padStart(64, '0') }, sheets };
  });
}

async function excelWrite(files: readonly UnitFile[], units = files.length) {
  const consolidation = consolidateReads(asManyUnits(await readAll(files), units));
  const excel = createFakeExcel({ apiVersion: 1.9 });
  const port = createExcelPort(CAMPAIGN, excel.run, excel.requirements);
  await port.writeConsolidation(consolidation, async () => true, () => undefined);
  const kb = Math.max(...excel.stats.requestBytes) / 1024;
  const under = excel.stats.requestBytes.every((bytes) => bytes < 5 * 1024 * 1024) ? 'every request < 5 MB' : 'A REQUEST OVER 5 MB';
  line(`write the summary of ${units} units into Excel`, `${excel.stats.syncs} syncs, largest request ${kb.toFixed(0)} KB (${under}), ${consolidation.tables.data.rows.length} data rows`);
}

/** A unit file whose first sheet has data validation over whole columns, as some offices' templates do. */
async function wholeColumnValidation(file: UnitFile): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file.bytes);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', xml.replace('sqref="', 'sqref="C1:J1048576 '));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The unit files every merge figure is measured on (the CLI bench reuses them). */
export async function generateUnits(count: number): Promise<UnitFile[]> {
  const [files, generating] = await time(() => generate(count));
  line(`generate ${count} huyen unit workbooks (8 forms each)`, `${(generating / 1000).toFixed(1)} s, ${(files.reduce((n, f) => n + f.bytes.length, 0) / 1e6).toFixed(1)} MB`);
  return files;
}

export async function mergeBench(files: readonly UnitFile[]): Promise<void> {
  const [, loading] = await time(async () => {
    for (const f of files) await new ExcelJS.Workbook().xlsx.load(f.bytes as unknown as ExcelJS.Buffer);
  });
  const [merged, merging] = await time(() => mergeOf(files));
  line('ExcelJS alone: load the 200 files', `${(loading / 1000).toFixed(2)} s`);
  line('merge the 200 files (read, check, sum, plan the sheets)', `${(merging / 1000).toFixed(2)} s, ${merged.result.included.length} units included`);
  line('merge ÷ ExcelJS load, in this process (nothing written)', (merging / loading).toFixed(2));
  line('preview in the pane of 200 read files, per change', `${(await previewTime(files)).toFixed(0)} ms`);
  for (const n of [10, 50, 200]) await excelWrite(files.slice(0, n));
  for (const n of [500, 1000]) await excelWrite(files, n);

  const heavy = await wholeColumnValidation(files[0] as UnitFile);
  const [, stripped] = await time(() => readSourceFile(CAMPAIGN, { name: 'ca-cot.xlsx', bytes: heavy, modified: undefined }, READ_AT));
  line('read a file with validation on whole columns C:J', `${stripped.toFixed(0)} ms (validation not parsed)`);
  const [, plain] = await time(() => new ExcelJS.Workbook().xlsx.load(heavy as unknown as ExcelJS.Buffer));
  line('  the same file through ExcelJS as is', `${plain.toFixed(0)} ms`);
}
