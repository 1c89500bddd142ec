import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const guide = readFileSync(join(root, 'docs', 'HUONG-DAN.md'), 'utf8');
const browserTests = readdirSync(join(root, 'test', 'browser'))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => readFileSync(join(root, 'test', 'browser', name), 'utf8'))
  .join('\n');

const pictures = [...guide.matchAll(/!\[[^\]]*\]\(images\/([^)]+)\)/g)].map((m) => m[1]!);

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the user guide', () => {
  it('shows a picture of the campaign choice and of each role at work: inserting, a flagged figure, submitting, the open workbooks, a merge with a missing unit, approving and returning, a form designed from a table', () => {
    expect(pictures).toEqual(['kiem-tra-cai-dat.png', 'bo-bieu.png', 'chen-bieu.png', 'kiem-tra.png', 'nop-bieu.png', 'so-dang-mo.png', 'tong-hop.png', 'duyet.png', 'thiet-ke-bieu.png']);
  });

  it.each(pictures)('shows %s, a picture of the whole preview that a browser test takes from the real pane (npm run docs:images saves it)', (picture) => {
    expect(browserTests).toMatch(new RegExp(`screenshotForGuide\\([\\w.]+, '${picture.replace('.', '\\.')}'\\)`));
    const path = join(root, 'docs', 'images', picture);
    expect(existsSync(path)).toBe(true);
    expect(pngSize(path).width).toBe(1400);
  });
});
