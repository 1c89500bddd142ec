import { main } from './main';

/**
 * The `tongket` process around `main`: the entry of the CLI bundle
 * (build/cli/tongket.cjs) and of the tsx fallback in bin/tongket.cjs. The exit
 * code is set, not forced, so what is still being written to a pipe gets out.
 */
const writeLine = (stream: NodeJS.WriteStream) => (line: string) => void stream.write(`${line}\n`);

main(process.argv.slice(2), writeLine(process.stdout), writeLine(process.stderr)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
