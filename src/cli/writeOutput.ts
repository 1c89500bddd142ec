import { stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from './args';

/** Why an output file could not be written, in the words a clerk can act on. */
function reason(path: string, code: string | undefined): string {
  if (code === 'ENOENT') return `không ghi được ${path}: thư mục chứa tệp không tồn tại.`;
  if (code === 'EACCES' || code === 'EPERM') return `không ghi được ${path}: không có quyền ghi vào đó.`;
  // Excel on Windows locks a workbook it has open.
  if (code === 'EBUSY') return `không ghi được ${path}: tệp đang mở (có thể trong Excel); hãy đóng tệp rồi chạy lại.`;
  return `không ghi được ${path} (${code ?? 'lỗi không rõ'}).`;
}

/** Refuses, before any long work, an output whose folder does not exist: a merge of 200 files should not fail at its last step. */
export async function checkOutputFolder(path: string): Promise<void> {
  const folder = await stat(dirname(path)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new UsageError(reason(path, 'ENOENT'));
}

/** Writes an output file; a file-system refusal is the user's to fix (exit 2), said in Vietnamese, never a stack. */
export async function writeOutput(path: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UsageError(reason(path, code));
  }
}
