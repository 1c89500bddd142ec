import { numericInputCells } from '../../../src/core/cellRoles';
import { addressOf, formGrid } from '../../../src/core/layout/grid';
import { mergeSources } from '../../../src/core/merge/merge';
import { decodeStamp } from '../../../src/core/stamp/stamp';
import { createFakeExcel } from '../../../src/dev/fake-excel';
import { readOwnFile } from '../../../src/hosts/excel/ownFile';
import { createSubmitPort } from '../../../src/hosts/excel/submitForms';
import { readSourceFile } from '../../../src/hosts/xlsx/readSourceFile';
import type { Issue } from '../../../src/core/rules/types';
import { NQ25 } from '../../support/campaigns';
import { unitFile, type UnitFile } from '../../support/units';

jest.setTimeout(60_000);

const form = NQ25.forms.find((f) => f.key === 'B1')!;
const input = numericInputCells(form)[0]!;
const cell = addressOf(formGrid(form), input.row, input.column);

let vanLam: UnitFile;
beforeAll(async () => {
  vanLam = await unitFile('Huyện ủy Văn Lâm', 'huyen', 7, { forms: ['B1'] });
});

/** Huyện ủy Văn Lâm's Biểu 1 open in Excel, and the pane's "Nộp biểu" over it. */
async function opened() {
  const excel = createFakeExcel({ apiVersion: 1.9 });
  await excel.openXlsx(vanLam.bytes, 'https://contoso.sharepoint.com/van-lam.xlsx');
  return { excel, port: createSubmitPort(NQ25, excel.run, []) };
}

/** The stamps Biểu 1's marker row holds. */
const stamps = (excel: Awaited<ReturnType<typeof opened>>['excel']) =>
  Array.from({ length: 12 }, (_, c) => excel.cell('Biểu 1', `${String.fromCharCode(65 + c)}1`)?.value).flatMap((v) => decodeStamp(v) ?? []);

const confirm = (answer: boolean, seen: Issue[][] = []) => async (warnings: readonly Issue[]) => (seen.push([...warnings]), answer);

describe('"Nộp biểu" in a unit’s pane', () => {
  it('stamps every form sheet once the warnings are confirmed, leaving the sheet protected as it was', async () => {
    const { excel, port } = await opened();
    expect(await port.submissionStatus()).toBeUndefined();
    const seen: Issue[][] = [];
    const outcome = await port.submit({ by: 'Nguyễn Thị Lan', lock: false }, confirm(true, seen));
    expect(outcome).toMatchObject({ kind: 'submitted', sheets: ['Biểu 1'] });
    expect(stamps(excel)).toEqual([expect.objectContaining({ unit: 'Huyện ủy Văn Lâm', by: 'Nguyễn Thị Lan', form: { key: 'B1', version: form.version } })]);
    expect(excel.sheet('Biểu 1').protection.protected).toBe(true);
    expect(excel.cell('Biểu 1', cell)?.locked).toBe(false);
    expect(await port.submissionStatus()).toMatchObject({ by: 'Nguyễn Thị Lan', changed: [] });
  });

  it('writes nothing when the user does not confirm the warnings', async () => {
    const { excel, port } = await opened();
    await excel.userType('Biểu 1', cell, '');
    const seen: Issue[][] = [];
    expect(await port.submit({ by: 'Lan', lock: false }, confirm(false, seen))).toEqual({ kind: 'cancelled' });
    expect(seen[0]!.map((w) => w.code)).toContain('incomplete');
    expect(stamps(excel)).toEqual([]);
  });

  it('writes nothing and returns the errors when a figure is wrong', async () => {
    const { excel, port } = await opened();
    await excel.userType('Biểu 1', cell, '12 người');
    const outcome = await port.submit({ by: 'Lan', lock: false }, confirm(true));
    expect(outcome.kind).toBe('blocked');
    expect(outcome.kind === 'blocked' && outcome.issues.map((i) => [i.address, i.code])).toEqual([[cell, 'unit-in-number']]);
    expect(stamps(excel)).toEqual([]);
  });

  it('locks the input cells when asked, so the figures cannot be typed over', async () => {
    const { excel, port } = await opened();
    await port.submit({ by: 'Lan', lock: true }, confirm(true));
    expect(excel.cell('Biểu 1', cell)?.locked).toBe(true);
    await expect(excel.userType('Biểu 1', cell, '5')).resolves.toMatchObject({ accepted: false });
  });

  it('shows in the unit’s own pane a figure changed after the stamp, and the province’s merge flags it', async () => {
    const { excel, port } = await opened();
    await port.submit({ by: 'Lan', lock: false }, confirm(true));
    const submitted = excel.cell('Biểu 1', cell)?.value as number;
    await excel.userType('Biểu 1', cell, String(submitted + 90));
    expect((await port.submissionStatus())?.changed).toEqual([{ sheet: 'Biểu 1', cell, submitted, now: submitted + 90 }]);
    const read = await readSourceFile(NQ25, { name: 'van-lam.xlsx', bytes: await readOwnFile(excel.document), modified: undefined }, '02/12/2026 09:00');
    const report = mergeSources(NQ25, [read], { includeUnitsWithErrors: false }).reports[0]!;
    expect(report.found.map((p) => p.code)).toEqual(['changed-after-submission']);
  });
});
