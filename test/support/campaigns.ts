import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCampaignText } from '../../src/forms/defineForm';
import { consolidatingUnitType, formByKey, formsOfUnitType } from '../../src/forms/lookup';
import type { Campaign, FormDef, UnitTypeDef } from '../../src/forms/schema';

const ROOT = path.resolve(__dirname, '../..');
const files = new WeakMap<Campaign, string>();

/** A campaign file of the repository, loaded as the pane and the CLI load one. */
export function campaignFile(relativePath: string): Campaign {
  const file = path.resolve(ROOT, relativePath);
  const campaign = readCampaignText(readFileSync(file, 'utf8'), path.basename(file));
  files.set(campaign, file);
  return campaign;
}

/** The absolute path of the file a campaign was loaded from (for `--campaign <file>`). */
export function fileOf(campaign: Campaign): string {
  const file = files.get(campaign);
  if (!file) throw new Error(`campaign ${campaign.key} was not loaded by campaignFile`);
  return file;
}

/** The built-in campaign: the ten forms of the NQ25 review. */
export const NQ25 = campaignFile('campaigns/nq25.tongket.json');

/**
 * A second campaign that shares nothing with NQ25 (keys, sheet names, column
 * keys, unit types, texts, one signer, versions above 1): the Fatherland Front's
 * quarterly report. What runs for both is not tied to the built-in campaign.
 */
export const MTTQ = campaignFile('test/fixtures/campaigns/mttq-quy.tongket.json');

export const CAMPAIGNS = [NQ25, MTTQ] as const;

/** `describe.each(EACH_CAMPAIGN)('… of %s', (_name, campaign) => …)`: the campaign's short name reads in the test's name. */
export const EACH_CAMPAIGN = CAMPAIGNS.map((campaign) => [campaign.shortName, campaign] as const);

/** A form of a campaign that the test knows is there. */
export function formOf(campaign: Campaign, key: string): FormDef {
  const form = formByKey(campaign, key);
  if (!form) throw new Error(`campaign ${campaign.key} has no form ${key}`);
  return form;
}

/** The unit type that owes the most forms (NQ25: the district committee): the unit tests fill and merge. */
export function fillingUnitType(campaign: Campaign): UnitTypeDef {
  const [most] = campaign.unitTypes.filter((t) => !t.consolidates).sort((a, b) => b.forms.length - a.forms.length);
  if (!most?.forms.length) throw new Error(`campaign ${campaign.key} has no unit type that owes forms`);
  return most;
}

/** The unit type that merges the others (NQ25: the province's Ban Dân vận). */
export function consolidatorOf(campaign: Campaign): UnitTypeDef {
  const type = consolidatingUnitType(campaign);
  if (!type?.consolidates) throw new Error(`campaign ${campaign.key} has no consolidating unit type`);
  return type;
}

/** The forms a unit type owes, in the campaign's order. */
export function formsOwedBy(campaign: Campaign, unitType: UnitTypeDef): FormDef[] {
  return formsOfUnitType(campaign, unitType.key).required;
}
