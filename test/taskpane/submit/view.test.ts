import type { Issue } from '../../../src/core/rules/types';
import { outcomeNotice, statusNotice, warningQuestion } from '../../../src/taskpane/submit/view';

const warning = { code: 'incomplete', severity: 'warning', message: 'Biểu 1: còn 3 ô trống.' } as Issue;
const error = { code: 'negative', severity: 'error', message: 'Biểu 1, ô D13: -5 là số âm.' } as Issue;

describe('what the "Nộp biểu" panel says of the workbook', () => {
  it('says a workbook never submitted is not submitted', () => {
    expect(statusNotice(undefined)).toEqual({ intent: 'info', lines: ['Chưa nộp biểu.'] });
  });

  it('is a success while the figures are those submitted', () => {
    const notice = statusNotice({ by: 'Nguyễn Thị Lan', at: '2026-11-30T08:15:00.000Z', changed: [] });
    expect(notice.intent).toBe('success');
    expect(notice.lines[0]).toContain('người lập biểu Nguyễn Thị Lan');
  });

  it('is a warning naming each cell changed since, with the figure submitted and the figure now', () => {
    const notice = statusNotice({ by: 'Lan', at: '2026-11-30T08:15:00.000Z', changed: [{ sheet: 'Biểu 2', cell: 'E14', submitted: 120, now: 210 }] });
    expect(notice.intent).toBe('warning');
    expect(notice.lines).toContain('Biểu 2, ô E14: nộp 120, nay 210');
  });
});

describe('what the panel says after a click on "Nộp biểu"', () => {
  it('lists every error when the check blocked the submission', () => {
    const notice = outcomeNotice({ kind: 'blocked', issues: [error], refused: [], full: [], noForms: false });
    expect(notice.intent).toBe('error');
    expect(notice.lines).toContain(error.message);
  });

  it('says there is nothing to submit in a workbook without forms', () => {
    expect(outcomeNotice({ kind: 'blocked', issues: [], refused: [], full: [], noForms: true }).lines[0]).toMatch(/không có biểu nào/);
  });

  it('names the sheets stamped and tells the user to save and send the file', () => {
    const notice = outcomeNotice({ kind: 'submitted', sheets: ['Biểu 1', 'Biểu 2'], at: '2026-11-30T08:15:00.000Z', warnings: 0 });
    expect(notice.intent).toBe('success');
    expect(notice.lines.join(' ')).toMatch(/2 biểu \(Biểu 1, Biểu 2\).*Ctrl\+S/);
  });

  it('asks about every warning before submitting', () => {
    expect(warningQuestion([warning])).toEqual(['Biểu còn 1 cảnh báo:', warning.message, 'Vẫn nộp biểu như hiện có?']);
  });
});
