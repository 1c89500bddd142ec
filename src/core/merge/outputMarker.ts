/**
 * The sheets a merge writes besides the summary forms (which carry a form
 * identity in summary mode) are marked in A1 too, so a re-merge replaces what
 * the add-in wrote and never a sheet of the user's that happens to share a name.
 */
export type OutputKind = 'data' | 'status' | 'roster';

const PREFIX = 'TONGKET-TH ';

export function encodeOutputMarker(campaign: string, kind: OutputKind): string {
  return PREFIX + JSON.stringify({ campaign, kind });
}

export function decodeOutputMarker(text: unknown): { campaign: string; kind: OutputKind } | undefined {
  if (typeof text !== 'string' || !text.startsWith(PREFIX)) return undefined;
  try {
    const data = JSON.parse(text.slice(PREFIX.length)) as { campaign?: unknown; kind?: unknown };
    const kinds: readonly unknown[] = ['data', 'status', 'roster'];
    return typeof data.campaign === 'string' && kinds.includes(data.kind) ? { campaign: data.campaign, kind: data.kind as OutputKind } : undefined;
  } catch {
    return undefined;
  }
}
