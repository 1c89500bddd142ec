import { main } from '../../src/cli/main';

/** Runs `tongket …` in-process, as a user would see it: exit code, stdout, stderr. */
export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
