import ExcelJS from 'exceljs';
import { proposeForms } from '../../src/core/design/proposeForms';
import type { DesignGrid, FormProposal } from '../../src/core/design/types';
import { createFakeExcel, type FakeExcel, type SheetModel } from '../../src/dev/fake-excel';
import { BUILT_IN_CAMPAIGN } from '../../src/forms/builtInCampaign';
import { defineForm } from '../../src/forms/defineForm';
import { createExcelPort } from '../../src/hosts/excel/excelPort';
import { MAX_DESIGN_CELLS } from '../../src/hosts/excel/readDesignGrid';
import { readDesignGrid as readXlsxGrid } from '../../src/hosts/xlsx/designGrid';
import { CORPUS } from '../fixtures/designer';
import { MAM_NON } from '../fixtures/designer/01-mam-non';
import { tableFile } from '../fixtures/designer/table';
import { tableOps, writeOfficeTable } from './support/officeTable';

jest.setTimeout(60_000);

/**
 * The pane and `tongket author` must propose the same form for the same
 * table: each corpus table is put into the in-memory Excel through Office.js
 * calls, read back as the pane reads it, and designed; the same table written
 * to an .xlsx is read as the CLI reads it, and designed; the two proposals
 * must be the same, decision for decision.
 */

async function xlsxGrid(table: (typeof CORPUS)[number]): Promise<DesignGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await tableFile(table)) as unknown as ExcelJS.Buffer);
  return readXlsxGrid(workbook.worksheets[0] as ExcelJS.Worksheet);
}

async function excelWith(table: (typeof CORPUS)[number], apiVersion: string | number = '1.13'): Promise<FakeExcel> {
  const excel = createFakeExcel({ apiVersion });
  await writeOfficeTable(tableOps(table), excel);
  return excel;
}

const portOf = (excel: FakeExcel) => createExcelPort(BUILT_IN_CAMPAIGN, excel.run, excel.requirements);

/** A proposal as plain data: its placement's maps as entries. */
const plain = (p: FormProposal | undefined) =>
  p && { ...p, placement: { rows: [...p.placement.rows], columns: [...p.placement.columns] } };

/** The whole sheet as data, handlers aside: what "untouched" is measured by. */
function sheetBytes(sheet: SheetModel): string {
  return JSON.stringify({ ...sheet, changeHandlers: undefined, selectionHandlers: undefined }, (_key, value: unknown) =>
    value instanceof Map ? [...value] : value instanceof Set ? [...value] : value,
  );
}

describe('the table read through Office.js for the form designer', () => {
  it.each(CORPUS.map((t) => [t.id, t] as const))('gives the form `tongket author` gives, for %s', async (_id, table) => {
    const excel = await excelWith(table);
    excel.resetStats();
    const read = await portOf(excel).readDesignGrid();
    expect(read.missing).toEqual([]);
    expect(read.from).toBe('sheet');
    const fromPane = proposeForms(read.grid);
    const fromFile = proposeForms(await xlsxGrid(table));
    expect(fromPane.length).toBeGreaterThan(0);
    expect(fromPane.map(plain)).toEqual(fromFile.map(plain));
    expect(() => defineForm(fromPane[0]?.form)).not.toThrow();
    // Two round trips whatever the table: where it is, then everything in it.
    expect(excel.stats.syncs).toBe(2);
  });

  it('keeps the cells of a table as the .xlsx reader does: values, formulas with their results, merges, bold, italic, fills, number formats, borders', async () => {
    const table = CORPUS.find((t) => t.id === '16-kinh-phi') as (typeof CORPUS)[number];
    const read = await portOf(await excelWith(table)).readDesignGrid();
    const file = await xlsxGrid(table);
    // A merge's covered cells answer with the top-left cell's format in ExcelJS; the in-memory Excel keeps their own. Either way they are empty.
    const covered = (r: number, c: number) => file.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
    for (let r = 0; r < table.rows.length; r += 1)
      for (let c = 0; c <= read.grid.bounds.right; c += 1)
        if (!covered(r, c)) expect({ r, c, cell: read.grid.cells[r]?.[c] }).toEqual({ r, c, cell: file.cells[r]?.[c] });
    expect(read.grid.merges).toEqual(file.merges);
  });

  it('reads the selected range only, in the sheet’s own coordinates, when more than one cell is selected', async () => {
    const excel = await excelWith(MAM_NON);
    await excel.userSelect(MAM_NON.sheet, 'A6:I20');
    const read = await portOf(excel).readDesignGrid();
    expect(read.from).toBe('selection');
    expect(read.grid.bounds).toEqual({ top: 5, left: 0, bottom: 19, right: 8 });
    expect(read.grid.cells[5]?.[0]?.value).toBe('STT');
    expect(read.grid.cells[0]).toBeUndefined();
    // As `tongket author --range A6:I20` reads the file.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableFile(MAM_NON)) as unknown as ExcelJS.Buffer);
    const fromFile = proposeForms(readXlsxGrid(workbook.worksheets[0] as ExcelJS.Worksheet, 'A6:I20'));
    expect(proposeForms(read.grid).map(plain)).toEqual(fromFile.map(plain));
  });

  it('says what an older Excel cannot give (cell formats below ExcelApi 1.9, merges below 1.13) and still reads the text', async () => {
    const excel = await excelWith(MAM_NON, 1.8);
    const read = await portOf(excel).readDesignGrid();
    expect(read.missing).toEqual([expect.stringContaining('ExcelApi 1.9'), expect.stringContaining('ExcelApi 1.13')]);
    expect(read.grid.merges).toEqual([]);
    expect(read.grid.cells[5]?.[0]).toEqual({ value: 'STT' });
    const at19 = await portOf(await excelWith(MAM_NON, '1.9')).readDesignGrid();
    expect(at19.missing).toEqual([expect.stringContaining('ExcelApi 1.13')]);
    expect(at19.grid.cells[5]?.[0]).toMatchObject({ value: 'STT', bold: true });
  });

  it('refuses an empty sheet and a selection too large to read at once, in Vietnamese', async () => {
    const excel = createFakeExcel({ apiVersion: '1.13', sheets: ['Trống'] });
    await expect(portOf(excel).readDesignGrid()).rejects.toThrow('Sheet "Trống" trống');
    const big = await excelWith(MAM_NON);
    await big.userPaste(MAM_NON.sheet, 'A30', [Array.from({ length: 200 }, () => 1)]);
    await big.userPaste(MAM_NON.sheet, 'A200', [[1]]);
    await big.userSelect(MAM_NON.sheet, 'A1:GR200');
    expect(200 * 200).toBeGreaterThan(MAX_DESIGN_CELLS);
    await expect(portOf(big).readDesignGrid()).rejects.toThrow(/Vùng đang chọn có .* ô, quá nhiều để đọc một lần/);
  });

  it('lays the proposed form out beside the table for comparison, leaving the table’s sheet exactly as it was', async () => {
    const excel = await excelWith(MAM_NON);
    excel.userAddSheet('Sau');
    const before = sheetBytes(excel.sheet(MAM_NON.sheet));
    const port = portOf(excel);
    const read = await port.readDesignGrid();
    const [proposal] = proposeForms(read.grid);
    const form = defineForm({ ...proposal?.form, key: 'B7', number: '7', sheetName: 'Biểu 7' });
    const { sheet } = await port.previewForm(BUILT_IN_CAMPAIGN, form, MAM_NON.sheet);
    expect(sheet).toBe('Xem thử Biểu 7');
    expect(excel.sheetNames()).toEqual([MAM_NON.sheet, 'Xem thử Biểu 7', 'Sau']);
    expect(excel.activeSheet()).toBe('Xem thử Biểu 7');
    expect(sheetBytes(excel.sheet(MAM_NON.sheet))).toBe(before);
    // A picture, not a form: no marker, no campaign, so nothing of the add-in reads it as one.
    expect(excel.cell(sheet, 'A1')?.value ?? null).toBeNull();
    expect(excel.cell(sheet, 'B1')?.value ?? null).toBeNull();
    expect(excel.cell(sheet, 'A4')?.value).toBe('SỐ NHÓM, LỚP VÀ TRẺ EM MẦM NON');
    const again = await port.previewForm(BUILT_IN_CAMPAIGN, form, MAM_NON.sheet);
    expect(again.sheet).toBe('Xem thử Biểu 7 (2)');
  });
});
