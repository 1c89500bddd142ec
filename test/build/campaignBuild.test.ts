import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { firstLoad } from '../support/bundleSize';

/**
 * `npm run build -- --env campaign=<file>` as a province builds the add-in for
 * its own campaign: one production build with the built-in campaign file
 * renamed, and one refused build with a broken file, which stops before
 * anything is bundled.
 */

const root = join(__dirname, '..', '..');
const BUILT_IN = join(root, 'campaigns', 'nq25.tongket.json');
const OLD_NAME = (JSON.parse(readFileSync(BUILT_IN, 'utf8')) as { shortName: string }).shortName;
const NEW_NAME = 'Tổng kết thử của tỉnh Hưng Yên';

let dir = '';
let out = '';

const webpack = (...env: string[]) =>
  promisify(execFile)('npx', ['webpack', '--mode', 'production', ...env.flatMap((e) => ['--env', e])], { cwd: root, maxBuffer: 64 * 1024 * 1024 });

const scriptsUnder = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.c?js$/.test(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tongket-campaign-build-'));
  out = join(dir, 'out');
  const campaign = join(dir, 'tinh.tongket.json');
  writeFileSync(campaign, readFileSync(BUILT_IN, 'utf8').replace(JSON.stringify(OLD_NAME), JSON.stringify(NEW_NAME)));
  await webpack(`campaign=${campaign}`, `out=${out}`);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a build with --env campaign=<file>', () => {
  it('carries the chosen campaign in what the task pane loads first', () => {
    const pane = firstLoad(out, 'taskpane.html').files.map((file) => readFileSync(join(out, file), 'utf8'));
    expect(pane.some((text) => text.includes(NEW_NAME))).toBe(true);
  });

  it('carries the chosen campaign in the tongket command it builds', () => {
    expect(readFileSync(join(out, 'cli', 'tongket.cjs'), 'utf8')).toContain(NEW_NAME);
  });

  it('leaves the built-in campaign out of every script', () => {
    const scripts = scriptsUnder(out);
    expect(scripts).toEqual(expect.arrayContaining(['cli/tongket.cjs']));
    for (const file of scripts) expect(readFileSync(join(out, file), 'utf8').includes(OLD_NAME) ? `${file} has "${OLD_NAME}"` : 'clean').toBe('clean');
  });

  it('fails before bundling when the file is not valid, naming the file, the line and the column', async () => {
    const broken = join(dir, 'hong.tongket.json');
    const refusedOut = join(dir, 'refused');
    writeFileSync(broken, '{\n  "key": "tinh",\n  "forms": [}\n');
    const failure = webpack(`campaign=${broken}`, `out=${refusedOut}`);
    await expect(failure).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining(`Tệp "${broken}" không phải JSON hợp lệ: dòng 3`) });
    expect(existsSync(refusedOut)).toBe(false);
  }, 60_000);
});
