import ExcelJS from 'exceljs';
import { readDesignGrid } from '../../src/hosts/xlsx/designGrid';

async function reread(workbook: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return back.worksheets[0] as ExcelJS.Worksheet;
}

describe('a sheet of an .xlsx read for the form designer', () => {
  it('keeps values, formulas (shared ones translated to their cell), merges, bold, italic, indent, fills, number formats and borders', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Biểu');
    sheet.getCell('A1').value = 'TIÊU ĐỀ';
    sheet.getCell('A1').font = { bold: true };
    sheet.mergeCells('A1:C1');
    sheet.getCell('B3').value = 'Trong đó: nữ';
    sheet.getCell('B3').font = { italic: true };
    sheet.getCell('B3').alignment = { indent: 2 };
    sheet.getCell('C3').value = 7;
    sheet.getCell('C3').numFmt = '#,##0.0';
    sheet.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    sheet.getCell('C3').border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
    sheet.getCell('D3').value = { formula: 'C3*2', result: 14 };
    sheet.getCell('D4').value = { sharedFormula: 'D3', result: 0 } as ExcelJS.CellSharedFormulaValue;
    const grid = readDesignGrid(await reread(workbook));
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(grid.cells[0]?.[0]).toMatchObject({ value: 'TIÊU ĐỀ', bold: true });
    expect(grid.cells[0]?.[1]?.value ?? null).toBeNull();
    expect(grid.cells[2]?.[1]).toMatchObject({ value: 'Trong đó: nữ', italic: true, indent: 2 });
    expect(grid.cells[2]?.[2]).toMatchObject({ value: 7, numberFormat: '#,##0.0', fill: '#FFF2CC', borders: { top: true, bottom: true, left: false, right: false } });
    expect(grid.cells[2]?.[3]).toMatchObject({ formula: '=C3*2', value: 14 });
    expect(grid.cells[3]?.[3]?.formula).toBe('=C4*2');
  });

  it('reads only the chosen range, in the sheet’s own coordinates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Biểu');
    sheet.getCell('A1').value = 'ngoài vùng';
    sheet.getCell('C5').value = 'trong vùng';
    const grid = readDesignGrid(await reread(workbook), 'B4:D6');
    expect(grid.bounds).toEqual({ top: 3, left: 1, bottom: 5, right: 3 });
    expect(grid.cells[4]?.[2]?.value).toBe('trong vùng');
    expect(grid.cells[0]).toBeUndefined();
  });
});
