import { previewMerge } from '../../../src/core/merge/consolidate';
import { consolidate } from '../../../src/core/merge/consolidate';
import { submittedAt, timeliness, withReceived } from '../../../src/core/merge/submission';
import { savedInWorkbook } from '../../../src/hosts/xlsx/savedInWorkbook';
import type { SourceRead } from '../../../src/core/merge/types';
import { openWorkbookFile } from '../../../src/hosts/xlsx/openWorkbookFile';
import { readSourceFile } from '../../../src/hosts/xlsx/readSourceFile';
import { sourceSubmission } from '../../../src/taskpane/merge/submissionView';
import { sourceRows } from '../../../src/taskpane/merge/view';
import { NQ25 } from '../../support/campaigns';
import { unitFile, type UnitFile } from '../../support/units';
import { withoutSaveTime } from '../../browser/savedTime';

/**
 * When a unit sent its forms: the evidence and its order (core/merge/submission.ts),
 * the save time a workbook keeps inside (what the xlsx reader is to plug in with
 * one line), and what the Tổng hợp tab and the status sheet then say.
 */

jest.setTimeout(60_000);

const DEADLINE = '2023-07-30';
const SAVED = new Date(2023, 6, 20, 16, 30).getTime();
const READ_AT = '28/7/2023 09:00';

let saved: UnitFile;
let unsaved: UnitFile;
beforeAll(async () => {
  saved = await unitFile('Huyện ủy Văn Lâm', 'huyen', 1, {
    forms: ['B1'],
    edit: (wb) => {
      wb.modified = new Date(SAVED);
      wb.lastModifiedBy = 'Nguyễn Văn An';
    },
  });
  unsaved = await withoutSaveTime(saved);
});

/** A file read as the merge reads it: the save time inside the workbook comes with it. */
const readWithSaveTime = (file: UnitFile): Promise<SourceRead> => readSourceFile(NQ25, { name: file.name, bytes: file.bytes, modified: Date.now() }, READ_AT);

describe('when a unit sent its forms', () => {
  it('is the save time a workbook keeps inside, with who saved it, read from the file', async () => {
    const workbook = await openWorkbookFile(saved.name, saved.bytes);
    expect(savedInWorkbook(workbook)).toEqual({ savedInFile: SAVED, savedBy: 'Nguyễn Văn An' });
  });

  it('is nothing for a workbook that keeps no save time, nor for ExcelJS named as the one who saved', async () => {
    expect(savedInWorkbook(await openWorkbookFile(unsaved.name, unsaved.bytes))).toEqual({});
    expect(savedInWorkbook({ modified: new Date(Number.NaN), lastModifiedBy: 'ExcelJS' })).toEqual({});
  });

  it('takes a submission stamp first, then the save time in the file, then the day the clerk received it', () => {
    const stamped = new Date(2023, 6, 29, 10, 0).getTime();
    expect(submittedAt({ stamped, savedInFile: SAVED, received: '2023-08-02' })).toMatchObject({ basis: 'stamp', when: '29/7/2023 10:00' });
    expect(submittedAt({ savedInFile: SAVED, received: '2023-08-02' })).toMatchObject({ basis: 'saved', when: '20/7/2023 16:30' });
    expect(submittedAt({ received: '2023-08-02' })).toMatchObject({ basis: 'received', when: '2/8/2023' });
    expect(submittedAt({})).toBeUndefined();
    expect(submittedAt(undefined)).toBeUndefined();
  });

  it('is on time through the whole deadline day, late after it, and unknown without evidence', () => {
    expect(timeliness({ received: DEADLINE }, DEADLINE)).toBe('onTime');
    expect(timeliness({ received: '2023-07-31' }, DEADLINE)).toBe('late');
    expect(timeliness({ savedInFile: new Date(2023, 6, 30, 23, 59).getTime() }, DEADLINE)).toBe('onTime');
    expect(timeliness({ savedInFile: new Date(2023, 6, 31, 0, 1).getTime() }, DEADLINE)).toBe('late');
    expect(timeliness(undefined, DEADLINE)).toBe('unknown');
  });

  it('keeps the file’s own evidence when the clerk gives or clears a day', () => {
    const source = { label: 'x.xlsx', submission: { savedInFile: SAVED } };
    expect(withReceived(source, '2023-08-02').submission).toEqual({ savedInFile: SAVED, received: '2023-08-02' });
    expect(submittedAt(withReceived(withReceived(source, '2023-08-02'), undefined).submission)).toMatchObject({ basis: 'saved' });
  });
});

describe('the save time in a file, once the reader passes it on', () => {
  it('is shown in the Tổng hợp tab with its verdict, and no day received is asked for', async () => {
    const preview = previewMerge(NQ25, { reads: [await readWithSaveTime(saved)], options: { includeUnitsWithErrors: false }, roster: undefined });
    const [row] = sourceRows(preview);
    expect(sourceSubmission(NQ25, row!)).toEqual({
      evidence: 'Lưu lúc 20/7/2023 16:30 (ghi trong tệp, bởi Nguyễn Văn An)',
      unknownBecause: undefined,
      verdicts: ['Đúng hạn'],
      asksReceived: false,
    });
  });

  it('is written in the status sheet as the date sent, with its evidence', async () => {
    const result = consolidate(NQ25, {
      reads: [await readWithSaveTime(saved)],
      options: { includeUnitsWithErrors: false },
      by: { unitName: 'Ban Dân vận Tỉnh ủy', unitType: 'tinh' },
      roster: undefined,
      mergedAt: READ_AT,
    });
    const { header, rows } = result.tables.status;
    const at = (name: string) => rows[0]![header.indexOf(name)];
    expect([at('Ngày nộp'), at('Đúng hạn'), at('Căn cứ ngày nộp')]).toEqual(['20/7/2023 16:30', 'Đúng hạn', 'thời điểm lưu ghi trong tệp (Nguyễn Văn An)']);
  });

  it('is not taken from the date of the file on disk, which the status sheet leaves as Chưa rõ', async () => {
    const read = await readSourceFile(NQ25, { name: unsaved.name, bytes: unsaved.bytes, modified: new Date(2023, 7, 15).getTime() }, READ_AT);
    const result = consolidate(NQ25, { reads: [read], options: { includeUnitsWithErrors: false }, by: { unitName: 'Ban Dân vận Tỉnh ủy', unitType: 'tinh' }, roster: undefined, mergedAt: READ_AT });
    const { header, rows } = result.tables.status;
    expect([rows[0]![header.indexOf('Ngày nộp')], rows[0]![header.indexOf('Đúng hạn')]]).toEqual(['', 'Chưa rõ']);
  });
});
