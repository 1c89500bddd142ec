import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kitFiles } from '../../src/cli/offlineKit';
import { NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';
import { unitFile } from '../support/units';

/**
 * The command line never loses a unit's figures by writing its output: not
 * over one of its inputs however it is reached, not over another unit's filled
 * workbook unless told to, and never half a file.
 */

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-output-'));
afterAll(() => {
  // Read-only files and folders first get their write bits back, so the folder can go.
  for (const name of readdirSync(dir, { recursive: true }) as string[]) chmodSync(join(dir, name), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

let vanLam: string;
let myHao: string;
let filled: Uint8Array;
beforeAll(async () => {
  vanLam = join(dir, 'van-lam.xlsx');
  myHao = join(dir, 'my-hao.xlsx');
  filled = (await unitFile('Huyện ủy Kim Động', 'huyen', 402, { forms: ['B1'] })).bytes;
  writeFileSync(vanLam, (await unitFile('Huyện ủy Văn Lâm', 'huyen', 400, { forms: ['B1'] })).bytes);
  writeFileSync(myHao, (await unitFile('Huyện ủy Mỹ Hào', 'huyen', 401, { forms: ['B1'] })).bytes);
});

/** A folder of its own for each test, so that what is left in it is what the test did. */
const folder = (name: string) => {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
};

const temporaryFiles = (path: string) => readdirSync(path).filter((f) => f.includes('tongket-tmp'));

describe('tongket merge --out', () => {
  it('refuses an output that is a symbolic link to one of its inputs, and leaves that input as it was', async () => {
    const out = join(folder('symlink'), 'tong-hop.xlsx');
    symlinkSync(vanLam, out);
    const before = readFileSync(vanLam);
    const run = await cli('merge', vanLam, myHao, '--out', out);
    expect([run.code, run.err]).toEqual([2, `Tệp ra ${out} cũng là một tệp nguồn (${vanLam}); chọn tên khác để không ghi đè số liệu của đơn vị.`]);
    expect(readFileSync(vanLam).equals(before)).toBe(true);
  });

  it('refuses an output that is a hard link to one of its inputs', async () => {
    const out = join(folder('hardlink'), 'tong-hop.xlsx');
    linkSync(myHao, out);
    const before = readFileSync(myHao);
    const run = await cli('merge', vanLam, myHao, '--out', out);
    expect([run.code, run.err]).toEqual([2, `Tệp ra ${out} cũng là một tệp nguồn (${myHao}); chọn tên khác để không ghi đè số liệu của đơn vị.`]);
    expect(readFileSync(myHao).equals(before)).toBe(true);
  });

  it('refuses to write over a workbook holding a unit’s figures that is not among its inputs, naming the unit and sheet, and does so with --force', async () => {
    const out = join(folder('filled'), 'kim-dong.xlsx');
    writeFileSync(out, filled);
    const run = await cli('merge', vanLam, myHao, '--out', out);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `Tệp ra ${out} đã có số liệu: sheet "Biểu 1" (số liệu của "Huyện ủy Kim Động"); không ghi đè; chọn tên tệp khác, hoặc thêm --force nếu chắc chắn muốn ghi đè.`,
    );
    expect(readFileSync(out).equals(Buffer.from(filled))).toBe(true);
    const forced = await cli('merge', vanLam, myHao, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(out).equals(Buffer.from(filled))).toBe(false);
  });

  it('refuses to write over a file it cannot read as a workbook, since nothing says it holds no figures', async () => {
    const out = join(folder('unreadable'), 'bi-hong.xlsx');
    writeFileSync(out, 'đây không phải sổ Excel');
    const run = await cli('merge', vanLam, '--out', out);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Tệp ra .*bi-hong\.xlsx đã có nhưng không đọc được như sổ Excel \(bi-hong\.xlsx: không phải tệp Excel \.xlsx mà là tệp văn bản/);
    expect(readFileSync(out, 'utf8')).toBe('đây không phải sổ Excel');
  });

  it('replaces its own earlier summary and a workbook of blank forms without --force', async () => {
    const here = folder('rerun');
    const out = join(here, 'tong-hop.xlsx');
    expect((await cli('merge', vanLam, '--out', out)).code).toBe(0);
    const first = readFileSync(out);
    expect((await cli('merge', vanLam, myHao, '--out', out)).code).toBe(0);
    expect(readFileSync(out).equals(first)).toBe(false);
    const blank = join(here, 'mau.xlsx');
    expect((await cli('templates', '--unit-type', 'huyen', '--forms', 'B1', '--out', blank)).code).toBe(0);
    expect((await cli('merge', vanLam, '--out', blank)).code).toBe(0);
    expect(temporaryFiles(here)).toEqual([]);
  });

  it('refuses a read-only output before reading any input, with exit 2', async () => {
    const out = join(folder('readonly'), 'tong-hop.xlsx');
    writeFileSync(out, '');
    chmodSync(out, 0o444);
    const run = await cli('merge', vanLam, '--out', out);
    expect([run.code, run.err]).toEqual([2, `không ghi được ${out}: tệp chỉ đọc; hãy bỏ thuộc tính chỉ đọc hoặc chọn tên khác.`]);
  });

  it('refuses a folder given as the output before reading any input, with exit 2', async () => {
    const out = join(folder('directory'), 'tong-hop.xlsx');
    mkdirSync(out);
    const run = await cli('merge', vanLam, '--out', out);
    expect([run.code, run.err]).toEqual([2, `không ghi được ${out}: đó là một thư mục, không phải tệp; hãy ghi rõ tên tệp ra.`]);
  });

  it('leaves the previous file whole and no temporary file behind when the disk fills half way through the write', async () => {
    const here = folder('disk-full');
    const out = join(here, 'tong-hop.xlsx');
    expect((await cli('merge', vanLam, '--out', out)).code).toBe(0);
    const before = readFileSync(out);
    // The node:fs/promises the CLI calls, not a copy of it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('node:fs/promises') as typeof FsPromises;
    const original = fs.writeFile;
    const spy = jest.spyOn(fs, 'writeFile').mockImplementation(async (path, data, options) => {
      const bytes = data as Uint8Array;
      await original(path, bytes.subarray(0, bytes.length >> 1), options);
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    try {
      const run = await cli('merge', vanLam, myHao, '--out', out);
      expect([run.code, run.err.split('\n').at(-1)]).toEqual([2, `không ghi được ${out}: ổ đĩa đã đầy.`]);
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temporaryFiles(here)).toEqual([]);
  });
});

describe('tongket templates --out', () => {
  it('refuses to write blank forms over a unit’s filled workbook without --force, and writes them with it', async () => {
    const out = join(folder('templates'), 'kim-dong.xlsx');
    writeFileSync(out, filled);
    const run = await cli('templates', '--unit-type', 'huyen', '--forms', 'B1', '--out', out);
    expect([run.code, run.err]).toEqual([
      2,
      `Tệp ra ${out} đã có số liệu: sheet "Biểu 1" (số liệu của "Huyện ủy Kim Động"); không ghi đè; chọn tên tệp khác, hoặc thêm --force nếu chắc chắn muốn ghi đè.`,
    ]);
    expect(readFileSync(out).equals(Buffer.from(filled))).toBe(true);
    expect((await cli('templates', '--unit-type', 'huyen', '--forms', 'B1', '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out).equals(Buffer.from(filled))).toBe(false);
  });

  it('refuses a read-only output with exit 2 and leaves it as it was', async () => {
    const out = join(folder('templates-readonly'), 'mau.xlsx');
    writeFileSync(out, 'x');
    chmodSync(out, 0o444);
    const run = await cli('templates', '--unit-type', 'huyen', '--out', out);
    expect([run.code, run.err]).toEqual([2, `không ghi được ${out}: tệp chỉ đọc; hãy bỏ thuộc tính chỉ đọc hoặc chọn tên khác.`]);
    expect(readFileSync(out, 'utf8')).toBe('x');
  });
});

describe('tongket templates --all', () => {
  it('refuses to replace a workbook a unit filled in the kit’s folder without --force, writing nothing, and replaces it with --force', async () => {
    const kit = folder('kit');
    const huyen = kitFiles(NQ25).find((f) => f.unitType.key === 'huyen')!.fileName;
    writeFileSync(join(kit, huyen), filled);
    const run = await cli('templates', '--all', '--out-dir', kit);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${join(kit, huyen)} đã có số liệu: sheet "Biểu 1" (số liệu của "Huyện ủy Kim Động")`);
    expect(readdirSync(kit)).toEqual([huyen]);
    expect((await cli('templates', '--all', '--out-dir', kit, '--force')).code).toBe(0);
    expect(readFileSync(join(kit, huyen)).equals(Buffer.from(filled))).toBe(false);
    expect(temporaryFiles(kit)).toEqual([]);
  });
});

describe('tongket campaign export --out', () => {
  it('refuses to replace a campaign file someone edited without --force, and replaces one that is the same', async () => {
    const here = folder('export');
    const out = join(here, 'nq25.tongket.json');
    expect((await cli('campaign', 'export', '--out', out)).code).toBe(0);
    const built = readFileSync(out, 'utf8');
    expect((await cli('campaign', 'export', '--out', out)).code).toBe(0);
    writeFileSync(out, built.replace('"version": 1', '"version": 2'));
    const run = await cli('campaign', 'export', '--out', out);
    expect([run.code, run.err]).toEqual([
      2,
      `Tệp ${out} đã có và khác bộ biểu sẽ ghi (có thể là bộ biểu đã sửa); không ghi đè; chọn tên tệp khác, hoặc thêm --force nếu chắc chắn muốn ghi đè.`,
    ]);
    expect((await cli('campaign', 'export', '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(built);
    expect(existsSync(join(here, 'nq25.tongket.json'))).toBe(true);
    expect(temporaryFiles(here)).toEqual([]);
  });

  it('refuses a folder given as the output', async () => {
    const out = join(folder('export-directory'), 'bo.tongket.json');
    mkdirSync(out);
    const run = await cli('campaign', 'export', '--out', out);
    expect([run.code, run.err]).toEqual([2, `không ghi được ${out}: đó là một thư mục, không phải tệp; hãy ghi rõ tên tệp ra.`]);
  });
});
