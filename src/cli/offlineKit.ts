import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { formsOfRequest } from '../core/insertion';
import type { Campaign, FormDef, UnitTypeDef } from '../forms/schema';
import { templateFile } from '../hosts/xlsx/templateWorkbook';
import { asciiFileName } from './asciiFileName';
import { campaignFileText } from '../forms/defineForm';
import { campaignFileName, kitReadme, README_FILE } from './kitReadme';
import { UsageError } from './args';
import { keepUnitFigures } from './keepFigures';
import { checkOutput, writeOutput } from './writeOutput';

/** One workbook of the kit: a unit type's blank forms. */
export type KitFile = { readonly fileName: string; readonly unitType: UnitTypeDef; readonly forms: readonly FormDef[] };

/** The forms a unit type fills when none are listed: its own, else those it is offered (a commune may use the district's). */
export function formsToFill(unitType: UnitTypeDef): readonly string[] {
  return unitType.forms.length > 0 ? unitType.forms : (unitType.optionalForms ?? []);
}

/** A file per unit type that has forms, named from its label ("Bieu-<KHOÁ BỘ BIỂU>-Huyen-uy-….xlsx"), the key added where two labels fold alike. */
export function kitFiles(campaign: Campaign): KitFile[] {
  const prefix = `Bieu-${asciiFileName(campaign.key.toUpperCase())}`;
  const taken = new Set<string>();
  const files: KitFile[] = [];
  for (const unitType of campaign.unitTypes) {
    const forms = formsOfRequest(campaign, { unitType: unitType.key, unitName: '', forms: formsToFill(unitType) });
    if (forms.length === 0) continue;
    let stem = `${prefix}-${asciiFileName(unitType.label) || unitType.key}`;
    if (taken.has(stem.toLowerCase())) stem = `${stem}-${unitType.key}`;
    taken.add(stem.toLowerCase());
    files.push({ fileName: `${stem}.xlsx`, unitType, forms });
  }
  return files;
}

/**
 * The offline kit for units without the add-in: one ready workbook per unit type
 * (the forms check themselves through their Kiểm tra column) and a README. Files
 * of the same names in `dir` are replaced, each whole or not at all, except a
 * workbook a unit has filled in there: then nothing is written without `force`.
 */
export async function writeOfflineKit(campaign: Campaign, dir: string, options: { force: boolean } = { force: false }): Promise<{ files: KitFile[]; readme: string }> {
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`không tạo được thư mục ${dir} (${error.code === 'EEXIST' || error.code === 'ENOTDIR' ? 'đã có một tệp cùng tên' : (error.code ?? String(error))}).`);
  });
  const files = kitFiles(campaign);
  const paths = [...files.map((f) => f.fileName), README_FILE, campaignFileName(campaign)].map((name) => join(dir, name));
  for (const path of paths) await checkOutput(path);
  for (const file of files) await keepUnitFigures(join(dir, file.fileName), campaign, options);
  for (const file of files) {
    const request = { unitType: file.unitType.key, unitName: '', forms: file.forms.map((f) => f.key) };
    await writeOutput(join(dir, file.fileName), await templateFile(campaign, request));
  }
  await writeOutput(join(dir, README_FILE), kitReadme(campaign, files));
  // The workbooks carry the campaign already; the file beside them lets a unit with the add-in open it in the pane.
  await writeOutput(join(dir, campaignFileName(campaign)), campaignFileText(campaign));
  return { files, readme: README_FILE };
}
