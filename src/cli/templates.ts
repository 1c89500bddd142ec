import type { Campaign } from '../forms/schema';
import { templateWorkbook } from '../hosts/xlsx/templateWorkbook';
import { option, UsageError, type ParsedArgs } from './args';

export const TEMPLATES_USAGE = 'tongket templates --unit-type <khoá> [--unit-name "<tên đơn vị>"] [--forms B1,B3A] --out <tệp.xlsx>';

/** `tongket templates`: the blank forms of a unit type (or the listed ones) in one workbook. */
export async function templatesCommand(campaign: Campaign, args: ParsedArgs, print: (line: string) => void): Promise<number> {
  const unitTypeKey = option(args, 'unit-type');
  const out = option(args, 'out');
  if (!unitTypeKey || !out) throw new UsageError(`Cách dùng: ${TEMPLATES_USAGE}`);
  const unitType = campaign.unitTypes.find((u) => u.key === unitTypeKey);
  if (!unitType)
    throw new UsageError(`Không có loại đơn vị "${unitTypeKey}". Các loại hợp lệ: ${campaign.unitTypes.map((u) => u.key).join(', ')}`);
  const listed = option(args, 'forms')?.split(',').map((f) => f.trim().toUpperCase()).filter(Boolean);
  const unknown = (listed ?? []).filter((key) => !campaign.forms.some((f) => f.key === key));
  if (unknown.length > 0)
    throw new UsageError(`Không có biểu ${unknown.join(', ')}. Các biểu hợp lệ: ${campaign.forms.map((f) => f.key).join(', ')}`);
  const forms = listed ?? (unitType.forms.length > 0 ? unitType.forms : (unitType.optionalForms ?? []));
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`Tệp ra phải có đuôi .xlsx (nhận được "${out}")`);

  const workbook = await templateWorkbook(campaign, { unitType: unitType.key, unitName: option(args, 'unit-name') ?? '', forms });
  await workbook.xlsx.writeFile(out);
  print(`Đã ghi ${forms.length} biểu (${forms.join(', ')}) cho "${unitType.label}" vào ${out}`);
  return 0;
}
