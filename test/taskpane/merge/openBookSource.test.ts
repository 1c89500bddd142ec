import { openBookSource } from '../../../src/taskpane/merge/openBookSource';
import { readSources } from '../../../src/taskpane/merge/readFiles';
import type { SourceFile, SourceRead } from '../../../src/core/merge/types';
import type { OwnSource } from '../../../src/ports/workbookPort';

const READ_AT = '2026-12-02 09:00';
const BOOK = { id: 'pane-1', name: 'Huyện ủy Văn Lâm.xlsx', units: ['Huyện ủy Văn Lâm · …'], problems: [], lastSeen: 0 };
const never = new AbortController().signal;

/** A reader that says what it was given, as readSourceFile would read a picked file. */
const reader = async (file: SourceFile, readAt: string): Promise<SourceRead> => ({
  kind: 'read',
  source: { label: file.name, sha256: `bytes:${file.bytes.join(',')}`, modified: file.modified, readAt },
  sheets: [],
});

const hubAnswering = (answer: () => Promise<OwnSource>) => ({ request: jest.fn(answer) });

describe('an open workbook added as a source', () => {
  it('is asked for its file, which goes through the reader of picked files', async () => {
    const hub = hubAnswering(async () => ({ kind: 'file', name: BOOK.name, bytes: new Uint8Array([1, 2]) }));
    const [read] = await readSources(reader, [openBookSource(hub, BOOK, READ_AT)], READ_AT, () => undefined, never);
    expect(hub.request).toHaveBeenCalledWith('pane-1', READ_AT);
    expect(read).toEqual({ kind: 'read', source: { label: BOOK.name, sha256: 'bytes:1,2', modified: undefined, readAt: READ_AT }, sheets: [] });
  });

  it('is taken as its pane read it where Excel gives no file', async () => {
    const values: SourceRead = { kind: 'read', source: { label: BOOK.name, sha256: undefined, modified: undefined, readAt: READ_AT }, sheets: [{ name: 'Biểu 1', values: [] }] };
    const [read] = await readSources(reader, [openBookSource(hubAnswering(async () => ({ kind: 'values', name: BOOK.name, read: values })), BOOK, READ_AT)], READ_AT, () => undefined, never);
    expect(read).toBe(values);
  });

  it('becomes an unreadable source naming the workbook when its pane does not send it', async () => {
    const hub = hubAnswering(async () => Promise.reject(new Error('sổ không trả lời: đã đóng, hoặc Excel đang bận')));
    const [read] = await readSources(reader, [openBookSource(hub, BOOK, READ_AT)], READ_AT, () => undefined, never);
    expect(read).toMatchObject({ kind: 'unreadable', reason: 'Huyện ủy Văn Lâm.xlsx: không nhận được sổ đang mở (sổ không trả lời: đã đóng, hoặc Excel đang bận).' });
  });
});
