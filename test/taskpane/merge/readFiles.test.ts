import { NQ25 } from '../../support/campaigns';
import { readFiles } from '../../../src/taskpane/merge/readFiles';
import { readSourceFile } from '../../../src/hosts/xlsx/readSourceFile';
import type { SourceFile } from '../../../src/core/merge/types';

/** The reader the pane's port gives, for the built-in campaign. */
const read = (file: SourceFile, readAt: string) => readSourceFile(NQ25, file, readAt);
import { unitFile, type UnitFile } from '../../support/units';

jest.setTimeout(60_000);

const READ_AT = '25/11/2026 09:00';
const JULY_1 = new Date(2023, 6, 1).getTime();
const asFile = (unit: UnitFile) => new File([unit.bytes as Uint8Array<ArrayBuffer>], unit.name, { lastModified: JULY_1 });

let files: File[];
beforeAll(async () => {
  files = await Promise.all([unitFile('Huyện ủy Văn Lâm', 'huyen', 1, { forms: ['B1'] }), unitFile('Huyện ủy Mỹ Hào', 'huyen', 2, { forms: ['B1'] })]).then((units) => units.map(asFile));
});

describe('reading the files a user picked', () => {
  it('reads every file in order with its date, reporting progress before each and once at the end', async () => {
    const progress: [number, number, string][] = [];
    const reads = await readFiles(read, files, READ_AT, (...p) => progress.push(p), new AbortController().signal);
    expect(reads.map((r) => [r.kind, r.source.label, r.source.modified, r.source.readAt])).toEqual([
      ['read', 'Huyện ủy Văn Lâm.xlsx', JULY_1, READ_AT],
      ['read', 'Huyện ủy Mỹ Hào.xlsx', JULY_1, READ_AT],
    ]);
    expect(reads[0]!.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(progress).toEqual([
      [0, 2, 'Huyện ủy Văn Lâm.xlsx'],
      [1, 2, 'Huyện ủy Mỹ Hào.xlsx'],
      [2, 2, ''],
    ]);
  });

  it('stops before the next file once cancelled, and keeps the files already read', async () => {
    const controller = new AbortController();
    const reads = await readFiles(read, [...files, ...files], READ_AT, (done) => done === 1 && controller.abort(), controller.signal);
    expect(reads.map((r) => r.source.label)).toEqual(['Huyện ủy Văn Lâm.xlsx']);
  });

  it('passes a file picked twice on, for the merge to report as the same content', async () => {
    const reads = await readFiles(read, [files[0]!, files[0]!], READ_AT, () => undefined, new AbortController().signal);
    expect(reads).toHaveLength(2);
    expect(reads[1]!.source.sha256).toBe(reads[0]!.source.sha256);
  });

  it('turns a file that can no longer be opened into an unreadable source naming it, and reads the others', async () => {
    const gone = new File([], 'đã-xoá.xlsx', { lastModified: JULY_1 });
    Object.defineProperty(gone, 'arrayBuffer', { value: () => Promise.reject(new Error('NotReadableError')) });
    const reads = await readFiles(read, [gone, files[1]!], READ_AT, () => undefined, new AbortController().signal);
    expect(reads[0]).toEqual({
      kind: 'unreadable',
      source: { label: 'đã-xoá.xlsx', sha256: undefined, modified: JULY_1, readAt: READ_AT },
      reason: 'đã-xoá.xlsx: không mở được tệp (tệp đã bị xóa, di chuyển hoặc sửa sau khi chọn; hãy chọn lại tệp).',
    });
    expect(reads[1]!.kind).toBe('read');
  });

  it('says why a CSV renamed .xlsx cannot be read', async () => {
    const csv = new File(['a,b\n1,2'], 'danh-sach.xlsx', { lastModified: JULY_1 });
    const [result] = await readFiles(read, [csv], READ_AT, () => undefined, new AbortController().signal);
    expect(result).toMatchObject({ kind: 'unreadable', reason: 'danh-sach.xlsx: không phải tệp Excel .xlsx mà là tệp văn bản (có thể là CSV đổi đuôi thành .xlsx).' });
  });
});
