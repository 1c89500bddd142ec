/**
 * The object a marked cell holds: text that starts with `prefix` followed by
 * JSON. Anything else (another cell, a marker cut short or edited into invalid
 * JSON, JSON that is no object) is undefined, for the caller to check field by
 * field: what a cell of a unit's file says is never trusted as typed.
 */
export function markedJson(cell: unknown, prefix: string): Record<string, unknown> | undefined {
  if (typeof cell !== 'string' || !cell.startsWith(prefix)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell.slice(prefix.length));
  } catch {
    return undefined;
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
}
