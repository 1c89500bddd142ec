import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { sameUnit } from '../core/merge/unitName';
import { readFormSheet } from '../core/readSheet';
import { hasUserData } from '../core/sheetValues';
import type { Campaign } from '../forms/schema';
import { readSourceFile } from '../hosts/xlsx/readSourceFile';
import { UsageError } from './args';

export type KeepOptions = {
  /** `--force`: the user said the file may go. */
  readonly force: boolean;
  /**
   * The consolidating unit's name in the campaign the file carries: a summary
   * of its own (an earlier run of the same merge) holds no figure that the
   * merge cannot write again, and is replaced.
   */
  readonly ownSummaryOf?: (campaign: Campaign) => string | undefined;
};

const FORCE = 'chọn tên tệp khác, hoặc thêm --force nếu chắc chắn muốn ghi đè';

/**
 * Refuses to replace an existing workbook that holds a unit's figures: form
 * sheets with something typed into their inputs or notes (a unit's forms, or
 * another unit's summary), read as the merge reads them. A file that cannot be
 * read as a workbook is kept too, since nothing says it holds no figures; an
 * empty file, a workbook without forms or with blank forms is replaced.
 */
export async function keepUnitFigures(path: string, fallback: Campaign, options: KeepOptions): Promise<void> {
  if (options.force) return;
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes || bytes.length === 0) return;
  const read = await readSourceFile(fallback, { name: basename(path), bytes, modified: undefined }, '');
  if (read.kind === 'unreadable') throw new UsageError(`Tệp ra ${path} đã có nhưng không đọc được như sổ Excel (${read.reason}); có thể là số liệu của đơn vị nên không ghi đè; ${FORCE}.`);
  const campaign = read.campaign ?? fallback;
  const own = options.ownSummaryOf?.(campaign);
  const filled: string[] = [];
  for (const grid of read.sheets) {
    const reading = readFormSheet(campaign, grid.name, grid.values, grid.formulas);
    if (reading.kind === 'not-a-form') continue;
    if (reading.kind === 'refused') {
      filled.push(`sheet "${grid.name}" (biểu không đọc được nên không biết có số liệu hay không)`);
      continue;
    }
    const { identity, sheet } = reading;
    if (!hasUserData(sheet.form, grid.values)) continue;
    if (identity.mode === 'summary' && own !== undefined && sameUnit(sheet.unitName, own)) continue;
    filled.push(`sheet "${grid.name}" (${identity.mode === 'summary' ? 'bảng tổng hợp' : 'số liệu'} của "${sheet.unitName || 'đơn vị chưa ghi tên'}")`);
  }
  if (filled.length > 0) throw new UsageError(`Tệp ra ${path} đã có số liệu: ${filled.join(', ')}; không ghi đè; ${FORCE}.`);
}
