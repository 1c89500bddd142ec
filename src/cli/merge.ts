import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { formatDateTime } from '../core/dates';
import { consolidate, type Consolidation } from '../core/merge/consolidate';
import { parseCsv, readRoster, unitTypeOf } from '../core/merge/roster';
import type { SourceRead } from '../core/merge/types';
import { consolidatingUnitType, unitTypeLabel } from '../forms/lookup';
import type { Campaign } from '../forms/schema';
import { campaignOption } from './campaignOption';
import { checkOutputFolder, writeOutput } from './writeOutput';
import { campaignOfFiles, MixedCampaignsError } from '../core/merge/campaignOfSources';
import { readSourceFile } from '../hosts/xlsx/readSourceFile';
import { summaryWorkbook } from '../hosts/xlsx/summaryWorkbook';
import { option, UsageError, type ParsedArgs } from './args';

export const MERGE_USAGE =
  'tongket merge <tệp.xlsx>... --out <tổng-hợp.xlsx> [--campaign <tệp.tongket.json>] [--roster danh-sach.csv] [--unit-name "<đơn vị tổng hợp>"] [--unit-type tinh] [--include-errors] [--json]';

/**
 * `tongket merge`: exit 0 when every source merged, 1 when some were refused, 2 when nothing merged or the arguments are wrong.
 * The campaign is `--campaign`'s, else the one the files carry (files of two campaigns are refused together), else the built-in one.
 */
export async function mergeCommand(builtIn: Campaign, args: ParsedArgs, print: (line: string) => void, progress: (line: string) => void): Promise<number> {
  const out = option(args, 'out');
  const files = args.positional;
  if (!out || files.length === 0) throw new UsageError(`Cách dùng: ${MERGE_USAGE}`);
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`Tệp ra phải có đuôi .xlsx (nhận được "${out}")`);
  if (files.some((f) => resolve(f) === resolve(out))) throw new UsageError(`Tệp ra ${out} cũng là một tệp nguồn; chọn tên khác để không ghi đè số liệu của đơn vị.`);
  const chosen = await campaignOption(args);
  await checkOutputFolder(out);

  const now = formatDateTime(Date.now());
  const reads: SourceRead[] = [];
  for (const [i, path] of files.entries()) {
    progress(`Đọc ${i + 1}/${files.length}: ${path}`);
    reads.push(await readPath(chosen ?? builtIn, path, now));
  }
  const campaign = chosen ?? carriedByAll(reads) ?? builtIn;
  const consolidator = consolidatorOf(campaign, args);
  const roster = await rosterOf(campaign, option(args, 'roster'));
  progress(`Tổng hợp theo bộ biểu "${campaign.shortName}" (phiên bản ${campaign.version})…`);
  const result = consolidate(campaign, { reads, options: { includeUnitsWithErrors: args.options.has('include-errors') }, by: consolidator, roster, mergedAt: now });
  const written = result.result.included.length > 0 ? await write(result, out) : [];
  report(result, written, out, args.options.has('json'), print);
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
  return { unitType, unitName: option(args, 'unit-name') ?? label.replace(/\s*\(.*\)$/, '') };
}

async function rosterOf(campaign: Campaign, path: string | undefined) {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: không mở được danh sách đơn vị (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const roster = readRoster(campaign, parseCsv(text), basename(path));
  if (roster.entries.length === 0) throw new UsageError(roster.problems.join('\n') || `${path}: danh sách đơn vị trống.`);
  return roster;
}

async function readPath(campaign: Campaign, path: string, readAt: string): Promise<SourceRead> {
  const name = basename(path);
  try {
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
  await writeOutput(out, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return workbook.worksheets.map((s) => s.name);
}

function report(result: Consolidation, sheets: readonly string[], out: string, json: boolean, print: (line: string) => void): void {
  const { reports, units, outliers } = result.result;
  if (json) {
    print(
      JSON.stringify(
        {
          sources: reports.map((r) => ({ file: r.source.label, sha256: r.source.sha256, state: r.state, units: r.units, forms: r.forms, problems: r.problems })),
          units: units.map(({ sourceInfo: _source, ...u }) => u),
          missing: result.missing,
          outliers: outliers.map((o) => ({ unit: o.unit, form: o.form, address: o.address, value: o.value, median: o.median, message: o.message })),
          rosterProblems: result.rosterProblems,
          out: sheets.length > 0 ? out : null,
          sheets,
        },
        null,
        2,
      ),
    );
    return;
  }
  for (const r of reports) for (const problem of r.problems) print(`${r.state === 'merged' || r.state === 'partly' ? 'CHÚ Ý' : 'BỎ QUA'} ${problem}`);
  for (const problem of result.rosterProblems) print(`CHÚ Ý ${problem}`);
  for (const o of outliers) print(`CẢNH BÁO ${o.message}`);
  for (const m of result.missing) print(`THIẾU ${m.unit}: ${m.forms.length > 0 ? m.forms.join(', ') : 'chưa nộp biểu nào'}`);
  const included = units.filter((u) => u.included).length;
  print(sheets.length > 0 ? `Đã tổng hợp ${included} đơn vị vào ${out} (${sheets.join(', ')}).` : 'Không có đơn vị nào để tổng hợp; không ghi tệp.');
}
