import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { unitB1 } from './support';

/**
 * Outputs reached in ways test/cli/output.test.ts does not try (it has a
 * symbolic link, a hard link, a folder, a read-only file and a filled
 * workbook): an input spelled another way, chains of links, a link to a
 * folder or to another unit's workbook, a read-only folder. A unit's figures
 * are never written over, and a refusal comes before any input is read.
 */

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-hostile-out-'));
afterAll(() => {
  for (const name of readdirSync(dir, { recursive: true }) as string[]) if (!lstatSync(join(dir, name)).isSymbolicLink()) chmodSync(join(dir, name), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

let vanLam: string;
let filled: Uint8Array;
beforeAll(async () => {
  vanLam = join(dir, 'van-lam.xlsx');
  writeFileSync(vanLam, (await unitB1('Huyện ủy Văn Lâm', 11)).bytes);
  filled = (await unitB1('Huyện ủy Kim Động', 12)).bytes;
});

const folder = (name: string) => {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
};

const SAME = (out: string, input: string) => `Tệp ra ${out} cũng là một tệp nguồn (${input}); chọn tên khác để không ghi đè số liệu của đơn vị.`;

describe('tongket merge --out onto an input', () => {
  it.each([
    ['through "sub/.."', () => join(folder('sub-dotdot'), '..', 'van-lam.xlsx')],
    ['through "./" and a doubled slash', () => `${dir}/.//van-lam.xlsx`],
  ])('refuses the input spelled %s and leaves it as it was', async (_how, outOf) => {
    const out = outOf();
    const before = readFileSync(vanLam);
    const run = await cli('merge', vanLam, '--out', out);
    expect([run.code, run.err]).toEqual([2, SAME(out, vanLam)]);
    expect(readFileSync(vanLam).equals(before)).toBe(true);
  });

  it('refuses a chain of two symbolic links ending at an input', async () => {
    const here = folder('chain');
    symlinkSync(vanLam, join(here, 'mot.xlsx'));
    symlinkSync(join(here, 'mot.xlsx'), join(here, 'hai.xlsx'));
    const before = readFileSync(vanLam);
    const run = await cli('merge', vanLam, '--out', join(here, 'hai.xlsx'));
    expect([run.code, run.err]).toEqual([2, SAME(join(here, 'hai.xlsx'), vanLam)]);
    expect(readFileSync(vanLam).equals(before)).toBe(true);
  });

  it('refuses an input reached through a linked folder', async () => {
    const here = folder('linked-folder');
    symlinkSync(dir, join(here, 'goc'));
    const out = join(here, 'goc', 'van-lam.xlsx');
    const run = await cli('merge', vanLam, '--out', out);
    expect([run.code, run.err]).toEqual([2, SAME(out, vanLam)]);
  });

  it('refuses an input named twice on the line, the second time as the output', async () => {
    const before = readFileSync(vanLam);
    const run = await cli('merge', vanLam, vanLam, '--out', vanLam);
    expect(run.code).toBe(2);
    expect(readFileSync(vanLam).equals(before)).toBe(true);
  });
});

describe('tongket merge --out elsewhere', () => {
  it('refuses a symbolic link to a folder as the output, naming it a folder', async () => {
    const here = folder('link-to-folder');
    mkdirSync(join(here, 'that'));
    symlinkSync(join(here, 'that'), join(here, 'tong-hop.xlsx'));
    const out = join(here, 'tong-hop.xlsx');
    const run = await cli('merge', vanLam, '--out', out);
    expect([run.code, run.err]).toEqual([2, `không ghi được ${out}: đó là một thư mục, không phải tệp; hãy ghi rõ tên tệp ra.`]);
  });

  it('refuses a symbolic link to another unit’s filled workbook without --force, leaving the workbook and the link as they were', async () => {
    const here = folder('link-to-filled');
    writeFileSync(join(here, 'kim-dong.xlsx'), filled);
    symlinkSync(join(here, 'kim-dong.xlsx'), join(here, 'tong-hop.xlsx'));
    const out = join(here, 'tong-hop.xlsx');
    const run = await cli('merge', vanLam, '--out', out);
    expect(run.code).toBe(2);
    expect(run.err).toContain('đã có số liệu: sheet "Biểu 1" (số liệu của "Huyện ủy Kim Động")');
    expect(readFileSync(join(here, 'kim-dong.xlsx')).equals(Buffer.from(filled))).toBe(true);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
  });

  it('refuses a read-only folder before reading any input, writing nothing there', async () => {
    const here = folder('readonly-folder');
    chmodSync(here, 0o555);
    const out = join(here, 'tong-hop.xlsx');
    const run = await cli('merge', vanLam, '--out', out);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`không ghi được ${out}`);
    expect(run.err).not.toContain('Đọc 1/1');
    expect(existsSync(out)).toBe(false);
  });

  it('writes an output whose extension is in capitals (.XLSX)', async () => {
    const out = join(folder('capitals'), 'TONG-HOP.XLSX');
    const run = await cli('merge', vanLam, '--out', out);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('tongket templates --out', () => {
  it('refuses a symbolic link to a unit’s filled workbook without --force', async () => {
    const here = folder('templates-link');
    writeFileSync(join(here, 'kim-dong.xlsx'), filled);
    symlinkSync(join(here, 'kim-dong.xlsx'), join(here, 'mau.xlsx'));
    const run = await cli('templates', '--unit-type', 'dd_hdnd', '--out', join(here, 'mau.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('số liệu của "Huyện ủy Kim Động"');
    expect(readFileSync(join(here, 'kim-dong.xlsx')).equals(Buffer.from(filled))).toBe(true);
  });
});
