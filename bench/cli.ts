// The tongket command as a user runs it: a new `node` process for each run, timed from spawn to exit.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { UnitFile } from '../test/support/units';
import { line } from './line';

const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'build', 'cli', 'tongket.cjs');
/** What bin/tongket.cjs falls back on in a checkout never built: the sources through tsx. */
const THROUGH_TSX = ['--require', 'tsx/cjs', join(ROOT, 'src', 'cli', 'bin.ts')];
/** The floor under any merge: read each file named on the command line and load it with ExcelJS, nothing else. */
const EXCELJS_ONLY = [
  '-e',
  `const ExcelJS = require('exceljs');
   const { readFileSync } = require('node:fs');
   (async () => { for (const file of process.argv.slice(1)) await new ExcelJS.Workbook().xlsx.load(readFileSync(file)); })();`,
];

const COLD_RUNS = 7;
const MERGE_RUNS = 3;

/** Milliseconds from spawn to exit; a non-zero exit code stops the bench with the command's own message. */
async function spawned(args: readonly string[]): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - started;
}

const median = (times: readonly number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;

/** The median time of each command, run in turn, so that a burst of load elsewhere on the machine weighs on both. */
async function medians(runs: number, ...commands: (readonly string[])[]): Promise<number[]> {
  const times: number[][] = commands.map(() => []);
  for (let run = 0; run < runs; run += 1) for (const [i, args] of commands.entries()) times[i]?.push(await spawned(args));
  return times.map(median);
}

/** Rows of cells, each column as wide as its widest cell: labels left-aligned, figures right-aligned. */
function table(rows: readonly (readonly string[])[]): void {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const cells = (row: readonly string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number)));
  process.stdout.write(`\n${rows.map((row) => cells(row).join('   ')).join('\n')}\n`);
}

const ms = (time: number) => `${time.toFixed(0)} ms`;
const seconds = (time: number) => `${(time / 1000).toFixed(2)} s`;

/** Reads an existing build/cli (building here would make the bench slow); `npm test` and `npm run build` write it. */
export async function cliBench(units: readonly UnitFile[]): Promise<void> {
  if (!existsSync(BUNDLE)) {
    line('the tongket command, spawned', 'no build/cli/: run `npm run build` first');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tongket-bench-'));
  try {
    const paths = units.map((unit, i) => {
      const path = join(dir, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`);
      writeFileSync(path, unit.bytes);
      return path;
    });
    const check = ['check', paths[0] as string];
    const [bundled = 0, throughTsx = 0] = await medians(COLD_RUNS, [BUNDLE, ...check], [...THROUGH_TSX, ...check]);
    const [merge = 0, load = 0] = await medians(MERGE_RUNS, [BUNDLE, 'merge', ...paths, '--out', join(dir, 'tong-hop.xlsx')], [...EXCELJS_ONLY, ...paths]);
    table([
      [`tongket check <one unit file>: cold start, median of ${COLD_RUNS}`, 'build/cli', 'tsx'],
      ['  from spawn to exit', ms(bundled), ms(throughTsx)],
    ]);
    table([
      [`${units.length} unit files, one process each, median of ${MERGE_RUNS}`, 'time'],
      ['  tongket merge … --out (read, check, sum, write the summary)', seconds(merge)],
      ['  node + ExcelJS: only load the same files', seconds(load)],
      ['  merge ÷ load (target ≤ 1.5)', (merge / load).toFixed(2)],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
