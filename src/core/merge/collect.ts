import type { Campaign } from '../../forms/schema';
import { UNIT_NAME_ADDRESS } from '../layout/grid';
import { readFormSheet } from '../readSheet';
import { CURRENT_WORKBOOK, type SourceRead, type SourceReport, type UnitSubmission } from './types';
import { cleanUnitName, oddCharacters, unitKey } from './unitName';
import { unitTypeLabel } from '../../forms/lookup';

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
    // Sheets left out: the file then merged only in part. Notes (a name read without its invisible characters) leave it whole.
    let leftOut = 0;
    const notedNames = new Set<string>();
    for (const grid of read.sheets) {
      const reading = readFormSheet(campaign, grid.name, grid.values, grid.formulas);
      if (reading.kind === 'not-a-form') continue;
      if (reading.kind === 'refused') {
        report.problems.push(`${label}: ${reading.reason}`);
        leftOut += 1;
        continue;
      }
      const { identity, sheet } = reading;
      // The open workbook's own summaries are this merge's output, not a unit's data.
      if (identity.mode === 'summary' && label === CURRENT_WORKBOOK) {
        skippedSummaries += 1;
        continue;
      }
      // The name as it reads: a zero-width space or a no-break space must not make a second unit of the same one.
      const unit = cleanUnitName(sheet.unitName);
      if (unit === '') {
        report.problems.push(`${label}: sheet "${grid.name}" chưa ghi tên đơn vị ở ô ${UNIT_NAME_ADDRESS}, không biết của đơn vị nào nên không cộng.`);
        leftOut += 1;
        continue;
      }
      const odd = oddCharacters(sheet.unitName);
      if (odd.length > 0 && !notedNames.has(sheet.unitName)) {
        notedNames.add(sheet.unitName);
        report.problems.push(
          `${label}: tên đơn vị ở sheet "${grid.name}" ô ${UNIT_NAME_ADDRESS} có ký tự ẩn hoặc dấu cách lạ (${odd.join(', ')}); đã bỏ qua các ký tự đó và đọc là "${unit}".`,
        );
      }
      const key = unitKey(unit);
      const known = units.get(key);
      if (known && known.unitType !== identity.unitType) {
        report.problems.push(
          `${label}: đơn vị "${unit}" có sheet của hai loại đơn vị ("${known.sheets[0]?.sheet}": ${unitTypeLabel(campaign, known.unitType)}; "${grid.name}": ${unitTypeLabel(campaign, identity.unitType)}); không đọc sheet "${grid.name}".`,
        );
        leftOut += 1;
        continue;
      }
      const other = known?.sheets.find((s) => s.form.key === sheet.form.key);
      if (other) {
        report.problems.push(`${label}: đơn vị "${unit}" có hai sheet ${sheet.form.key} ("${other.sheet}" và "${grid.name}"); chỉ đọc "${other.sheet}".`);
        leftOut += 1;
        continue;
      }
      const entry = known ?? { key, unit, unitType: identity.unitType, source: read.source, sheets: [], contains: identity.units, withErrors: identity.withErrors };
      // A summary's input cells are its own formulas, and its rules compare sums: see FormSheet.summary.
      entry.sheets.push({ ...sheet, unitName: unit, identity, ...(identity.mode === 'summary' ? { summary: true } : {}) });
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
    } else if (leftOut > 0) report.state = 'partly';
  }
  return { submissions, reports };
}
