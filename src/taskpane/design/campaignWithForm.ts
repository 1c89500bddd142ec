import { formKeyOf } from '../../core/design/keys';
import { defineCampaign, defineForm } from '../../forms/defineForm';
import { SHEET_NAME_MAX, type Campaign, type FormDef, type FormFile, type UnitTypeDef } from '../../forms/schema';

/**
 * The designed form joined to the campaign in use: its number, key and sheet
 * name made unique within the campaign, the unit types that fill it, and a new
 * campaign version, so workbooks made with the earlier version are never read
 * as this one. Saving the same design again replaces the form it saved, with
 * the form's own version raised when its rows or columns changed.
 */

/** What the person may set before saving: the number printed ("Biểu số 7"), the title, the sheet's name. */
export type FormSettings = { readonly number: string; readonly title: string; readonly sheetName: string };

const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');
const others = (campaign: Campaign, replacing: string | undefined) => campaign.forms.filter((f) => f.key !== replacing);

/** The proposal's number, title and a sheet name, unless the campaign already has them (the built-in one has "1"): then the next free number. */
export function defaultSettings(campaign: Campaign, form: FormFile, tableSheet: string, replacing?: string): FormSettings {
  const taken = others(campaign, replacing);
  const free = (n: string) => !taken.some((f) => f.number === n || f.key === formKeyOf(n) || fold(f.sheetName) === fold(`Biểu ${n}`));
  const highest = Math.max(0, ...taken.map((f) => parseInt(f.number, 10)).filter(Number.isFinite));
  const number = free(form.number) ? form.number : String(highest + 1);
  // Not the name of the table's own sheet: inserting the form into this workbook would clash with it.
  const sheetName = fold(`Biểu ${number}`) === fold(tableSheet) ? `Biểu ${number} (mới)` : `Biểu ${number}`;
  return { number, title: form.title, sheetName };
}

/** Why the settings cannot be used, in Vietnamese, or undefined. */
export function settingsProblem(campaign: Campaign, settings: FormSettings, replacing?: string): string | undefined {
  const taken = others(campaign, replacing);
  if (!/^[0-9]+[A-Z]?$/.test(settings.number)) return 'Số biểu là số, có thể thêm một chữ in hoa: 7, 3A.';
  if (taken.some((f) => f.number === settings.number || f.key === formKeyOf(settings.number))) return `Bộ biểu đã có biểu số ${settings.number}.`;
  if (settings.title.trim() === '') return 'Ghi tên biểu.';
  const name = settings.sheetName.trim();
  if (name === '' || name.length > SHEET_NAME_MAX || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) return `Tên sheet dài 1–${SHEET_NAME_MAX} ký tự, không có : \\ / ? * [ ] và không bắt đầu hay kết thúc bằng dấu nháy.`;
  if (taken.some((f) => fold(f.sheetName) === fold(name))) return `Bộ biểu đã có biểu tên sheet "${name}".`;
  return undefined;
}

/** The designed form with the settings, as the campaign will hold it. */
export function formWithSettings(designed: FormFile, settings: FormSettings, previous: FormDef | undefined): FormDef {
  const next = { ...designed, key: formKeyOf(settings.number), number: settings.number, title: settings.title.normalize('NFC').trim(), sheetName: settings.sheetName.normalize('NFC').trim() };
  const shape = (f: FormFile) => JSON.stringify([f.columns, f.rows]);
  const sameShape = previous !== undefined && shape(JSON.parse(JSON.stringify(previous, (_k, v: unknown) => sourceOf(v))) as FormFile) === shape(next);
  return defineForm({ ...next, version: previous ? previous.version + (sameShape ? 0 : 1) : 1 });
}

const sourceOf = (value: unknown) => (typeof value === 'object' && value !== null && 'source' in value && 'tree' in value ? (value as { source: string }).source : value);

/** A unit type that owes no form of its own (it consolidates, or only may send) takes the new form as optional; the others must fill it. */
const asOptional = (t: UnitTypeDef) => t.consolidates === true || (t.forms.length === 0 && (t.optionalForms?.length ?? 0) > 0);

/**
 * The campaign with `form` added (or put in place of `replacing`), filled by
 * `unitTypes`, one version up. Throws CatalogError if the result does not
 * validate (it always should: the caller checked the settings).
 */
export function campaignWithForm(campaign: Campaign, form: FormDef, unitTypes: ReadonlySet<string>, replacing?: string): Campaign {
  const at = campaign.forms.findIndex((f) => f.key === replacing);
  const forms = at >= 0 ? campaign.forms.map((f, i) => (i === at ? form : f)) : [...campaign.forms, form];
  const drop = (keys: readonly string[] | undefined) => keys?.filter((k) => k !== replacing && k !== form.key);
  const types = campaign.unitTypes.map((t): UnitTypeDef => {
    const required = drop(t.forms) ?? [];
    const optional = drop(t.optionalForms);
    const chosen = unitTypes.has(t.key);
    const optionalForms = chosen && asOptional(t) ? [...(optional ?? []), form.key] : optional;
    const next: UnitTypeDef = { ...t, forms: chosen && !asOptional(t) ? [...required, form.key] : required };
    if (optionalForms) next.optionalForms = optionalForms;
    else delete next.optionalForms;
    return next;
  });
  const next = { ...campaign, version: campaign.version + 1, forms, unitTypes: types };
  // Through the file form, so expressions are parsed anew and the result is exactly what a file would load.
  return defineCampaign(JSON.parse(JSON.stringify(next, (_k, v: unknown) => sourceOf(v))));
}

/** "nq25.tongket.json": the name a campaign file is saved under. */
export const campaignFileName = (campaign: Campaign) => `${campaign.key}.tongket.json`;
