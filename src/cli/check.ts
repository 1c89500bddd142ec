import { basename } from 'node:path';
import { checkWorkbookFile, type FileCheck } from '../hosts/xlsx/checkWorkbookFile';
import { UnreadableFileError } from '../hosts/xlsx/openWorkbookFile';
import type { Campaign } from '../forms/schema';
import { UsageError, type ParsedArgs } from './args';
import { campaignOption } from './campaignOption';
import { CatalogError } from '../forms/defineForm';
import { readInputFile } from './readInputFile';

/** Errors of a checked file: issues that are errors, and sheets that carry a form's marker but cannot be read. */
export const errorCount = (result: FileCheck) => result.issues.filter((i) => i.severity === 'error').length + result.refused.length;

/** The check as `tongket check` prints it, and `tongket submit` before stamping: one line per problem, then the counts. */
export function printCheck(result: FileCheck, print: (line: string) => void): void {
  const errors = errorCount(result);
  for (const r of result.refused) print(`LỖI  ${result.file}: không đọc được ${r.reason}`);
  for (const issue of result.issues) print(`${issue.severity === 'error' ? 'LỖI ' : 'CẢNH BÁO'} ${result.file}: ${issue.message}`);
  print(`${result.file}: ${result.formSheets} biểu của bộ "${result.campaign.shortName}" (phiên bản ${result.campaign.version}), ${errors} lỗi, ${result.issues.length - (errors - result.refused.length)} cảnh báo.`);
}

export const CHECK_USAGE = 'tongket check <tệp.xlsx> [--campaign <tệp.tongket.json>] [--json]';

/**
 * `tongket check`: exit 0 without errors, 1 with errors, 2 when the file cannot be read.
 * The campaign is `--campaign`'s, else the one the file carries, else the built-in one.
 */
export async function checkCommand(builtIn: Campaign, args: ParsedArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  const chosen = await campaignOption(args);
  const [path, extra] = args.positional;
  if (!path || extra) throw new UsageError(`Cách dùng: ${CHECK_USAGE}`);
  const json = args.options.has('json');
  const bytes = await readInputFile(path, warn);
  if (!bytes) return 2;
  try {
    const result = await checkWorkbookFile({ chosen, fallback: builtIn }, basename(path), bytes);
    const errors = errorCount(result);
    // Refused sheets first, as errors: a JSON reader sees why the exit code is 1 even without any issue.
    const refused = result.refused.map((r) => ({ file: result.file, sheet: r.sheet, code: 'refused-sheet', severity: 'error', message: `không đọc được ${r.reason}` }));
    if (json) print(JSON.stringify([...refused, ...result.issues.map((issue) => ({ file: result.file, ...issue }))], null, 2));
    else printCheck(result, print);
    return errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CatalogError) {
      warn(`${path}: bộ biểu mang trong tệp bị hỏng; dùng --campaign để chỉ rõ bộ biểu. ${error.message}`);
      return 2;
    }
    if (!(error instanceof UnreadableFileError)) throw error;
    if (json) print(JSON.stringify({ file: error.file, unreadable: error.reason, message: error.message }));
    else warn(error.message);
    return 2;
  }
}
