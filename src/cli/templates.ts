import { unitTypeByKey, unknownFormKeys } from '../forms/lookup';
import type { Campaign } from '../forms/schema';
import { templateFile } from '../hosts/xlsx/templateWorkbook';
import { option, unitNameOption, UsageError, type ParsedArgs } from './args';
import { formsToFill, writeOfflineKit } from './offlineKit';
import { checkOutput, writeOutput } from './writeOutput';
import { keepUnitFigures } from './keepFigures';

export const TEMPLATES_USAGE = [
  'tongket templates --unit-type <khóa> [--unit-name "<tên đơn vị>"] [--forms B1,B3A] --out <tệp.xlsx> [--campaign <tệp.tongket.json>] [--force]',
  '  tongket templates --all --out-dir <thư mục> [--campaign <tệp.tongket.json>] [--force]',
].join('\n');

/** `tongket templates`: the blank forms of a unit type (or the listed ones) in one workbook, or with --all the offline kit. */
export async function templatesCommand(campaign: Campaign, args: ParsedArgs, print: (line: string) => void): Promise<number> {
  if (args.options.has('all')) return allCommand(campaign, args, print);
  const unitTypeKey = option(args, 'unit-type');
  const out = option(args, 'out');
  if (!unitTypeKey || !out) throw new UsageError(`Cách dùng:\n  ${TEMPLATES_USAGE}`);
  const unitType = unitTypeByKey(campaign, unitTypeKey);
  if (!unitType)
    throw new UsageError(`Không có loại đơn vị "${unitTypeKey}". Các loại hợp lệ: ${campaign.unitTypes.map((u) => u.key).join(', ')}`);
  const listed = option(args, 'forms')?.split(',').map((f) => f.trim().toUpperCase()).filter(Boolean);
  const unknown = unknownFormKeys(campaign, listed ?? []);
  if (unknown.length > 0)
    throw new UsageError(`Không có biểu ${unknown.join(', ')}. Các biểu hợp lệ: ${campaign.forms.map((f) => f.key).join(', ')}`);
  const forms = listed ?? formsToFill(unitType);
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`Tệp ra phải có đuôi .xlsx (nhận được "${out}")`);
  // Blank forms written over a unit's filled ones would lose its figures: refused without --force.
  await checkOutput(out);
  await keepUnitFigures(out, campaign, { force: args.options.has('force') });

  await writeOutput(out, await templateFile(campaign, { unitType: unitType.key, unitName: unitNameOption(args) ?? '', forms }));
  print(`Đã ghi ${forms.length} biểu (${forms.join(', ')}) cho "${unitType.label}" vào ${out}`);
  return 0;
}

/** `--all --out-dir <dir>`: one workbook per unit type and a README, for units without the add-in. */
async function allCommand(campaign: Campaign, args: ParsedArgs, print: (line: string) => void): Promise<number> {
  const dir = option(args, 'out-dir');
  if (!dir) throw new UsageError(`Thiếu --out-dir: --all ghi mỗi loại đơn vị một tệp vào một thư mục.\nCách dùng:\n  ${TEMPLATES_USAGE}`);
  const extra = ['unit-type', 'unit-name', 'forms', 'out'].filter((name) => args.options.has(name));
  if (extra.length > 0)
    throw new UsageError(`--all ghi bộ biểu của mọi loại đơn vị, không dùng cùng ${extra.map((n) => `--${n}`).join(', ')}.\nCách dùng:\n  ${TEMPLATES_USAGE}`);

  const kit = await writeOfflineKit(campaign, dir, { force: args.options.has('force') });
  for (const file of kit.files) print(`${file.fileName}: ${file.forms.length} biểu cho "${file.unitType.label}"`);
  print(`Đã ghi ${kit.files.length} tệp biểu mẫu và ${kit.readme} vào ${dir}`);
  return 0;
}
