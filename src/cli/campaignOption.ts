import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CatalogError, readCampaignText } from '../forms/defineForm';
import type { Campaign } from '../forms/schema';
import { option, UsageError, type ParsedArgs } from './args';

/** Reads a campaign file named on the command line; a missing or invalid file is a user mistake (exit 2) with the schema's messages. */
export async function readCampaignFile(path: string): Promise<Campaign> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: không mở được tệp bộ biểu (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  try {
    return readCampaignText(text, basename(path));
  } catch (error) {
    if (error instanceof CatalogError) throw new UsageError(error.message);
    throw error;
  }
}

/** `--campaign <file>`, when given. */
export async function campaignOption(args: ParsedArgs): Promise<Campaign | undefined> {
  const path = option(args, 'campaign');
  return path === undefined ? undefined : readCampaignFile(path);
}
