import { unitNameTooLong } from '../core/unitNameLimit';

/** A user mistake on the command line: printed without a stack, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type ParsedArgs = { readonly positional: string[]; readonly options: Map<string, string | true> };

/** `--key value`, `--key=value` and bare `--flag`; everything else is positional. */
export function parseArgs(argv: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.includes(name)) options.set(name, true);
    else if (inline !== undefined) options.set(name, inline);
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`Thiếu giá trị cho --${name}`);
      options.set(name, value);
      i += 1;
    }
  }
  return { positional, options };
}

export function option(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** `--unit-name`, refused when longer than a unit name may be (src/core/unitNameLimit.ts): it is written into the forms' header. */
export function unitNameOption(args: ParsedArgs): string | undefined {
  const name = option(args, 'unit-name');
  const tooLong = name === undefined ? undefined : unitNameTooLong(name, '--unit-name');
  if (tooLong) throw new UsageError(tooLong.charAt(0).toUpperCase() + tooLong.slice(1));
  return name;
}
