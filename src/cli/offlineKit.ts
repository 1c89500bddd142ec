import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formsOfRequest } from '../core/insertion';
import type { Campaign, FormDef, UnitTypeDef } from '../forms/schema';
import { templateWorkbook } from '../hosts/xlsx/templateWorkbook';
import { asciiFileName } from './asciiFileName';
import { campaignFileText } from '../forms/defineForm';
import { campaignFileName, kitReadme, README_FILE } from './kitReadme';

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
 * of the same names in `dir` are replaced.
 */
export async function writeOfflineKit(campaign: Campaign, dir: string): Promise<{ files: KitFile[]; readme: string }> {
  await mkdir(dir, { recursive: true });
  const files = kitFiles(campaign);
  for (const file of files) {
    const request = { unitType: file.unitType.key, unitName: '', forms: file.forms.map((f) => f.key) };
    const workbook = await templateWorkbook(campaign, request);
    await workbook.xlsx.writeFile(join(dir, file.fileName));
  }
  await writeFile(join(dir, README_FILE), kitReadme(campaign, files), 'utf8');
  // The workbooks carry the campaign already; the file beside them lets a unit with the add-in open it in the pane.
  await writeFile(join(dir, campaignFileName(campaign)), campaignFileText(campaign), 'utf8');
  return { files, readme: README_FILE };
}
