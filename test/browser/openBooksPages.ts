import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { UnitFile } from '../support/units';
import type { Harness } from './harness';

/**
 * Several preview pages in one Chromium context: one page, one workbook, as
 * Excel on the web opens each workbook in a tab of one origin. A unit's page
 * opens its file with `?book=`, served from memory under /units/.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Books = {
  /** The province's workbook: a page of the context, on the Tổng hợp tab. */
  readonly summary: Page;
  /** Opens `file` in a new page of the summary's context, as a clerk opens a unit's workbook: its pane starts on the Chèn biểu tab. `query` adds to the page's (`&web=1`). */
  open(file: Pick<UnitFile, 'name' | 'bytes'>, query?: string): Promise<Page>;
  /** Console messages of every page of the context, prefixed with its workbook's name. */
  readonly consoleMessages: string[];
};

/** A context of `h`'s browser (a page made by browser.newPage has a context of its own, closed to other pages) with the province's workbook open. */
export async function unitBooks(h: Harness): Promise<Books> {
  const context: BrowserContext = await h.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
  const files = new Map<string, Uint8Array>();
  await context.route('**/units/**', (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/units\//, ''));
    const bytes = files.get(name);
    return bytes ? route.fulfill({ status: 200, contentType: XLSX, body: Buffer.from(bytes) }) : route.fulfill({ status: 404, body: 'not found' });
  });
  const consoleMessages: string[] = [];
  const newPage = async (name: string, query: string) => {
    const page = await context.newPage();
    page.on('console', (m: ConsoleMessage) => consoleMessages.push(`${name} ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleMessages.push(`${name} pageerror: ${e.message}`));
    await page.goto(`${h.url}${query}`);
    await page.getByTestId('campaign-origin').waitFor();
    return page;
  };
  const summary = await newPage('Tổng hợp', '');
  await summary.getByTestId('taskpane').getByRole('tab', { name: 'Tổng hợp' }).click();
  return {
    summary,
    consoleMessages,
    async open(file, query = '') {
      files.set(file.name, file.bytes);
      return newPage(file.name, `?book=${encodeURIComponent(`/units/${encodeURIComponent(file.name)}`)}${query}`);
    },
  };
}

/** Every cell of the sheets whose names start with "TH " that `keep` keeps: value and formula, by sheet and "row,column". */
export function summaryCells(page: Page, sheets: readonly string[]): Promise<Record<string, [string, unknown, string | undefined][]>> {
  return page.evaluate((names) => {
    const out: Record<string, [string, unknown, string | undefined][]> = {};
    for (const name of names) out[name] = [...window.fakeExcel.sheet(name).cells].map(([key, cell]) => [key, cell.value, cell.formula]);
    return out;
  }, sheets);
}
