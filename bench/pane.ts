// The task pane as a user waits for it, in Debian's Chromium on the preview
// page built for production (minified, as Excel would load it): page load to
// an interactive pane, inserting a district's forms, a typed value to its issue
// in the Kiểm tra tab, and merging 3 and 50 units' files picked in Tổng hợp.
//
// `tsx bench/pane.ts [dist]` measures an existing build (e.g. of an older
// commit, for a before/after); `npm run bench` builds this tree's into a
// temporary folder first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { UnitFile } from '../test/support/units';
import { line } from './line';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function serve(dist: string): Promise<{ server: Server; url: string }> {
  // @ts-expect-error: a plain ES module of the repository's scripts, without types.
  const { serveDist } = (await import('../scripts/serve-dist.mjs')) as { serveDist: (root: string, port: number) => Promise<Server> };
  const server = await serveDist(resolve(dist), 0);
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/preview.html` };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const pane = (page: Page) => page.getByTestId('taskpane');

/** The Tổng hợp tab with `files` picked, until the summary is written. */
async function mergeTime(page: Page, files: readonly UnitFile[]): Promise<number> {
  await pane(page).getByRole('tab', { name: 'Tổng hợp' }).click();
  return timed(async () => {
    await pane(page).locator('main input[type=file]').setInputFiles(files.map((f) => ({ name: f.name, mimeType: XLSX, buffer: Buffer.from(f.bytes) })));
    await pane(page).getByRole('button', { name: `Tổng hợp ${files.length} đơn vị` }).click();
    await page.waitForFunction(() => window.fakeExcel.cell('TH Biểu 1', 'A1') !== undefined, undefined, { timeout: 600_000 });
  });
}

export async function paneBench(units: readonly UnitFile[], dist?: string): Promise<void> {
  let built: string | undefined;
  if (!dist) {
    built = mkdtempSync(join(tmpdir(), 'tongket-pane-bench-'));
    const webpack = spawnSync('npx', ['webpack', '--mode', 'production', '--env', 'preview', '--env', `out=${built}`], { encoding: 'utf8' });
    if (webpack.status !== 0) throw new Error(`bench: the production preview did not build:\n${webpack.stderr}`);
  }
  const { server, url } = await serve(dist ?? built!);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
    const load = await timed(async () => {
      await page.goto(url);
      await pane(page).getByRole('button', { name: 'Chèn 8 biểu' }).waitFor();
    });
    line('pane: page load to interactive pane (production build)', `${load.toFixed(0)} ms`);
    await pane(page).getByLabel('Tên đơn vị').fill('Huyện ủy Văn Lâm');
    const insert = await timed(async () => {
      await pane(page).getByRole('button', { name: 'Chèn 8 biểu' }).click();
      await page.waitForFunction(() => window.fakeExcel.cell('Biểu 6B', 'A1') !== undefined);
      await pane(page).getByRole('status').first().waitFor();
    });
    line('pane: insert the huyen set (8 forms)', `${insert.toFixed(0)} ms`);
    await pane(page).getByRole('tab', { name: 'Kiểm tra' }).click();
    await pane(page).getByText('8 biểu:', { exact: false }).waitFor();
    await page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D18', '95'));
    const typed = await timed(async () => {
      await page.evaluate(() => window.fakeExcel.userType('Biểu 1', 'D19', '120'));
      await pane(page).getByText('(120) lớn hơn', { exact: false }).first().waitFor();
    });
    line('pane: a typed value to its issue in Kiểm tra', `${typed.toFixed(0)} ms`);
    for (const count of [3, 50]) {
      const fresh = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
      await fresh.goto(url);
      await pane(fresh).getByRole('tab', { name: 'Tổng hợp' }).waitFor();
      line(`pane: merge ${count} picked huyen files (read, check, write)`, `${((await mergeTime(fresh, units.slice(0, count))) / 1000).toFixed(1)} s`);
      await fresh.close();
    }
  } finally {
    await browser.close();
    server.close();
    if (built) rmSync(built, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void (async () => {
    const { unitFile } = await import('../test/support/units');
    const units: UnitFile[] = [];
    for (let i = 0; i < 50; i += 1) units.push(await unitFile(`Huyện ủy số ${i + 1}`, 'huyen', 1000 + i));
    await paneBench(units, process.argv[2]);
  })().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
