import { BUILT_IN_CAMPAIGN } from '../forms/builtInCampaign';
import { parseArgs, UsageError } from './args';
import { AUTHOR_USAGE, authorCommand } from './author';
import { CAMPAIGN_USAGE, campaignCommand } from './campaignCommand';
import { campaignOption } from './campaignOption';
import { CHECK_USAGE, checkCommand } from './check';
import { MERGE_USAGE, mergeCommand } from './merge';
import { SUBMIT_USAGE, submitCommand } from './submit';
import { TEMPLATES_USAGE, templatesCommand } from './templates';

const USAGE = ['Cách dùng:', `  ${TEMPLATES_USAGE}`, `  ${CHECK_USAGE}`, `  ${SUBMIT_USAGE}`, `  ${MERGE_USAGE}`, `  ${CAMPAIGN_USAGE}`, `  ${AUTHOR_USAGE}`].join('\n');

/** The `tongket` command line. Returns the exit code; user mistakes exit 2 with a message, never a stack. */
export async function main(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'templates') {
      const args = parseArgs(rest, ['all', 'force']);
      return await templatesCommand((await campaignOption(args)) ?? BUILT_IN_CAMPAIGN, args, out);
    }
    if (command === 'check') return await checkCommand(BUILT_IN_CAMPAIGN, parseArgs(rest, ['json']), out, err);
    if (command === 'submit') return await submitCommand(BUILT_IN_CAMPAIGN, parseArgs(rest, ['lock']), out, err);
    if (command === 'merge') return await mergeCommand(BUILT_IN_CAMPAIGN, parseArgs(rest, ['json', 'include-errors', 'only-approved', 'force']), out, err);
    if (command === 'campaign') return await campaignCommand(BUILT_IN_CAMPAIGN, parseArgs(rest, ['force']), out);
    if (command === 'author') return await authorCommand(parseArgs(rest, ['json']), out, err);
    if (command === undefined || command === '--help' || command === 'help') {
      out(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`Không có lệnh "${command}".\n${USAGE}`);
  } catch (error) {
    if (error instanceof UsageError) {
      err(error.message);
      return 2;
    }
    throw error;
  }
}
