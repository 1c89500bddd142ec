import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unitFile } from '../support/units';
import { cli } from '../support/cli';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-approved-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let vanLam: string;
let myHao: string;
beforeAll(async () => {
  vanLam = join(dir, 'van-lam.xlsx');
  myHao = join(dir, 'my-hao.xlsx');
  writeFileSync(vanLam, (await unitFile('Huyện ủy Văn Lâm', 'huyen', 310, { forms: ['B1'] })).bytes);
  writeFileSync(myHao, (await unitFile('Huyện ủy Mỹ Hào', 'huyen', 311, { forms: ['B1'] })).bytes);
});

describe('tongket merge --only-approved', () => {
  it('counts only the units the roster’s Duyệt column approves, and says why the returned one is left out', async () => {
    const roster = join(dir, 'danh-sach.csv');
    writeFileSync(roster, 'Tên đơn vị,Loại đơn vị,Duyệt,Lý do trả lại\nHuyện ủy Văn Lâm,huyen,Đã duyệt,\nHuyện ủy Mỹ Hào,huyen,Trả lại,Thiếu chữ ký\n');
    const run = await cli('merge', vanLam, myHao, '--out', join(dir, 'da-duyet.xlsx'), '--roster', roster, '--only-approved', '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as { sources: { codes: string[] }[] };
    expect(report.sources.map((s) => s.codes)).toEqual([[], ['not-approved']]);
  });

  it('is refused without a roster, which is where the decisions are', async () => {
    const run = await cli('merge', vanLam, '--out', join(dir, 'khong-danh-sach.xlsx'), '--only-approved');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--only-approved cần --roster');
  });
});
