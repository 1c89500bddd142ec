import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

/**
 * The built task pane (dist/, from `npm run build:preview`) served on a free
 * port and opened in Debian's headless Chromium. Every console message fails
 * the test: a React warning is a bug a user would eventually see.
 */

const root = join(__dirname, '..', '..');
/** The user guide's pictures, taken from the real pane by `npm run docs:images`. */
const GUIDE_IMAGES = join(root, 'docs', 'images');

export type Harness = { browser: Browser; page: Page; url: string; close(): Promise<void>; consoleMessages: string[] };

function serve(): Promise<{ server: ChildProcess; url: string }> {
  if (!existsSync(join(root, 'dist', 'preview.html'))) throw new Error('dist/preview.html is missing: run `npm run build:preview` first (npm test does).');
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve-dist.mjs')], { cwd: root, env: { ...process.env, PORT: '0' } });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.stdout?.on('data', (chunk: Buffer) => {
      const url = /http:\/\/localhost:\d+\/preview\.html/.exec(chunk.toString())?.[0];
      if (url) resolve({ server, url });
    });
  });
}

/** The size of the window the pane is seen in: the whole page, and the pane's column within it (`?width=` of the preview page). */
export type PaneSize = { readonly width: number; readonly height: number };

/** The page as the tests have always opened it: a 350 px pane (the usual task pane width) beside the workbook, in a 1400 × 900 window. */
export const DESKTOP: PaneSize = { width: 350, height: 900 };

/**
 * Opens the preview page. `size` sets the pane's column and the window's height;
 * below the desktop size the window is the pane alone, as a task pane is in Excel.
 */
export async function openPreview(query = '', size: PaneSize = DESKTOP): Promise<Harness> {
  const { server, url } = await serve();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const desktop = size === DESKTOP;
  // The pane's column has a 1 px border on its right: the window holds it too.
  const page = await browser.newPage({ viewport: desktop ? { width: 1400, height: 900 } : { width: size.width + 1, height: size.height }, locale: 'vi-VN' });
  const consoleMessages: string[] = [];
  page.on('console', (m: ConsoleMessage) => consoleMessages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleMessages.push(`pageerror: ${e.message}`));
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  if (!desktop) params.set('width', String(size.width));
  const search = params.toString();
  await page.goto(search === '' ? url : `${url}?${search}`);
  // The pane first asks the workbook which campaign it carries; its tabs and header name come after.
  await page.getByTestId('campaign-origin').waitFor();
  return {
    browser,
    page,
    url,
    consoleMessages,
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

/** Closes the browser and fails the test on any console message: React's development build advertises its DevTools; anything else is a defect. */
export async function closeQuietly(h: Harness): Promise<void> {
  const messages = h.consoleMessages;
  await h.close();
  expect(messages.filter((m) => !m.includes('React DevTools'))).toEqual([]);
}

/**
 * A picture of the user guide: the whole task pane from its title down (the
 * page grows to the pane's height), beside the workbook. Every run takes it, so
 * the step cannot rot; only `npm run docs:images` (TONGKET_GUIDE_IMAGES=1) saves
 * it over `docs/images/<name>`, so that `npm test` leaves the tree as it was.
 */
export async function screenshotForGuide(page: Page, name: string): Promise<void> {
  const height = await page.getByTestId('taskpane').evaluate((pane) => (pane.scrollTo(0, 0), pane.scrollHeight));
  await page.setViewportSize({ width: 1400, height: Math.min(Math.max(height, 900), 1600) });
  const folder = process.env.TONGKET_GUIDE_IMAGES === '1' ? GUIDE_IMAGES : mkdtempSync(join(tmpdir(), 'tongket-guide-'));
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, name) });
}
