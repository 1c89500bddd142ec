import type { Campaign, FormDef, UnitTypeDef } from './schema';

/**
 * Every question the code asks of a campaign's lists, in one place: lists are
 * short, so a scan is fine, but the answers (and what "unknown" looks like)
 * must be the same everywhere.
 */

export const formByKey = (campaign: Campaign, key: string): FormDef | undefined => campaign.forms.find((f) => f.key === key);

export const unitTypeByKey = (campaign: Campaign, key: string): UnitTypeDef | undefined => campaign.unitTypes.find((t) => t.key === key);

/** The unit type's label, or the key itself when the campaign has no such type (a file of another campaign). */
export const unitTypeLabel = (campaign: Campaign, key: string): string => unitTypeByKey(campaign, key)?.label ?? key;

/** The unit type that consolidates the others (the province), if the campaign names one. */
export const consolidatingUnitType = (campaign: Campaign): UnitTypeDef | undefined => campaign.unitTypes.find((t) => t.consolidates);

/** The forms with these keys, in the campaign's order (the order sheets are inserted and summaries written in). */
export const formsByKeys = (campaign: Campaign, keys: Iterable<string>): FormDef[] => {
  const wanted = new Set(keys);
  return campaign.forms.filter((f) => wanted.has(f.key));
};

/** The keys among these that the campaign has no form for. */
export const unknownFormKeys = (campaign: Campaign, keys: readonly string[]): string[] => keys.filter((k) => !formByKey(campaign, k));

/** Forms a unit type fills (pre-ticked), then those it may fill. */
export const formsOfUnitType = (campaign: Campaign, key: string): { required: FormDef[]; optional: FormDef[] } => {
  const type = unitTypeByKey(campaign, key);
  return { required: formsByKeys(campaign, type?.forms ?? []), optional: formsByKeys(campaign, type?.optionalForms ?? []) };
};
