import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a page of a build downloads before any user action: the page and the local scripts and styles it names. */
export type FirstLoad = {
  readonly page: string;
  /** Paths relative to the build folder: the page first, then each script and stylesheet in order. */
  readonly files: readonly string[];
  /** Scripts loaded from other hosts (Office.js from Microsoft's CDN): not ours to size. */
  readonly external: readonly string[];
  readonly bytes: number;
  /** Each file gzipped on its own, as a server compresses each response. */
  readonly gzipBytes: number;
};

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function attribute(attributes: string, name: string): string | undefined {
  const match = ATTRIBUTE(name).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The `<script src>` and `<link href>` of a page, in order (html-webpack-plugin minifies, so attributes may be unquoted). */
export function referencedAssets(html: string): string[] {
  const found: string[] = [];
  for (const [, tag, attributes = ''] of html.matchAll(TAG)) {
    const url = attribute(attributes, tag?.toLowerCase() === 'script' ? 'src' : 'href');
    if (url) found.push(url);
  }
  return found;
}

/** Sizes what `page` of the build in `dir` loads first; throws when the page names a local file the build lacks. */
export function firstLoad(dir: string, page = 'taskpane.html'): FirstLoad {
  const html = readFileSync(join(dir, page));
  const references = referencedAssets(html.toString('utf8'));
  const external = references.filter((url) => /^(https?:)?\/\//i.test(url));
  const local = references.filter((url) => !external.includes(url)).map((url) => decodeURIComponent(url.split(/[?#]/)[0] ?? url));
  const contents = [html];
  for (const file of local) {
    if (!existsSync(join(dir, file))) throw new Error(`${page} loads ${file}, which is not in ${dir}`);
    contents.push(readFileSync(join(dir, file)));
  }
  return {
    page,
    files: [page, ...local],
    external,
    bytes: contents.reduce((sum, c) => sum + c.length, 0),
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c).length, 0),
  };
}

export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
