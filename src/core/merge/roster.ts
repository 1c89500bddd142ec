import type { Campaign } from '../../forms/schema';
import type { RosterProblem } from './problems';
import type { RosterEntry, UnitReport } from './types';
import { rosterProblemText } from './wording';
import { unitNameTooLong } from '../unitNameLimit';
import { cleanUnitName, oddCharacters, unitKey } from './unitName';
import { APPROVAL_HEADER, approvalStateOf, type Approval } from './approvals';

/**
 * The units expected to report. Kept as a sheet the user edits (or a CSV for
 * the command line); a first merge pre-fills it from the units received.
 */

export const ROSTER_HEADER = ['Tên đơn vị', 'Loại đơn vị'] as const;

export type RosterReading = {
  readonly entries: RosterEntry[];
  /** What is wrong with the roster, as codes and data (problems.ts). */
  readonly found?: readonly RosterProblem[];
  /** The same in Vietnamese (wording.ts), with any note of the host that decoded the file. */
  readonly problems: readonly string[];
  /** The province's decisions, from the roster's Duyệt columns (approvals.ts): unit key → decision. */
  readonly approvals?: ReadonlyMap<string, Approval>;
};

/** A unit type written as its key ("huyen") or its label, in any case or tone placement. */
export function unitTypeOf(campaign: Campaign, written: string): string | undefined {
  const key = unitKey(written);
  return campaign.unitTypes.find((t) => unitKey(t.key) === key || unitKey(t.label) === key)?.key;
}

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** The row naming the unit column, or -1: the roster's header. */
export const rosterHeaderRow = (rows: readonly (readonly unknown[])[]) => rows.findIndex((r) => /^(tên đơn vị|unit_name)$/i.test(cleanUnitName(cellText(r[0]))));

/**
 * Rows of a roster (a sheet's values or a CSV's records): the first row whose
 * first cell names the unit column is the header, every row below with a name
 * is a unit. `where` names the source in messages ("sheet TH Danh sách", a file).
 */
export function readRoster(campaign: Campaign, rows: readonly (readonly unknown[])[], where: string): RosterReading {
  const header = rosterHeaderRow(rows);
  const approvals = new Map<string, Approval>();
  const reading = (entries: RosterEntry[], found: RosterProblem[]): RosterReading => ({ entries, found, problems: found.map((p) => rosterProblemText(campaign, p)), approvals });
  if (header < 0) return reading([], [{ code: 'no-header', where, header: ROSTER_HEADER[0] }]);
  const columns = approvalColumns(rows[header] ?? []);
  const entries: RosterEntry[] = [];
  const problems: RosterProblem[] = [];
  const seen = new Set<string>();
  rows.slice(header + 1).forEach((row, i) => {
    const written = cellText(row[0]);
    const unit = cleanUnitName(written);
    if (unit === '') return;
    const line = header + i + 2;
    // Written into the status sheet and the roster: a paragraph in the name column is said, never written.
    if (unitNameTooLong(unit, '') !== undefined) {
      problems.push({ code: 'long-name', where, line, unit });
      return;
    }
    const odd = oddCharacters(written);
    if (odd.length > 0) problems.push({ code: 'odd-name', where, line, unit, odd });
    const type = cellText(row[1]);
    const unitType = unitTypeOf(campaign, type);
    if (!unitType) {
      problems.push({ code: 'unknown-type', where, line, unit, unitType: type });
      return;
    }
    if (seen.has(unitKey(unit))) {
      problems.push({ code: 'listed-twice', where, line, unit });
      return;
    }
    seen.add(unitKey(unit));
    entries.push({ unit, unitType });
    const decision = columns.state === undefined ? '' : cellText(row[columns.state]);
    const state = approvalStateOf(decision);
    if (state === undefined) problems.push({ code: 'unknown-approval', where, line, unit, written: decision });
    else if (state !== 'pending') {
      const at = (i: number | undefined) => (i === undefined ? '' : cellText(row[i]));
      approvals.set(unitKey(unit), { unit, state, reason: state === 'returned' ? at(columns.reason) : '', at: at(columns.at) });
    }
  });
  return reading(entries, problems);
}

/** Where the header row puts the decision columns, any of which may be missing (a roster written before them, a CSV). */
export function approvalColumns(header: readonly unknown[]): { state?: number; reason?: number; at?: number } {
  const keys = header.map((c) => unitKey(cellText(c)));
  const find = (...names: string[]) => {
    const i = keys.findIndex((k) => names.some((n) => unitKey(n) === k));
    return i < 0 ? undefined : i;
  };
  const [state, reason, at] = [find(APPROVAL_HEADER[0]), find(APPROVAL_HEADER[1], 'Lý do'), find(APPROVAL_HEADER[2])];
  return { ...(state === undefined ? {} : { state }), ...(reason === undefined ? {} : { reason }), ...(at === undefined ? {} : { at }) };
}

/**
 * Records of a CSV as Excel in Vietnam saves one, once decoded (a BOM, quotes;
 * commas, semicolons, or tabs for "Unicode Text"), the separator told by the
 * header line.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes('\t') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** A roster of the units received, for a first merge without one. */
export function rosterOfUnits(units: readonly UnitReport[]): RosterEntry[] {
  const seen = new Set<string>();
  return units.flatMap((u) => (seen.has(unitKey(u.unit)) ? [] : (seen.add(unitKey(u.unit)), [{ unit: u.unit, unitType: u.unitType }])));
}
