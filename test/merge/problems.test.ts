import { problemEffect, sourceState, type MergeProblem } from '../../src/core/merge/problems';
import { problemText } from '../../src/core/merge/wording';
import { NQ25 } from '../support/campaigns';
import { unitFile } from '../support/units';
import { DAY, JULY_1, mergeFiles } from './support';

const file = 'a.xlsx';
const unit = 'Huyện ủy Văn Lâm';
const several = (setAside: boolean): MergeProblem => ({ code: 'several-files', file, unit, files: [], chosen: 'b.xlsx', why: 'newer', setAside });
const refusedSheet: MergeProblem = { code: 'sheet-refused', file, reason: 'sheet "Biểu 1" đã bị sửa bố cục' };
const typeConflict: MergeProblem = { code: 'type-conflict', file, unit, files: [] };
const errors: MergeProblem = { code: 'unit-errors', file, unit, errors: 2 };
const changed: MergeProblem = { code: 'changed-after-submission', file, unit, changes: [{ sheet: 'Biểu 2', cell: 'E14', submitted: 120, now: 210 }] };

describe("a source's state, derived from its problems alone", () => {
  it.each<[string, readonly MergeProblem[], number, string]>([
    ['merged without problems', [], 1, 'merged'],
    ['unreadable whatever else was found', [{ code: 'unreadable', file, reason: 'tệp bị hỏng' }], 0, 'unreadable'],
    ['a duplicate when its bytes were picked before', [{ code: 'same-content', file, twin: 'b.xlsx' }], 0, 'duplicate'],
    ['refused when no unit was read', [refusedSheet], 0, 'refused'],
    ['partly merged when a sheet was left out', [refusedSheet], 1, 'partly'],
    ['merged when only a note was found', [changed, { code: 'earlier-summaries', file, count: 2 }], 1, 'merged'],
    ['a duplicate when its only unit was set aside for another file', [several(true)], 1, 'duplicate'],
    ['merged when its unit was the file kept', [several(false)], 1, 'merged'],
    ['refused when its only unit was refused', [typeConflict], 1, 'refused'],
    ['partly merged when one of its several units was refused', [typeConflict], 2, 'partly'],
    ['excluded when its only unit has errors', [refusedSheet, errors], 1, 'excluded'],
    ['merged when one of its several units has errors (the unit list says so)', [errors], 2, 'merged'],
    ['excluded when its only unit is not approved and only approved units count', [{ code: 'not-approved', file, unit, state: 'returned', reason: 'Thiếu chữ ký' }], 1, 'excluded'],
  ])('is %s', (_, problems, units, state) => {
    expect(sourceState(problems, units)).toBe(state);
  });

  it('counts figures changed after submission as a note: the unit is merged, flagged', () => {
    expect(problemEffect(changed)).toBe('note');
  });
});

describe('the wording of merge problems', () => {
  it('names the sheet, the cell, the figure submitted and the figure now for a change after submission', () => {
    expect(problemText(NQ25, changed)).toContain('Biểu 2, ô E14: nộp 120, nay 210');
  });

  it('says a blank as such and numbers the Vietnamese way', () => {
    const blanked: MergeProblem = { ...changed, changes: [{ sheet: 'Biểu 1', cell: 'D11', submitted: 1234, now: null }] } as MergeProblem;
    expect(problemText(NQ25, blanked)).toContain('Biểu 1, ô D11: nộp 1.234, nay trống');
  });
});

describe('the problems a merge reports', () => {
  it('are codes with their data, beside the sentences', async () => {
    const older = { ...(await unitFile(unit, 'huyen', 30, { forms: ['B1'] })), name: 'cu.xlsx', modified: JULY_1 };
    const newer = { ...(await unitFile(unit, 'huyen', 31, { forms: ['B1'] })), name: 'moi.xlsx', modified: JULY_1 + DAY };
    const result = await mergeFiles([older, newer, { ...newer, name: 'ban-sao.xlsx' }]);
    expect(result.result.reports.map((r) => [r.source.label, r.state, r.found.map((p) => p.code)])).toEqual([
      ['cu.xlsx', 'duplicate', ['several-files']],
      ['moi.xlsx', 'merged', ['several-files']],
      ['ban-sao.xlsx', 'duplicate', ['same-content']],
    ]);
    expect(result.result.reports[0]!.found[0]).toMatchObject({ chosen: 'moi.xlsx', why: 'newer', setAside: true });
    expect(result.result.reports.map((r) => r.problems.length)).toEqual([1, 1, 1]);
  });
});
