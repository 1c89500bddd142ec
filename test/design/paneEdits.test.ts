import ExcelJS from 'exceljs';
import { proposeForms } from '../../src/core/design/proposeForms';
import type { FormProposal } from '../../src/core/design/types';
import { BUILT_IN_CAMPAIGN } from '../../src/forms/builtInCampaign';
import { defineForm } from '../../src/forms/defineForm';
import { readDesignGrid } from '../../src/hosts/xlsx/designGrid';
import { campaignWithForm, defaultSettings, formWithSettings, settingsProblem } from '../../src/taskpane/design/campaignWithForm';
import { applyEdits, DesignEditError, type DesignEdit } from '../../src/taskpane/design/edits';
import { buildOutline, inSheetWords } from '../../src/taskpane/design/outline';
import { CORPUS } from '../fixtures/designer';
import { MAM_NON } from '../fixtures/designer/01-mam-non';
import { tableFile } from '../fixtures/designer/table';

/**
 * What the Thiết kế biểu tab does to a proposal before it is saved: role
 * changes applied over the designer's form (never re-running the designer),
 * what they pull along, and the form joined to the campaign in use.
 */

let proposal: FormProposal;
beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await tableFile(MAM_NON)) as unknown as ExcelJS.Buffer);
  proposal = proposeForms(readDesignGrid(workbook.worksheets[0] as ExcelJS.Worksheet))[0] as FormProposal;
});

const row = (r: number, choice: Extract<DesignEdit, { kind: 'row' }>['choice']): DesignEdit => ({ kind: 'row', row: r, choice });
const column = (c: string, choice: Extract<DesignEdit, { kind: 'column' }>['choice']): DesignEdit => ({ kind: 'column', column: c, choice });
const keyAt = (r: number) => proposal.rows.find((x) => x.row === r)?.key as string;

describe('role changes over a proposal', () => {
  it('leave the proposal’s form as it is when nothing is changed', () => {
    expect(applyEdits(proposal, []).form).toEqual(proposal.form);
  });

  it('make a row a heading, and drop the total’s addend and the rules that compared it, saying so', () => {
    const designed = applyEdits(proposal, [row(16, 'section')]);
    expect(designed.form.rows.find((r) => r.key === keyAt(16))?.kind).toBe('section');
    expect(designed.form.rows.find((r) => r.key === keyAt(14))).toMatchObject({ kind: 'total', of: [keyAt(15)] });
    expect(designed.form.rules).toHaveLength(proposal.form.rules.length - 2);
    expect(designed.notes).toEqual([expect.stringMatching(/^bỏ quy tắc "Trẻ em 5 tuổi/), expect.stringMatching(/^bỏ quy tắc "Trẻ em khuyết tật/)]);
    expect(() => defineForm(designed.form)).not.toThrow();
  });

  it('turn a total whose rows are all gone into an input row', () => {
    const designed = applyEdits(proposal, [row(15, 'ignore'), row(16, 'ignore')]);
    expect(designed.form.rows.find((r) => r.key === keyAt(14))).toMatchObject({ kind: 'data', valueKind: 'count' });
    expect(designed.notes).toEqual([expect.stringMatching(/^hàng 14 không còn hàng nào để cộng/), expect.stringMatching(/^bỏ quy tắc/), expect.stringMatching(/^bỏ quy tắc/)]);
  });

  it('take in a row the designer left out, in its place, and put an ignored row back where it was', () => {
    const added = applyEdits(proposal, [row(17, 'input')]);
    const keys = added.form.rows.map((r) => r.key);
    const key = added.rowKeys.get(17) as string;
    expect(keys.indexOf(key)).toBe(keys.indexOf(keyAt(16)) + 1);
    expect(added.placement.rows.get(key)).toBe(16);
    expect(added.form.rows.find((r) => r.key === key)).toMatchObject({ label: 'Trong đó:', kind: 'data' });
    const back = applyEdits(proposal, [row(12, 'ignore'), row(12, 'input')]);
    expect(back.form.rows.map((r) => r.key)).toEqual(proposal.form.rows.map((r) => r.key));
  });

  it('add up the rows one level down, not their "Trong đó" rows, for a row made a total', () => {
    const designed = applyEdits(proposal, [row(10, 'input'), row(10, 'total')]);
    expect(designed.form.rows.find((r) => r.key === keyAt(10))).toMatchObject({ kind: 'total', of: [keyAt(11), keyAt(12)] });
    expect(() => applyEdits(proposal, [row(11, 'total')])).toThrow(DesignEditError);
    expect(() => applyEdits(proposal, [row(9, 'input')])).toThrow('Hàng 9 là tiêu đề của bảng');
  });

  it('make a "Tổng số" column the sum of the input columns right of it, leaving out "Trong đó" columns', () => {
    const designed = applyEdits(proposal, [column('E', 'input'), column('E', 'total')]);
    const keys = proposal.columns.filter((c) => c.column === 'F' || c.column === 'H').map((c) => c.key);
    expect(designed.form.columns[0]).toMatchObject({ kind: 'formula', formula: keys.join(' + ') });
  });

  it('make a column computed from a column now left out an input column, and drop its rules', () => {
    const designed = applyEdits(proposal, [column('F', 'ignore')]);
    expect(designed.form.columns.map((c) => c.kind)).toEqual(['input', 'input', 'input', 'input']);
    expect(designed.notes).toContain('công thức cột E dùng cột không còn số liệu: thành cột nhập');
    expect(designed.form.rules.some((r) => r.check.includes(proposal.columns.find((c) => c.column === 'F')?.key as string))).toBe(false);
    expect(() => defineForm(designed.form)).not.toThrow();
  });
});

describe('every role offered, on every table of the corpus', () => {
  it.each(CORPUS.map((t) => [t.id, t] as const))('gives a form the schema takes, or says in Vietnamese why it cannot (%s)', async (_id, table) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableFile(table)) as unknown as ExcelJS.Buffer);
    const p = proposeForms(readDesignGrid(workbook.worksheets[0] as ExcelJS.Worksheet))[0] as FormProposal;
    const outline = buildOutline(p, applyEdits(p, []), []);
    const edits: DesignEdit[] = [
      ...outline.rows.flatMap((r) => r.choices.map((choice): DesignEdit => ({ kind: 'row', row: r.row, choice }))),
      ...outline.columns.flatMap((c) => c.choices.map((choice): DesignEdit => ({ kind: 'column', column: c.column, choice }))),
    ];
    let made = 0;
    for (const edit of edits) {
      try {
        const designed = applyEdits(p, [edit]);
        expect(() => defineForm(designed.form)).not.toThrow();
        buildOutline(p, designed, [edit]);
        made += 1;
      } catch (error) {
        expect(error).toBeInstanceOf(DesignEditError);
        expect((error as Error).message).toMatch(/^(Hàng|Cột|Không đổi được)/);
      }
    }
    expect(made).toBeGreaterThan(edits.length / 2);
  });
});

describe('the outline of a proposal', () => {
  it('names what the designer is unsure of, and marks it settled once its row is given a role', () => {
    const edits = [row(14, 'section')];
    const outline = buildOutline(proposal, applyEdits(proposal, edits), edits);
    expect(outline.doubts.map((d) => [d.at, d.settled])).toEqual([
      ['hàng 10', false],
      ['hàng 14', true],
    ]);
    expect(outline.rows.find((r) => r.row === 10)).toMatchObject({ choice: 'total', formula: '= hàng 11 + hàng 12', doubts: [expect.stringContaining('đoán là tổng')] });
    expect(outline.rows.find((r) => r.row === 8)).toMatchObject({ choice: undefined, read: 'tiêu đề cột' });
    expect(outline.columns.find((c) => c.column === 'E')).toMatchObject({ choice: 'formula', formula: '= cột F + cột H', choices: ['input', 'total', 'formula', 'note', 'ignore'] });
    expect(outline.rules.map((r) => r.check)).toContain('hàng 13 ≤ hàng 12');
  });

  it('writes expressions in the sheet’s words', () => {
    const words = (k: string) => ({ a: 'hàng 5', b: 'hàng 6', c: 'cột D' })[k];
    expect(inSheetWords('a / b * 100 >= 0', words)).toBe('hàng 5 / hàng 6 × 100 ≥ 0');
    expect(inSheetWords('a.c <= b.c', words)).toBe('hàng 5, cột D ≤ hàng 6, cột D');
  });
});

describe('the designed form joined to the campaign in use', () => {
  it('takes the next free number when the campaign has the table’s, and a sheet name unlike the table’s own sheet', () => {
    expect(defaultSettings(BUILT_IN_CAMPAIGN, proposal.form, MAM_NON.sheet)).toEqual({ number: '7', title: proposal.form.title, sheetName: 'Biểu 7' });
    expect(settingsProblem(BUILT_IN_CAMPAIGN, { number: '1', title: 'X', sheetName: 'Biểu 9' })).toBe('Bộ biểu đã có biểu số 1.');
    expect(settingsProblem(BUILT_IN_CAMPAIGN, { number: '9', title: 'X', sheetName: 'biểu 2' })).toBe('Bộ biểu đã có biểu tên sheet "biểu 2".');
    expect(settingsProblem(BUILT_IN_CAMPAIGN, { number: '9', title: 'X', sheetName: 'Biểu 9' })).toBeUndefined();
  });

  it('adds the form in a new campaign version, filled by the ticked unit types (optional for those that consolidate), and replaces it when saved again', () => {
    const settings = defaultSettings(BUILT_IN_CAMPAIGN, proposal.form, MAM_NON.sheet);
    const form = formWithSettings(proposal.form, settings, undefined);
    const ticked = new Set(['huyen', 'tinh']);
    const first = campaignWithForm(BUILT_IN_CAMPAIGN, form, ticked);
    expect(first.version).toBe(BUILT_IN_CAMPAIGN.version + 1);
    expect(first.forms.map((f) => f.key)).toEqual([...BUILT_IN_CAMPAIGN.forms.map((f) => f.key), 'B7']);
    expect(first.unitTypes.find((t) => t.key === 'huyen')?.forms.at(-1)).toBe('B7');
    expect(first.unitTypes.find((t) => t.key === 'tinh')?.optionalForms?.at(-1)).toBe('B7');
    expect(first.unitTypes.find((t) => t.key === 'co_so')?.optionalForms).not.toContain('B7');

    const edited = applyEdits(proposal, [row(20, 'ignore')]).form;
    const again = formWithSettings(edited, settings, first.forms.at(-1));
    expect(again.version).toBe(2);
    expect(formWithSettings(proposal.form, settings, first.forms.at(-1)).version).toBe(1);
    const second = campaignWithForm(first, again, new Set(['huyen']), 'B7');
    expect(second.version).toBe(first.version + 1);
    expect(second.forms.filter((f) => f.key === 'B7')).toHaveLength(1);
    expect(second.unitTypes.find((t) => t.key === 'tinh')?.optionalForms).not.toContain('B7');
  });
});
