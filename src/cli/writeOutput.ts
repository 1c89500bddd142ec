import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, lstat, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './args';

/** Why an output file could not be written, in the words a clerk can act on. */
function reason(path: string, code: string | undefined): string {
  if (code === 'ENOENT') return `không ghi được ${path}: thư mục chứa tệp không tồn tại.`;
  if (code === 'EACCES' || code === 'EPERM') return `không ghi được ${path}: không có quyền ghi vào đó.`;
  // Excel on Windows locks a workbook it has open.
  if (code === 'EBUSY') return `không ghi được ${path}: tệp đang mở (có thể trong Excel); hãy đóng tệp rồi chạy lại.`;
  if (code === 'EISDIR') return `không ghi được ${path}: đó là một thư mục, không phải tệp; hãy ghi rõ tên tệp ra.`;
  if (code === 'EROFS') return `không ghi được ${path}: tệp hoặc ổ đĩa chỉ cho đọc (chỉ đọc); hãy bỏ thuộc tính chỉ đọc hoặc chọn chỗ khác.`;
  if (code === 'ENOSPC') return `không ghi được ${path}: ổ đĩa đã đầy.`;
  return `không ghi được ${path} (${code ?? 'lỗi không rõ'}).`;
}

/**
 * Refuses, before any long work, an output whose folder does not exist or is
 * read-only: a merge of 200 files should not fail at its last step, nor write
 * into a folder someone made read-only (its write bits, as for a file, since
 * root may write anything). Not on Windows, whose read-only attribute on a
 * folder only marks it as customised and never stops a write.
 */
export async function checkOutputFolder(path: string): Promise<void> {
  const folder = await stat(dirname(path)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new UsageError(reason(path, 'ENOENT'));
  if (process.platform === 'win32') return;
  const writable = (folder.mode & 0o222) !== 0 && (await access(dirname(path), constants.W_OK).then(() => true, () => false));
  if (!writable) throw new UsageError(reason(path, 'EACCES'));
}

/** Same file: the same path once links are resolved, or the same inode (a hard link has its own path). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [realA, realB] = await Promise.all([realpath(a).catch(() => resolve(a)), realpath(b).catch(() => resolve(b))]);
  if (realA === realB) return true;
  const [statA, statB] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return statA !== undefined && statB !== undefined && statA.dev === statB.dev && statA.ino === statB.ino;
}

/**
 * Everything that would make writing `path` fail or destroy a source, checked
 * before any input is read: a missing folder, a directory where the file
 * should be, a read-only file (its write bits, as Windows' read-only
 * attribute shows in Node, since root may write anything), and an output that
 * is one of the inputs, by name, through a symbolic link or as a hard link.
 */
export async function checkOutput(path: string, inputs: readonly string[] = []): Promise<void> {
  await checkOutputFolder(path);
  const found = await stat(path).catch(() => undefined);
  if (found?.isDirectory()) throw new UsageError(reason(path, 'EISDIR'));
  for (const input of inputs)
    if (await sameFile(input, path)) throw new UsageError(`Tệp ra ${path} cũng là một tệp nguồn (${input}); chọn tên khác để không ghi đè số liệu của đơn vị.`);
  if (found) {
    const writable = (found.mode & 0o222) !== 0 && (await access(path, constants.W_OK).then(() => true, () => false));
    if (!writable) throw new UsageError(`không ghi được ${path}: tệp chỉ đọc; hãy bỏ thuộc tính chỉ đọc hoặc chọn tên khác.`);
  }
}

/** Where the bytes go: a symbolic link's target (the link stays a link), else the path itself. */
async function target(path: string): Promise<string> {
  const link = await lstat(path).catch(() => undefined);
  return link?.isSymbolicLink() ? realpath(path).catch(() => path) : path;
}

/**
 * Writes an output file whole or not at all: the bytes go to a temporary file
 * beside it, which then replaces it in one rename, so a full disk or a crash
 * leaves the previous file as it was and never half a workbook. A refusal of
 * the file system is the user's to fix (exit 2), said in Vietnamese, never a stack.
 */
export async function writeOutput(path: string, data: Uint8Array | string): Promise<void> {
  const final = await target(path);
  const temp = join(dirname(final), `.${basename(final)}.${process.pid}-${randomBytes(4).toString('hex')}.tongket-tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    const previous = await stat(final).catch(() => undefined);
    if (previous) await chmod(temp, previous.mode & 0o777).catch(() => undefined);
    await rename(temp, final);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UsageError(reason(path, code));
  }
}
