import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { templateWorkbook } from '../../src/hosts/xlsx/templateWorkbook';
import { NQ25 } from './campaigns';
import { withStoredCells, type StoredCell } from './sheetXml';

/**
 * A unit's file holding only Biểu 1 of NQ25 (E11, a count of documents, set to
 * 4 so the unit has a figure), written to `dir/name`: cells typed through
 * ExcelJS by `typed`, then cells stored as given in the sheet's XML.
 */
export async function formOneFile(
  dir: string,
  name: string,
  { unit = 'Huyện ủy Văn Lâm', typed = () => undefined, stored = {} }: { unit?: string; typed?: (sheet: ExcelJS.Worksheet) => void; stored?: Record<string, StoredCell> } = {},
): Promise<string> {
  const workbook = await templateWorkbook(NQ25, { unitType: 'huyen', unitName: unit, forms: ['B1'] });
  const sheet = workbook.getWorksheet('Biểu 1') as ExcelJS.Worksheet;
  sheet.getCell('E11').value = 4;
  typed(sheet);
  const bytes = await withStoredCells(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xl/worksheets/sheet1.xml', stored);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
