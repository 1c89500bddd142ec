import { basename } from 'node:path';
import { CatalogError } from '../forms/defineForm';
import type { Campaign } from '../forms/schema';
import { checkWorkbookFile } from '../hosts/xlsx/checkWorkbookFile';
import { UnreadableFileError } from '../hosts/xlsx/openWorkbookFile';
import { noRoomText } from '../core/stamp/wording';
import { stampWorkbook } from '../hosts/xlsx/stampWorkbook';
import { option, UsageError, type ParsedArgs } from './args';
import { campaignOption } from './campaignOption';
import { errorCount, printCheck } from './check';
import { readInputFile } from './readInputFile';
import { checkOutput, writeOutput } from './writeOutput';

export const SUBMIT_USAGE = 'tongket submit <tệp.xlsx> --by "<người lập biểu>" [--lock] [--campaign <tệp.tongket.json>]';

/**
 * `tongket submit`: "Nộp biểu" for units that fill the offline kit without the
 * add-in. The same check as `tongket check`; with an error nothing is written
 * (exit 1), warnings are listed and do not block (the pane asks to confirm
 * them; here, running the command is the confirmation). Then a submission
 * stamp goes into the file itself, written whole or not at all, and with
 * `--lock` every cell of the form sheets is locked. Exit 2: unreadable file,
 * wrong arguments, or a file that cannot be written.
 */
export async function submitCommand(builtIn: Campaign, args: ParsedArgs, print: (line: string) => void, warn: (line: string) => void, now: () => Date = () => new Date()): Promise<number> {
  const [path, extra] = args.positional;
  const by = option(args, 'by')?.trim();
  if (!path || extra || !by) throw new UsageError(`Cách dùng: ${SUBMIT_USAGE}`);
  if (!path.toLowerCase().endsWith('.xlsx')) throw new UsageError(`Chỉ nộp được tệp .xlsx (nhận được "${path}")`);
  const chosen = await campaignOption(args);
  // A read-only file is refused before the check, not after it passed.
  await checkOutput(path);
  const bytes = await readInputFile(path, warn);
  if (!bytes) return 2;
  const file = basename(path);
  try {
    const result = await checkWorkbookFile({ chosen, fallback: builtIn }, file, bytes);
    printCheck(result, print);
    if (errorCount(result) > 0) {
      print(`${file}: còn lỗi nên chưa nộp; sửa các ô có lỗi rồi chạy lại. Tệp không bị thay đổi.`);
      return 1;
    }
    const at = now();
    const { plan, bytes: stamped } = await stampWorkbook(result.campaign, file, bytes, { by, at, lock: args.options.has('lock') });
    if (!stamped) {
      for (const sheet of plan.full) warn(`${file}: ${noRoomText(sheet)}`);
      return 2;
    }
    await writeOutput(path, stamped);
    const sheets = plan.writes.map((w) => w.sheet);
    print(`Đã ghi dấu nộp biểu vào ${sheets.length} biểu (${sheets.join(', ')}) của ${file}: người lập biểu ${by}, lúc ${at.toISOString()}${args.options.has('lock') ? '; đã khóa các biểu' : ''}. Gửi tệp này cho cấp trên.`);
    return 0;
  } catch (error) {
    if (error instanceof CatalogError) {
      warn(`${path}: bộ biểu mang trong tệp bị hỏng; dùng --campaign để chỉ rõ bộ biểu. ${error.message}`);
      return 2;
    }
    if (!(error instanceof UnreadableFileError)) throw error;
    warn(error.message);
    return 2;
  }
}
