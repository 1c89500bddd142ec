import type { Campaign } from '../../forms/schema';
import type { RosterEntry, UnitReport } from './types';
import { cleanUnitName, oddCharacters, unitKey } from './unitName';

/**
 * The units expected to report. Kept as a sheet the user edits (or a CSV for
 * the command line); a first merge pre-fills it from the units received.
 */

export const ROSTER_HEADER = ['Tên đơn vị', 'Loại đơn vị'] as const;

export type RosterReading = { readonly entries: RosterEntry[]; readonly problems: string[] };

/** A unit type written as its key ("huyen") or its label, in any case or tone placement. */
export function unitTypeOf(campaign: Campaign, written: string): string | undefined {
  const key = unitKey(written);
  return campaign.unitTypes.find((t) => unitKey(t.key) === key || unitKey(t.label) === key)?.key;
}

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/**
 * Rows of a roster (a sheet's values or a CSV's records): the first row whose
 * first cell names the unit column is the header, every row below with a name
 * is a unit. `where` names the source in messages ("sheet TH Danh sách", a file).
 */
export function readRoster(campaign: Campaign, rows: readonly (readonly unknown[])[], where: string): RosterReading {
  const header = rows.findIndex((r) => /^(tên đơn vị|unit_name)$/i.test(cleanUnitName(cellText(r[0]))));
  if (header < 0) return { entries: [], problems: [`${where}: không thấy dòng tiêu đề "${ROSTER_HEADER[0]}" (hoặc unit_name), không đọc được danh sách đơn vị.`] };
  const entries: RosterEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  rows.slice(header + 1).forEach((row, i) => {
    const written = cellText(row[0]);
    const unit = cleanUnitName(written);
    if (unit === '') return;
    const line = header + i + 2;
    const odd = oddCharacters(written);
    if (odd.length > 0) problems.push(`${where}, dòng ${line}: tên "${unit}" có ký tự ẩn hoặc dấu cách lạ (${odd.join(', ')}); đã bỏ qua các ký tự đó.`);
    const type = cellText(row[1]);
    const unitType = unitTypeOf(campaign, type);
    if (!unitType) {
      problems.push(`${where}, dòng ${line}: loại đơn vị "${type}" của "${unit}" không có trong danh mục (${campaign.unitTypes.map((t) => t.key).join(', ')}).`);
      return;
    }
    if (seen.has(unitKey(unit))) {
      problems.push(`${where}, dòng ${line}: "${unit}" đã có ở dòng trên.`);
      return;
    }
    seen.add(unitKey(unit));
    entries.push({ unit, unitType });
  });
  return { entries, problems };
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
