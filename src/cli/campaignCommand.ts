import { numericInputCells } from '../core/cellRoles';
import { ruleInstances } from '../core/rules/instances';
import { campaignFileText } from '../forms/defineForm';
import type { Campaign } from '../forms/schema';
import { option, UsageError, type ParsedArgs } from './args';
import { readCampaignFile } from './campaignOption';
import { readFile } from 'node:fs/promises';
import { checkOutput, writeOutput } from './writeOutput';

export const CAMPAIGN_USAGE = ['tongket campaign check <tệp.tongket.json>', '  tongket campaign export --out <tệp.tongket.json> [--force]'].join('\n');

/**
 * `tongket campaign check`: validates a campaign file and prints what a clerk
 * wants to see before handing it out: its forms with their input cells and
 * rules, and who fills what. `tongket campaign export`: the built-in campaign
 * as a file, to start a new one from.
 */
export async function campaignCommand(builtIn: Campaign, args: ParsedArgs, print: (line: string) => void): Promise<number> {
  const [action, path, extra] = args.positional;
  if (action === 'check' && path && !extra) {
    for (const line of campaignSummary(await readCampaignFile(path))) print(line);
    return 0;
  }
  const out = option(args, 'out');
  if (action === 'export' && out && !path) {
    const text = campaignFileText(builtIn);
    await checkOutput(out);
    // A campaign file someone edited is their work: replaced only when asked.
    const existing = await readFile(out, 'utf8').catch(() => undefined);
    if (existing !== undefined && existing.trim() !== '' && existing !== text && !args.options.has('force'))
      throw new UsageError(`Tệp ${out} đã có và khác bộ biểu sẽ ghi (có thể là bộ biểu đã sửa); không ghi đè; chọn tên tệp khác, hoặc thêm --force nếu chắc chắn muốn ghi đè.`);
    await writeOutput(out, text);
    print(`Đã ghi bộ biểu "${builtIn.shortName}" (phiên bản ${builtIn.version}) vào ${out}`);
    return 0;
  }
  throw new UsageError(`Cách dùng:\n  ${CAMPAIGN_USAGE}`);
}

export function campaignSummary(campaign: Campaign): string[] {
  const lines = [`Bộ biểu hợp lệ: ${campaign.name}`, `Khóa ${campaign.key}, phiên bản ${campaign.version}; ${campaign.forms.length} biểu, ${campaign.unitTypes.length} loại đơn vị.`, 'Biểu:'];
  for (const form of campaign.forms) {
    const rules = form.rules.length;
    const checks = ruleInstances(form).length;
    lines.push(`  ${form.key} (${form.sheetName}, phiên bản ${form.version}): ${form.rows.length} hàng, ${form.columns.length} cột, ${numericInputCells(form).length} ô nhập số, ${rules} quy tắc (${checks} phép kiểm tra)`);
  }
  lines.push('Loại đơn vị:');
  for (const type of campaign.unitTypes) {
    const forms = type.forms.length > 0 ? type.forms.join(', ') : 'không bắt buộc biểu nào';
    const optional = type.optionalForms?.length ? `; có thể điền ${type.optionalForms.join(', ')}` : '';
    lines.push(`  ${type.key} (${type.label}): ${forms}${optional}; hạn ${type.deadline}${type.consolidates ? '; tổng hợp' : ''}`);
  }
  return lines;
}
