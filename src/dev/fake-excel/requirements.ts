import { apiNotFound } from './errors';

/**
 * Requirement sets: which ExcelApi level the simulated host has. An API above
 * it throws ApiNotFound when called or queued, as Office.js does on an older
 * Excel, so the add-in's `isSetSupported` guards are exercised for real.
 */

/** "1.10" must rank above "1.9", so versions compare as numbers per part, never as decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The level each guarded API needs (from @types/office-js's "[Api set: …]" notes). */
export const API_LEVELS = {
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'Range.rowHidden': '1.2',
  'Range.columnHidden': '1.2',
  'Range.getResizedRange': '1.2',
  'Range.format.columnWidth': '1.2',
  'Range.format.rowHeight': '1.2',
  'Range.format.protection': '1.2',
  'Worksheet.protection': '1.2',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.names': '1.4',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.getCount': '1.4',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'Range.conditionalFormats': '1.6',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.onChanged': '1.7',
  'Worksheet.onSelectionChanged': '1.7',
  'Workbook.getActiveCell': '1.7',
  'Workbook.protection': '1.7',
  'Range.dataValidation': '1.8',
  'Worksheet.pageLayout': '1.9',
  'Range.format.indentLevel': '1.9',
  'Range.format.autoIndent': '1.9',
  'Range.getCellProperties': '1.9',
  'WorksheetCollection.onChanged': '1.9',
  'WorksheetChangedEventArgs.details': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
} as const;

export type GuardedApi = keyof typeof API_LEVELS;

export class Requirements {
  private readonly sets: Map<string, string>;

  constructor(sets: Readonly<Record<string, string>>) {
    this.sets = new Map(Object.entries(sets).map(([name, version]) => [name.toLowerCase(), version]));
  }

  /** Office.isSetSupported: a set name is case-insensitive; no version means "1.1". */
  isSetSupported(name: string, minVersion = '1.1'): boolean {
    const have = this.sets.get(name.toLowerCase());
    return have !== undefined && compareVersions(have, minVersion) >= 0;
  }

  has(api: GuardedApi): boolean {
    return this.isSetSupported('ExcelApi', API_LEVELS[api]);
  }

  /** Called at the moment the add-in touches the API, so the throw lands where Office.js's would. */
  require(api: GuardedApi): void {
    if (!this.has(api)) throw apiNotFound(api, `ExcelApi ${API_LEVELS[api]}`);
  }
}

/** `1.8` or `"1.10"` → the ExcelApi version string (a number cannot say 1.10, hence the string form). */
export function apiVersionString(version: number | string): string {
  return typeof version === 'string' ? version : String(version);
}
