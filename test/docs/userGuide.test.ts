import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const guide = readFileSync(join(root, 'docs', 'HUONG-DAN.md'), 'utf8');
const browserTests = readdirSync(join(root, 'test', 'browser'))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => readFileSync(join(root, 'test', 'browser', name), 'utf8'))
  .join('\n');

const pictures = [...guide.matchAll(/!\[[^\]]*\]\(images\/([^)]+)\)/g)].map((m) => m[1]!);

describe('the user guide', () => {
  it('shows a picture of each tab: inserting, a flagged figure, a merge with a missing unit', () => {
    expect(pictures).toEqual(['chen-bieu.png', 'kiem-tra.png', 'tong-hop.png']);
  });

  it.each(pictures)('shows %s, a picture a browser test takes from the real pane and that is in the repository', (picture) => {
    expect(browserTests).toContain(`screenshotForGuide(h.page, '${picture}')`);
    expect(existsSync(join(root, 'docs', 'images', picture))).toBe(true);
  });
});
