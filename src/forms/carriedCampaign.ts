import { readCampaignText } from './defineForm';
import type { Campaign } from './schema';

/**
 * The campaign a workbook carries, loaded from its text. Two hundred units'
 * files carry the same text: it is validated once, not once per file.
 */
const loaded = new Map<string, Campaign>();
const REMEMBERED = 8;

export function loadCarriedCampaign(text: string, origin: string): Campaign {
  const known = loaded.get(text);
  if (known) return known;
  const campaign = readCampaignText(text, origin);
  if (loaded.size >= REMEMBERED) loaded.delete(loaded.keys().next().value as string);
  loaded.set(text, campaign);
  return campaign;
}
