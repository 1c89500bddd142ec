import type { Campaign } from '../../forms/schema';
import { UNIT_NAME_ADDRESS } from '../layout/grid';
import { readFormSheet } from '../readSheet';
import { CURRENT_WORKBOOK, type SourceRead, type SourceReport, type UnitSubmission } from './types';
import { unitKey } from './unitName';

/**
 * Sources → the units they hold. Every sheet is read by its identity and its
 * layout checked; a sheet that cannot be read, a file picked twice, a workbook
 * without forms is reported against its file and left out, and the rest of the
 * file still counts.
 */

export type Collected = { readonly submissions: UnitSubmission[]; readonly reports: SourceReport[] };


export function collectSubmissions(campaign: Campaign, reads: readonly SourceRead[]): Collected {
  const submissions: UnitSubmission[] = [];
  const reports: SourceReport[] = [];
  const seen = new Map<string, string>();
  for (const read of reads) {
    const report: SourceReport = { source: read.source, state: 'merged', units: [], forms: [], problems: [] };
    reports.push(report);
    const { label, sha256 } = read.source;
    if (read.kind === 'unreadable') {
      report.state = 'unreadable';
      report.problems.push(read.reason);
      continue;
    }
    const twin = sha256 ? seen.get(sha256) : undefined;
    if (twin) {
      report.state = 'duplicate';
      report.problems.push(`${label}: cùng nội dung với tệp ${twin} đã chọn, không đọc lại.`);
      continue;
    }
    if (sha256) seen.set(sha256, label);

    const units = new Map<string, UnitSubmission & { sheets: UnitSubmission['sheets'][number][] }>();
    let skippedSummaries = 0;
    for (const grid of read.sheets) {
      const reading = readFormSheet(campaign, grid.name, grid.values, grid.formulas);
      if (reading.kind === 'not-a-form') continue;
      if (reading.kind === 'refused') {
        report.problems.push(`${label}: ${reading.reason}`);
        continue;
      }
      const { identity, sheet } = reading;
      // The open workbook's own summaries are this merge's output, not a unit's data.
      if (identity.mode === 'summary' && label === CURRENT_WORKBOOK) {
        skippedSummaries += 1;
        continue;
      }
      const unit = sheet.unitName;
      if (unit === '') {
        report.problems.push(`${label}: sheet "${grid.name}" chưa ghi tên đơn vị ở ô ${UNIT_NAME_ADDRESS}, không biết của đơn vị nào nên không cộng.`);
        continue;
      }
      const key = unitKey(unit);
      const known = units.get(key);
      const other = known?.sheets.find((s) => s.form.key === sheet.form.key);
      if (other) {
        report.problems.push(`${label}: đơn vị "${unit}" có hai sheet ${sheet.form.key} ("${other.sheet}" và "${grid.name}"); chỉ đọc "${other.sheet}".`);
        continue;
      }
      // A summary's input cells are its own formulas: it is read by value, not flagged for them.
      const trusted = identity.mode === 'summary' ? { ...sheet, cellAt: (r: string, c: string) => ({ value: sheet.cellAt(r, c).value }) } : sheet;
      const entry = known ?? { key, unit, unitType: identity.unitType, source: read.source, sheets: [], contains: identity.units };
      entry.sheets.push({ ...trusted, identity });
      units.set(key, entry);
    }
    if (skippedSummaries > 0) report.problems.push(`${label}: bỏ qua ${skippedSummaries} sheet tổng hợp của lần tổng hợp trước.`);
    submissions.push(...units.values());
    for (const unit of units.values()) {
      report.units.push(unit.unit);
      report.forms.push(...unit.sheets.map((s) => s.form.key));
    }
    if (units.size === 0) {
      report.state = 'refused';
      if (report.problems.length === 0) report.problems.push(`${label}: không có biểu nào của đợt ${campaign.shortName} (không sheet nào mang dấu nhận biết của biểu).`);
    } else if (report.problems.length > 0 && skippedSummaries === 0) report.state = 'partly';
  }
  return { submissions, reports };
}
