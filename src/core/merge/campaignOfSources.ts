import type { Campaign } from '../../forms/schema';
import type { SourceRead } from './types';

/** Files that carry different campaigns: merging them would add figures of unrelated forms. */
export class MixedCampaignsError extends Error {
  override readonly name = 'MixedCampaignsError';
}

/**
 * The campaign the sources carry: the newest version of the one campaign they
 * share (a form whose version differs is then refused by name, sheet by sheet),
 * or undefined when none carries one. Sources of two campaigns are refused
 * together, each campaign with its files.
 */
export function campaignOfFiles(reads: readonly SourceRead[]): Campaign | undefined {
  const byKey = new Map<string, { newest: Campaign; files: string[] }>();
  for (const read of reads) {
    if (read.kind !== 'read' || !read.campaign) continue;
    const known = byKey.get(read.campaign.key);
    if (!known) byKey.set(read.campaign.key, { newest: read.campaign, files: [read.source.label] });
    else {
      known.files.push(read.source.label);
      if (read.campaign.version > known.newest.version) known.newest = read.campaign;
    }
  }
  if (byKey.size > 1) {
    const groups = [...byKey.values()].map(({ newest, files }) => `  - bộ biểu "${newest.shortName}" (${newest.key}): ${files.join(', ')}`);
    throw new MixedCampaignsError(`Các tệp thuộc ${byKey.size} bộ biểu khác nhau, không tổng hợp lẫn:\n${groups.join('\n')}\nHãy tổng hợp riêng từng bộ biểu, hoặc chỉ rõ bộ biểu bằng --campaign.`);
  }
  return [...byKey.values()][0]?.newest;
}
