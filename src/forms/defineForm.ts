import { z } from 'zod';
import { campaignSchema, formSchema, type Campaign, type CampaignFile, type FormDef } from './schema';
import { describeIssue } from './issuePath';

/** A form or campaign definition that does not fit the schema. */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
}

z.config(z.locales.vi());

function refusal(owner: string, definition: unknown, issues: readonly z.core.$ZodIssue[]): CatalogError {
  const lines = issues.map((issue) => `  - ${describeIssue(definition, issue.path, issue.message)}`);
  return new CatalogError(`${owner} không hợp lệ:\n${lines.join('\n')}`);
}

const keyOf = (definition: unknown) => {
  const k = (definition as { key?: unknown } | null)?.key;
  return typeof k === 'string' ? k : undefined;
};

/**
 * Validates one form definition on load. The message names the form (by its key,
 * or its position when even the key is missing), the row or column, and each
 * offending field; an expression's message points at the character.
 */
export function defineForm(definition: unknown): FormDef {
  const result = formSchema.safeParse(definition);
  if (result.success) return result.data;
  throw refusal(`Biểu ${keyOf(definition) ?? '(không có khóa)'}`, definition, result.error.issues);
}

/** Validates a whole campaign: the schema, then what spans forms (unique keys, unit types naming forms that exist). */
export function defineCampaign(definition: unknown): Campaign {
  const owner = `Bộ biểu ${keyOf(definition) ?? ''}`.trim();
  const result = campaignSchema.safeParse(definition);
  if (!result.success) throw refusal(owner, definition, result.error.issues);
  const campaign = result.data;
  const keys = campaign.forms.map((f) => f.key);
  const known = new Set(keys);
  const issues: { path: PropertyKey[]; message: string }[] = [];
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) issues.push({ path: ['forms', i, 'key'], message: `có nhiều biểu cùng khóa "${k}"` });
  });
  campaign.unitTypes.forEach((unitType, i) => {
    unitType.forms.forEach((formKey, j) => {
      if (!known.has(formKey)) issues.push({ path: ['unitTypes', i, 'forms', j], message: `không có biểu "${formKey}"` });
    });
    unitType.optionalForms?.forEach((formKey, j) => {
      if (!known.has(formKey)) issues.push({ path: ['unitTypes', i, 'optionalForms', j], message: `không có biểu "${formKey}"` });
    });
  });
  if (issues.length > 0) throw refusal(`Bộ biểu ${campaign.key}`, definition, issues as z.core.$ZodIssue[]);
  return campaign;
}

/**
 * The text of a campaign file: what was loaded, with every expression back in
 * its written form. A row, column, rule or unit type stays on one line, so a
 * clerk editing the file in a text editor sees a form as a table.
 */
export function campaignFileText(campaign: Campaign): string {
  const file: CampaignFile = JSON.parse(campaignJson(campaign));
  return `${layout(file, '', false)}\n`;
}

const compact = new WeakMap<Campaign, string>();

/** The campaign as the smallest JSON text that loads back to it: what a workbook carries (src/core/campaignCarrier.ts). */
export function campaignJson(campaign: Campaign): string {
  let text = compact.get(campaign);
  if (text === undefined) {
    text = JSON.stringify(campaign, (_key, value: unknown) => (isParsed(value) ? value.source : value));
    compact.set(campaign, text);
  }
  return text;
}

const ONE_LINE_ITEMS = new Set(['columns', 'rows', 'rules', 'unitTypes', 'signers']);

function layout(value: unknown, indent: string, itemsOnOneLine: boolean): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0 || value.every((v) => typeof v !== 'object' || v === null)) return JSON.stringify(value);
    const items = value.map((v) => (itemsOnOneLine ? JSON.stringify(v) : layout(v, inner, false)));
    return `[\n${items.map((item) => inner + item).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layout(v, inner, ONE_LINE_ITEMS.has(k))}`);
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const isParsed = (value: unknown): value is { source: string } =>
  typeof value === 'object' && value !== null && 'source' in value && 'tree' in value && Object.keys(value).length === 2;

/** Reads a campaign file's text: a JSON error names the line and column, a schema error the form, row, column and field. */
export function readCampaignText(text: string, fileName: string): Campaign {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CatalogError(`Tệp "${fileName}" không phải JSON hợp lệ: ${jsonErrorAt(text, error)}`);
  }
  try {
    return defineCampaign(data);
  } catch (error) {
    if (error instanceof CatalogError) throw new CatalogError(`Tệp "${fileName}": ${error.message}`);
    throw error;
  }
}

/**
 * Where a JSON text first goes wrong, as line and column. V8 names the position
 * in most messages but not all ("Unexpected token '}', … is not valid JSON"):
 * then the mistake is found as the shortest prefix that fails somewhere before
 * its end (a prefix that stops before the mistake can only fail at its end).
 */
function jsonErrorAt(text: string, error: unknown): string {
  const position = (message: string) => {
    const at = /position (\d+)/.exec(message)?.[1];
    return at === undefined ? undefined : Number(at);
  };
  const failsBeforeEnd = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const at = position(message);
      return at === undefined ? !/end of JSON input/.test(message) : at < length;
    }
  };
  const message = error instanceof Error ? error.message : String(error);
  if (/end of JSON input/.test(message)) return 'tệp dừng giữa chừng (thiếu dấu đóng)';
  let at = position(message);
  if (at === undefined) {
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (failsBeforeEnd(middle)) high = middle;
      else low = middle + 1;
    }
    at = Math.max(low - 1, 0);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return at >= text.length ? 'tệp dừng giữa chừng (thiếu dấu đóng)' : `dòng ${line}, cột ${column}: ký tự "${text.charAt(at)}" không đúng chỗ`;
}
