import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatDateTime, formatIsoDate } from '../core/dates';
import { consolidate, type Consolidation } from '../core/merge/consolidate';
import { parseCsv, readRoster, unitTypeOf } from '../core/merge/roster';
import { BASIS_LABEL, submittedAt, timeliness, TIMELINESS_LABEL } from '../core/merge/submission';
import type { SourceRead, SourceReport, UnitReport } from '../core/merge/types';
import { consolidatingUnitType, unitTypeByKey, unitTypeLabel } from '../forms/lookup';
import type { Campaign } from '../forms/schema';
import { campaignOption } from './campaignOption';
import { checkOutput, writeOutput } from './writeOutput';
import { keepUnitFigures } from './keepFigures';
import { readRosterText, type RosterText } from './rosterFile';
import { campaignOfFiles, MixedCampaignsError } from '../core/merge/campaignOfSources';
import { readSourceFile } from '../hosts/xlsx/readSourceFile';
import { SUMMARY_ZIP, summaryWorkbook } from '../hosts/xlsx/summaryWorkbook';
import { option, unitNameOption, UsageError, type ParsedArgs } from './args';

export const MERGE_USAGE =
  'tongket merge <tệp.xlsx>... --out <tổng-hợp.xlsx> [--campaign <tệp.tongket.json>] [--roster danh-sach.csv] [--unit-name "<đơn vị tổng hợp>"] [--unit-type tinh] [--include-errors] [--only-approved] [--force] [--json]';

/**
 * `tongket merge`: exit 0 when every source merged, 1 when some were refused, 2 when nothing merged or the arguments are wrong.
 * The campaign is `--campaign`'s, else the one the files carry (files of two campaigns are refused together), else the built-in one.
 */
export async function mergeCommand(builtIn: Campaign, args: ParsedArgs, print: (line: string) => void, progress: (line: string) => void): Promise<number> {
  const out = option(args, 'out');
  const files = args.positional;
  if (!out || files.length === 0) throw new UsageError(`Cách dùng: ${MERGE_USAGE}`);
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`Tệp ra phải có đuôi .xlsx (nhận được "${out}")`);
  const chosen = await campaignOption(args);
  // Everything that would refuse the output, before the first input is read.
  unitNameOption(args);
  await checkOutput(out, files);
  await keepUnitFigures(out, chosen ?? builtIn, { force: args.options.has('force'), ownSummaryOf: (campaign) => ownName(campaign, args) });
  const rosterPath = option(args, 'roster');
  // The decisions are the roster's Duyệt column (core/merge/approvals.ts): without a roster no unit is approved.
  if (args.options.has('only-approved') && rosterPath === undefined) throw new UsageError('--only-approved cần --roster: các đơn vị đã duyệt được ghi ở cột Duyệt của danh sách đơn vị.');
  const rosterFile = rosterPath === undefined ? undefined : { where: basename(rosterPath), ...(await readRosterText(rosterPath, basename(rosterPath))) };

  const now = formatDateTime(Date.now());
  const reads: SourceRead[] = [];
  for (const [i, path] of files.entries()) {
    progress(`Đọc ${i + 1}/${files.length}: ${path}`);
    reads.push(await readPath(chosen ?? builtIn, path, now));
  }
  const campaign = chosen ?? carriedByAll(reads) ?? builtIn;
  const consolidator = consolidatorOf(campaign, args);
  const roster = rosterFile === undefined ? undefined : rosterOf(campaign, rosterFile, rosterFile.where);
  progress(`Tổng hợp theo bộ biểu "${campaign.shortName}" (phiên bản ${campaign.version})…`);
  const options = { includeUnitsWithErrors: args.options.has('include-errors'), onlyApproved: args.options.has('only-approved'), ...(roster?.approvals ? { approvals: roster.approvals } : {}) };
  const result = consolidate(campaign, { reads, options, by: consolidator, roster, mergedAt: now });
  const written = result.result.included.length > 0 ? await write(result, out) : [];
  report(campaign, result, written, out, args.options.has('json'), print);
  if (written.length === 0) return 2;
  return result.result.reports.every((r) => r.state === 'merged') ? 0 : 1;
}

function carriedByAll(reads: readonly SourceRead[]): Campaign | undefined {
  try {
    return campaignOfFiles(reads);
  } catch (error) {
    if (error instanceof MixedCampaignsError) throw new UsageError(error.message);
    throw error;
  }
}

function consolidatorOf(campaign: Campaign, args: ParsedArgs) {
  const written = option(args, 'unit-type');
  const unitType = written === undefined ? consolidatingUnitType(campaign)?.key : unitTypeOf(campaign, written);
  if (!unitType) throw new UsageError(`Không có loại đơn vị "${written ?? ''}". Các loại hợp lệ: ${campaign.unitTypes.map((t) => t.key).join(', ')}`);
  const label = unitTypeLabel(campaign, unitType);
  return { unitType, unitName: unitNameOption(args) ?? label.replace(/\s*\(.*\)$/, '') };
}

/** The consolidating unit's name, or undefined when the unit type asked for is not the campaign's. */
function ownName(campaign: Campaign, args: ParsedArgs): string | undefined {
  try {
    return consolidatorOf(campaign, args).unitName;
  } catch {
    return undefined;
  }
}

/** The `--roster` file, decoded before any input was read (src/cli/rosterFile.ts), read against the campaign. */
function rosterOf(campaign: Campaign, decoded: RosterText, where: string) {
  const roster = readRoster(campaign, parseCsv(decoded.text), where);
  if (roster.entries.length === 0) throw new UsageError(roster.problems.join('\n') || `${where}: danh sách đơn vị trống.`);
  return decoded.note ? { ...roster, problems: [decoded.note, ...roster.problems] } : roster;
}

async function readPath(campaign: Campaign, path: string, readAt: string): Promise<SourceRead> {
  const name = basename(path);
  try {
    // The disk's date only orders two files of one unit; whether it was on time is what the file itself says (submission.ts).
    const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
    return await readSourceFile(campaign, { name, bytes, modified: info.mtimeMs }, readAt);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    return { kind: 'unreadable', source: { label: name, sha256: undefined, modified: undefined, readAt }, reason: `${name}: không mở được tệp (${code}).` };
  }
}

async function write(result: Consolidation, out: string): Promise<string[]> {
  const workbook = await summaryWorkbook(result);
  await writeOutput(out, new Uint8Array(await workbook.xlsx.writeBuffer(SUMMARY_ZIP)));
  return workbook.worksheets.map((s) => s.name);
}

/** On time or not, and on what evidence, as the status sheet says it. */
function deadlineOf(campaign: Campaign, unit: UnitReport) {
  const deadline = unitTypeByKey(campaign, unit.unitType)?.deadline;
  const submitted = submittedAt(unit.sourceInfo.submission);
  return { deadline, state: TIMELINESS_LABEL[timeliness(unit.sourceInfo.submission, deadline)], submitted: submitted?.when ?? null, basis: submitted ? BASIS_LABEL[submitted.basis] : null };
}

/** How a source's problem starts its line: figures changed after the stamp stand out, though the unit is counted. */
function linePrefix(report: SourceReport, i: number): string {
  if (report.found[i]?.code === 'changed-after-submission') return 'SỬA SAU KHI NỘP';
  return report.state === 'merged' || report.state === 'partly' ? 'CHÚ Ý' : 'BỎ QUA';
}

function report(campaign: Campaign, result: Consolidation, sheets: readonly string[], out: string, json: boolean, print: (line: string) => void): void {
  const { reports, units, outliers } = result.result;
  if (json) {
    print(
      JSON.stringify(
        {
          sources: reports.map((r) => ({
            file: r.source.label,
            sha256: r.source.sha256,
            state: r.state,
            units: r.units,
            forms: r.forms,
            problems: r.problems,
            codes: r.found.map((p) => p.code),
            submission: r.submission ?? null,
          })),
          units: units.map(({ sourceInfo: _source, ...u }, i) => {
            const { state, submitted, basis } = deadlineOf(campaign, units[i] as UnitReport);
            return { ...u, onTime: state, submitted, submittedBasis: basis };
          }),
          missing: result.missing,
          outliers: outliers.map((o) => ({ unit: o.unit, form: o.form, address: o.address, value: o.value, median: o.median, message: o.message })),
          rosterProblems: result.rosterProblems,
          overflows: result.overflows,
          out: sheets.length > 0 ? out : null,
          sheets,
        },
        null,
        2,
      ),
    );
    return;
  }
  for (const r of reports) r.problems.forEach((problem, i) => print(`${linePrefix(r, i)} ${problem}`));
  for (const problem of result.rosterProblems) print(`CHÚ Ý ${problem}`);
  for (const overflow of result.overflows) print(`LỖI ${overflow.message}`);
  for (const o of outliers) print(`CẢNH BÁO ${o.message}`);
  for (const m of result.missing) print(`THIẾU ${m.unit}: ${m.forms.length > 0 ? m.forms.join(', ') : 'chưa nộp biểu nào'}`);
  const deadlines = units.map((u) => ({ unit: u.unit, ...deadlineOf(campaign, u) }));
  for (const d of deadlines.filter((x) => x.state === TIMELINESS_LABEL.late))
    print(`TRỄ HẠN ${d.unit}: nộp ${d.submitted ?? ''} (theo ${d.basis ?? ''}), hạn ${d.deadline === undefined ? '' : formatIsoDate(d.deadline)}`);
  const unknown = deadlines.filter((x) => x.state === TIMELINESS_LABEL.unknown);
  if (unknown.length > 0) print(`CHƯA RÕ HẠN ${unknown.length} đơn vị (tệp không ghi thời điểm lưu): ${unknown.map((d) => d.unit).join(', ')}`);
  const included = units.filter((u) => u.included).length;
  print(sheets.length > 0 ? `Đã tổng hợp ${included} đơn vị vào ${out} (${sheets.join(', ')}).` : 'Không có đơn vị nào để tổng hợp; không ghi tệp.');
}
