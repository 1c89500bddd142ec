import type ExcelJS from 'exceljs';
import { formsOfRequest } from '../../src/core/insertion';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { templateWorkbook } from '../../src/hosts/xlsx/templateWorkbook';
import { NQ25 } from './campaigns';
import type { Campaign, FormDef } from '../../src/forms/schema';
import { fillValid, type Figures } from './fill';

/** A unit's workbook as it would come back: the blank forms from `tongket templates`, figures typed in. */
export type UnitFile = { readonly name: string; readonly unit: string; readonly bytes: Uint8Array; readonly figures: ReadonlyMap<string, Figures> };

/** The unit's forms of `campaign` (NQ25 when not given): those listed in `forms`, else those its unit type fills. */
export async function unitWorkbook(
  unit: string,
  unitType: string,
  seed: number,
  options: { campaign?: Campaign; forms?: readonly string[]; edit?: (workbook: ExcelJS.Workbook) => void } = {},
): Promise<ExcelJS.Workbook & { figures: Map<string, Figures> }> {
  const campaign = options.campaign ?? NQ25;
  const type = campaign.unitTypes.find((t) => t.key === unitType);
  // A commune owes no form but may send the district's (its optional forms).
  const forms = options.forms ?? (type?.forms.length ? type.forms : (type?.optionalForms ?? []));
  const request = { unitType, unitName: unit, forms: [...forms] };
  const workbook = await templateWorkbook(campaign, request);
  const chosen = formsOfRequest(campaign, request);
  const figures = fillValid(chosen, seed);
  chosen.forEach((form: FormDef) => {
    const filled = figures.get(form.key) as Figures;
    const sheet = workbook.getWorksheet(form.sheetName) as ExcelJS.Worksheet;
    for (const [row, columns] of filled) for (const [column, value] of columns) sheet.getCell(addressOf(formGrid(form), row, column)).value = value;
  });
  options.edit?.(workbook);
  return Object.assign(workbook, { figures });
}

export async function unitFile(unit: string, unitType: string, seed: number, options: Parameters<typeof unitWorkbook>[3] = {}): Promise<UnitFile> {
  const workbook = await unitWorkbook(unit, unitType, seed, options);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { name: `${unit}.xlsx`, unit, bytes, figures: workbook.figures };
}
