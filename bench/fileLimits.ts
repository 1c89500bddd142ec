// Bounded memory and time for any file (docs/ARCHITECTURE.md, "Received files are bounded"):
// the largest file the limits accept, zip bombs refused, 200 unit files read in one process.
import JSZip from 'jszip';
import { FILE_LIMITS } from '../src/core/fileLimits';
import type { SourceRead } from '../src/core/merge/types';
import { readSourceFile } from '../src/hosts/xlsx/readSourceFile';
import { boundedWorkbook } from '../src/hosts/xlsx/boundedWorkbook';
import { BUILT_IN_CAMPAIGN as CAMPAIGN } from '../src/forms/builtInCampaign';
import type { UnitFile } from '../test/support/units';
import { packedPart, partsOfWorkbook, repeated, zipOf, type PackedPart } from '../test/support/zipBomb';
import { line } from './line';

const READ_AT = '25/11/2026 09:00';
const MB = 1024 * 1024;
const SHEET = (n: number) => `xl/worksheets/sheet${n}.xml`;

type Peak = { readonly ms: number; readonly rss: number; readonly heap: number; readonly before: number };

/** Time and peak memory of `work`, sampled every 2 ms between its awaits (ExcelJS yields between parts and chunks). */
async function measured<T>(work: () => Promise<T>): Promise<[T, Peak]> {
  const before = process.memoryUsage().rss;
  let rss = before;
  let heap = 0;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed + now.external + now.arrayBuffers);
  };
  const timer = setInterval(sample, 2);
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return [result, { ms: performance.now() - started, rss, heap, before }];
  } finally {
    clearInterval(timer);
  }
}

const shown = (peak: Peak) => `${peak.ms < 1000 ? `${peak.ms.toFixed(0)} ms` : `${(peak.ms / 1000).toFixed(2)} s`}, peak RSS ${(peak.rss / MB).toFixed(0)} MB (+${((peak.rss - peak.before) / MB).toFixed(0)}), heap+buffers ${(peak.heap / MB).toFixed(0)} MB`;

const read = (name: string, bytes: Uint8Array) => readSourceFile(CAMPAIGN, { name, bytes, modified: undefined }, READ_AT);

const outcome = (r: SourceRead) => (r.kind === 'read' ? `read, ${r.sheets.length} sheets` : `refused: ${r.reason.slice(0, 60)}…`);

/**
 * The largest file the limits accept: the unit's workbook with rows of ten
 * figures below the form on two sheets, each sheet just under the limit for a
 * part, all parts just under the limit for the file.
 */
async function largestAccepted(unit: UnitFile): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(unit.bytes);
  const parts = await partsOfWorkbook(unit.bytes);
  const others = parts.filter((p) => p.name !== SHEET(1) && p.name !== SHEET(2)).reduce((n, p) => n + p.size, 0);
  const budget = Math.min(FILE_LIMITS.partBytes, (FILE_LIMITS.totalBytes - others) / 2) - 64 * 1024;
  const grown: PackedPart[] = [];
  for (const name of [SHEET(1), SHEET(2)]) {
    const [head, tail] = (await zip.file(name)!.async('string')).split('</sheetData>') as [string, string];
    const rows: string[] = [];
    let size = head.length + tail.length + 12;
    for (let r = 1000; size < budget; r += 1) {
      const row = `<row r="${r}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(68 + c)}${r}"><v>${(r * 7 + c) % 1000}</v></c>`).join('')}</row>`;
      if (size + row.length > budget) break;
      rows.push(row);
      size += row.length;
    }
    grown.push(packedPart(name, [head, rows.join(''), `</sheetData>${tail}`]));
  }
  return zipOf(parts.map((p) => grown.find((g) => g.name === p.name) ?? p));
}

/** A sheet with 250 MB of rows pasted below its form, just under the bound for sheets read down to the form's rows. */
async function farBelow(unit: UnitFile): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(unit.bytes);
  const [head, tail] = (await zip.file(SHEET(1))!.async('string')).split('</sheetData>') as [string, string];
  const row = '<row><c t="n"><v>1</v></c></row>';
  const rows = row.repeat(Math.floor(MB / row.length));
  const parts = await partsOfWorkbook(unit.bytes);
  const sheet = packedPart(SHEET(1), [head, '<row r="1001"><c r="D1001"><v>1</v></c></row>', ...repeated(rows, 250), `</sheetData>${tail}`]);
  return zipOf(parts.map((p) => (p.name === SHEET(1) ? sheet : p)));
}

/** Four sheets of 450 MB each, as in the issue; `lying`: one sheet that says it is 30 kB. */
async function bomb(unit: UnitFile, lying: boolean): Promise<Uint8Array> {
  const zeros = Buffer.alloc(MB, '0');
  const sheet = (name: string) => packedPart(name, ['<worksheet><!--', ...repeated(zeros, 450), '--></worksheet>']);
  const parts = await partsOfWorkbook(unit.bytes);
  return zipOf(parts.map((p) => (lying ? p.name === SHEET(1) && { ...sheet(p.name), declaredSize: 30_000 } : [1, 2, 3, 4].some((n) => p.name === SHEET(n)) && sheet(p.name)) || p));
}

export async function fileLimitsBench(units: readonly UnitFile[]): Promise<void> {
  // First, while the process holds nothing else: what a merge of 200 units costs.
  const [reads, manyPeak] = await measured(async () => {
    const all: SourceRead[] = [];
    for (const u of units) all.push(await read(u.name, u.bytes));
    return all;
  });
  line(`read ${units.length} unit files, keeping the reads (a merge)`, `${shown(manyPeak)}; ${reads.filter((r) => r.kind === 'read').length} read`);
  const [, checking] = await measured(async () => {
    for (const u of units) await boundedWorkbook(u.bytes);
  });
  line('  of which the size check (directory, counted inflate)', `${(checking.ms / units.length).toFixed(1)} ms per file, ${((checking.ms / manyPeak.ms) * 100).toFixed(1)} % of reading`);
  const unit = units[0] as UnitFile;
  const largest = await largestAccepted(unit);
  const [largestRead, largestPeak] = await measured(() => read('lon-nhat.xlsx', largest));
  line(`read the largest accepted file (${(largest.length / MB).toFixed(1)} MB zip, 16 MB inflated)`, `${shown(largestPeak)}; ${outcome(largestRead)}`);
  const below = await farBelow(unit);
  const [belowRead, belowPeak] = await measured(() => read('duoi-bieu.xlsx', below));
  line('read a file with 250 MB of rows below a form (to row 1,000)', `${shown(belowPeak)}; ${outcome(belowRead)}`);
  for (const lying of [false, true]) {
    const bytes = await bomb(unit, lying);
    const [refused, peak] = await measured(() => read('bom.xlsx', bytes));
    const label = lying ? `refuse a sheet said 30 kB, inflating 450 MB (${(bytes.length / MB).toFixed(1)} MB zip)` : `refuse 4 sheets of 450 MB each (${(bytes.length / MB).toFixed(1)} MB zip)`;
    line(label, `${shown(peak)}; ${outcome(refused)}`);
  }
}
