import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dependencies } from '../../package.json';

/**
 * The `tongket` command as `npm ci --omit=dev` leaves it: bin/tongket.cjs, the
 * CLI bundle (build/cli/tongket.cjs, written by `npm run build:preview`, which
 * npm test runs first) and the runtime dependencies, in a folder where tsx
 * cannot be found. Each run is a child process, as a user starts it.
 */

jest.setTimeout(60_000);

const root = join(__dirname, '..', '..');
const BUNDLE = join(root, 'build', 'cli', 'tongket.cjs');
const RUNTIME = Object.keys(dependencies);

let installed = '';
let neverBuilt = '';

/** A folder holding `files` (paths of the repository) and links to the runtime dependencies, nothing else. */
function installWith(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongket-install-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(root, file), join(dir, file));
  }
  for (const name of RUNTIME) {
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  return dir;
}

/** Without NODE_PATH and NODE_OPTIONS, which could hand the child a module (tsx) from elsewhere. */
const ISOLATED = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_PATH' && name !== 'NODE_OPTIONS'));

function run(dir: string, script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(dir, script), ...args], { cwd: dir, env: ISOLATED, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('build/cli/tongket.cjs is missing: run `npm run build:preview` first (npm test does).');
  installed = installWith(['bin/tongket.cjs', 'build/cli/tongket.cjs']);
  neverBuilt = installWith(['bin/tongket.cjs']);
});

afterAll(() => {
  for (const dir of [installed, neverBuilt]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the tongket command installed without dev dependencies', () => {
  it('has no tsx to fall back on (the premise of every test below)', () => {
    expect(() => require.resolve('tsx/cjs/api', { paths: [join(installed, 'bin')] })).toThrow();
  });

  it('loads nothing beyond Node itself and the runtime dependencies', () => {
    const required = [...readFileSync(BUNDLE, 'utf8').matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1] as string);
    expect(required).toEqual(expect.arrayContaining(['exceljs', 'jszip']));
    const known = (name: string) => builtinModules.includes(name.replace(/^node:/, '')) || RUNTIME.some((dep) => name === dep || name.startsWith(`${dep}/`));
    expect(required.filter((name) => !known(name))).toEqual([]);
  });

  it('prints its usage and exits 0 for --help', () => {
    const result = run(installed, 'build/cli/tongket.cjs', '--help');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('tongket check <tệp.xlsx>');
  });

  it("writes a unit's blank forms and checks them, exiting 0 each time", () => {
    const written = run(installed, 'bin/tongket.cjs', 'templates', '--unit-type', 'huyen', '--unit-name', 'Huyện ủy Văn Lâm', '--out', 'huyen.xlsx');
    expect(written.err).toBe('');
    expect(written.code).toBe(0);
    expect(existsSync(join(installed, 'huyen.xlsx'))).toBe(true);
    const checked = run(installed, 'bin/tongket.cjs', 'check', 'huyen.xlsx');
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/huyen\.xlsx: 8 biểu.*, 0 lỗi/);
  });

  it('tells the user to run `npm run build` when it was never built, and exits 1', () => {
    const result = run(neverBuilt, 'bin/tongket.cjs', '--help');
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('npm run build');
  });
});
