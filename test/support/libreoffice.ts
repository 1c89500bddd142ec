import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A LibreOffice profile that recalculates every formula when it loads an .xlsx
 * (the default trusts cached values, and ExcelJS writes none), so a conversion
 * gives the values a user opening the file would see.
 */
function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongket-lo-'));
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  return `file://${dir}`;
}

let shared: string | undefined;

/**
 * Converts files with LibreOffice headless into `format` (xlsx, pdf…) in
 * `outDir`, in one process start (each start costs seconds); returns the output
 * paths. A batch of thousands of sheets needs more than the default three minutes.
 */
export async function convert(inputs: readonly string[], format: string, outDir: string, { timeoutMs = 180_000 } = {}): Promise<string[]> {
  shared ??= profile();
  mkdirSync(outDir, { recursive: true });
  await run('soffice', [`-env:UserInstallation=${shared}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...inputs], {
    timeout: timeoutMs,
  });
  return inputs.map((input) => join(outDir, basename(input).replace(/\.[^.]+$/, `.${format.split(':')[0]}`)));
}
