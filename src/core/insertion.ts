import type { Campaign, FormDef } from '../forms/schema';
import type { SheetIdentity } from './identity';
import { formsByKeys, unknownFormKeys } from '../forms/lookup';

/**
 * What inserting a unit's forms does to the sheets already in the workbook.
 * A free name is used; a blank form the add-in made is replaced; anything else
 * (a filled form, a sheet of the user's) is left alone unless the user asks for
 * a copy beside it. Nothing typed by the user is ever overwritten.
 */

export type InsertRequest = {
  readonly unitType: string;
  readonly unitName: string;
  readonly forms: readonly string[];
};

export type SheetConflict = {
  readonly form: string;
  readonly sheetName: string;
  /** `filled`: a form sheet with figures typed in; `foreign`: any other sheet of that name. */
  readonly reason: 'filled' | 'foreign';
  /** The name a copy would get, e.g. "Biểu 1 (2)". */
  readonly copyName: string;
};

export type ConflictChoice = 'skip' | 'copy';

export type InsertResult = {
  readonly created: readonly string[];
  readonly replaced: readonly string[];
  readonly copied: readonly string[];
  readonly skipped: readonly string[];
  /** Set when the forms were written but their print setup could not be (Vietnamese, for the user): what to do by hand before printing. */
  readonly printWarning?: string;
};

/** A sheet of the workbook as the host saw it. */
export type ExistingSheet = {
  readonly name: string;
  readonly identity: SheetIdentity | undefined;
  /** Whether the user typed anything into it (only known for form sheets). */
  readonly hasUserData: boolean;
};

export type InsertStep =
  | { readonly form: FormDef; readonly sheetName: string; readonly action: 'create' }
  | { readonly form: FormDef; readonly sheetName: string; readonly action: 'replace' }
  | { readonly form: FormDef; readonly conflict: SheetConflict; readonly action: 'ask' };

const fold = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi');

/** "Biểu 1" → "Biểu 1 (2)", "Biểu 1 (3)"…: the first name not taken (Excel compares sheet names without case). */
export function copyName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(fold));
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(fold(candidate))) return candidate;
  }
}

export function formsOfRequest(campaign: Campaign, request: InsertRequest): FormDef[] {
  const unknown = unknownFormKeys(campaign, request.forms);
  if (unknown.length > 0) throw new RangeError(`Không có biểu ${unknown.join(', ')} trong bộ biểu ${campaign.key}`);
  return formsByKeys(campaign, request.forms);
}

/** Decides, for each requested form, whether to create, replace or ask. */
export function planInsertion(forms: readonly FormDef[], existing: readonly ExistingSheet[], campaignKey: string): InsertStep[] {
  const byName = new Map(existing.map((s) => [fold(s.name), s]));
  const taken = existing.map((s) => s.name);
  return forms.map((form): InsertStep => {
    const sheet = byName.get(fold(form.sheetName));
    if (!sheet) return { form, sheetName: form.sheetName, action: 'create' };
    const ours = sheet.identity?.campaign === campaignKey && sheet.identity.form === form.key && sheet.identity.mode === 'blank';
    if (ours && !sheet.hasUserData) return { form, sheetName: sheet.name, action: 'replace' };
    const reason = sheet.identity ? 'filled' : 'foreign';
    return { form, action: 'ask', conflict: { form: form.key, sheetName: sheet.name, reason, copyName: copyName(form.sheetName, taken) } };
  });
}

export type InsertProgress = { readonly done: number; readonly total: number; readonly step: string };
