import { readFile } from 'node:fs/promises';

/** The bytes of a file named on the command line, or undefined once the reason it cannot be opened is said (exit 2 follows). */
export async function readInputFile(path: string, warn: (line: string) => void): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    warn(`${path}: không mở được tệp (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    return undefined;
  }
}
