import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/cli/args';
import { decodeRoster } from '../../src/cli/rosterFile';
import { cli } from '../support/cli';
import { unitFile } from '../support/units';

/** `--roster` files as offices save them: Excel's "Unicode Text", a CSV of Vietnamese Windows, names with invisible characters. */

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-roster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let vanLam: string;
beforeAll(async () => {
  vanLam = join(dir, 'van-lam.xlsx');
  writeFileSync(vanLam, (await unitFile('Huyện ủy Văn Lâm', 'huyen', 410, { forms: ['B1'] })).bytes);
});

const ROWS = [
  ['Tên đơn vị', 'Loại đơn vị'],
  ['Huyện ủy Văn Lâm', 'Huyện ủy, thành ủy, thị ủy'],
  ['Huyện ủy Khoái Châu', 'huyen'],
];

/** Excel's "Unicode Text": UTF-16LE with a BOM, tab separated, CRLF. */
function unicodeText(rows: readonly (readonly string[])[]): Uint8Array {
  const text = `\uFEFF${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`;
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** Windows-1258 as Vietnamese Windows writes it (and iconv): a precomposed letter where the code page has one, else the letter and its tone mark apart. */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b += 1) table.set(decoder.decode(new Uint8Array([b])), b);
  const bytes: number[] = [];
  for (const grapheme of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const whole = table.get(grapheme.normalize('NFC'));
    if (whole !== undefined) {
      bytes.push(whole);
      continue;
    }
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/u.exec(grapheme)?.[0] as string;
    bytes.push(table.get(grapheme.replace(tone, '').normalize('NFC')) as number, table.get(tone) as number);
  }
  return new Uint8Array(bytes);
}

async function mergeWithRoster(name: string, bytes: Uint8Array) {
  const roster = join(dir, name);
  writeFileSync(roster, bytes);
  const run = await cli('merge', vanLam, '--out', join(dir, `${name}.xlsx`), '--roster', roster, '--json');
  return { run, report: run.code === 2 ? undefined : JSON.parse(run.out) };
}

describe('a roster saved by Excel as "Unicode Text"', () => {
  it('is read as UTF-16LE with a BOM and tabs between the columns, with unit types written as labels that hold commas', async () => {
    const { run, report } = await mergeWithRoster('danh-sach.txt', unicodeText(ROWS));
    expect(run.code).toBe(0);
    expect(report.rosterProblems).toEqual([]);
    expect(report.missing.map((m: { unit: string; unitType: string }) => [m.unit, m.unitType])).toEqual([
      ['Huyện ủy Văn Lâm', 'huyen'],
      ['Huyện ủy Khoái Châu', 'huyen'],
    ]);
    expect(report.missing[0].forms).not.toContain('B1');
  });
});

describe('a roster saved as a plain CSV on Vietnamese Windows', () => {
  it('is read as Windows-1258, its tone marks joined to their letters, and the user is told which encoding was assumed', async () => {
    const bytes = windows1258(`${ROWS.map((r) => r.map((f) => (f.includes(',') ? `"${f}"` : f)).join(',')).join('\r\n')}\r\n`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { run, report } = await mergeWithRoster('danh-sach-1258.csv', bytes);
    expect(run.code).toBe(0);
    expect(report.rosterProblems).toEqual([
      'danh-sach-1258.csv: tệp không phải UTF-8, đã đọc theo bảng mã Windows-1258 (CSV của Excel tiếng Việt); nếu tên đơn vị hiển thị sai, hãy mở bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc "Unicode Text".',
    ]);
    expect(report.missing.map((m: { unit: string }) => m.unit)).toEqual(['Huyện ủy Văn Lâm', 'Huyện ủy Khoái Châu']);
    expect(report.missing[1].unit).toBe('Huyện ủy Khoái Châu'.normalize('NFC'));
  });

  it('is refused, naming the encoding, where this Node has no Windows-1258', () => {
    const noCodePages = (encoding: string) => {
      if (encoding === 'windows-1258') throw new RangeError(`The "${encoding}" encoding is not supported`);
      return new TextDecoder(encoding, { fatal: true });
    };
    const read = () => decodeRoster(windows1258('Tên đơn vị,Loại đơn vị\r\nHuyện ủy Văn Lâm,huyen\r\n'), 'danh-sach.csv', noCodePages);
    expect(read).toThrow(UsageError);
    expect(read).toThrow(
      'danh-sach.csv: tệp theo bảng mã Windows-1258, bản Node đang chạy không đọc được bảng mã này (thiếu ICU đầy đủ); hãy mở bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc "Unicode Text".',
    );
  });

  it('is refused, naming the encoding, when it claims UTF-16 by its BOM and is cut in the middle of a character', () => {
    const cut = unicodeText(ROWS).subarray(0, 15);
    expect(() => decodeRoster(cut, 'danh-sach.txt')).toThrow(
      'danh-sach.txt: tệp có byte không hợp lệ trong bảng mã UTF-16LE; hãy mở bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc "Unicode Text".',
    );
  });
});

describe('a roster name with invisible characters', () => {
  it('matches the unit that sent its forms and is noted with the characters found', async () => {
    const { run, report } = await mergeWithRoster('danh-sach-an.csv', new TextEncoder().encode('Tên đơn vị,Loại đơn vị\nHuyện ủy\u00A0Văn Lâm\u200B,huyen\n'));
    expect(run.code).toBe(0);
    expect(report.rosterProblems).toEqual([
      'danh-sach-an.csv, dòng 2: tên "Huyện ủy Văn Lâm" có ký tự ẩn hoặc dấu cách lạ (dấu cách không ngắt U+00A0, khoảng trắng rộng 0 U+200B); đã bỏ qua các ký tự đó.',
    ]);
    expect(report.missing.map((m: { unit: string; forms: string[] }) => [m.unit, m.forms.includes('B1')])).toEqual([['Huyện ủy Văn Lâm', false]]);
  });
});
