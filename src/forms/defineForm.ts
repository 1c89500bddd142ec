import type { z } from 'zod';
import { campaignSchema, formSchema, type Campaign, type FormDef } from './schema';

/** A form or campaign definition that does not fit the schema. */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
}

function describe(owner: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  - ${issue.path.join('.') || '(gốc)'}: ${issue.message}`);
  return `${owner} không hợp lệ:\n${lines.join('\n')}`;
}

/**
 * Validates one form definition on load. The message names the form (by its key,
 * or its position when even the key is missing) and each offending field.
 */
export function defineForm(definition: unknown): FormDef {
  const result = formSchema.safeParse(definition);
  if (result.success) return result.data;
  const k = (definition as { key?: unknown } | null)?.key;
  throw new CatalogError(describe(`Biểu ${typeof k === 'string' ? k : '(không có khoá)'}`, result.error));
}

export function defineCampaign(definition: unknown): Campaign {
  const result = campaignSchema.safeParse(definition);
  if (!result.success) {
    const k = (definition as { key?: unknown } | null)?.key;
    throw new CatalogError(describe(`Đợt tổng kết ${typeof k === 'string' ? k : ''}`.trim(), result.error));
  }
  const campaign = result.data;
  const keys = campaign.forms.map((f) => f.key);
  const known = new Set(keys);
  const problems: string[] = [];
  for (const k of new Set(keys.filter((key, i) => keys.indexOf(key) !== i))) problems.push(`  - forms: có nhiều biểu cùng khoá "${k}"`);
  campaign.unitTypes.forEach((unitType, i) => {
    for (const formKey of [...unitType.forms, ...(unitType.optionalForms ?? [])])
      if (!known.has(formKey)) problems.push(`  - unitTypes.${i} (${unitType.key}): không có biểu "${formKey}"`);
  });
  if (problems.length > 0) throw new CatalogError(`Đợt tổng kết ${campaign.key} không hợp lệ:\n${problems.join('\n')}`);
  return campaign;
}
