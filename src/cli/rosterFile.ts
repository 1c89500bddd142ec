import { readFile } from 'node:fs/promises';
import { UsageError } from './args';

/**
 * The text of a `--roster` file as offices save one: UTF-8 (with or without a
 * BOM, Excel's "CSV UTF-8"), UTF-16 with a BOM (Excel's "Unicode Text", tab
 * separated), or, failing UTF-8, Windows-1258, the code page Excel on a
 * Vietnamese Windows writes a plain "CSV (Comma delimited)" in. Decoded here,
 * in the command line: the core parses text and never sees bytes.
 */

export type RosterText = {
  readonly text: string;
  /** Said to the user when the encoding was a guess (no BOM, not UTF-8). */
  readonly note: string | undefined;
};

/** A TextDecoder that throws on bytes the encoding does not allow; throws RangeError for an encoding this Node does not have. */
export type DecoderFor = (encoding: string) => { decode(bytes: Uint8Array): string };

const strictDecoder: DecoderFor = (encoding) => new TextDecoder(encoding, { fatal: true });

const SAVE_AS = 'hãy mở bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc "Unicode Text"';

function decodeAs(bytes: Uint8Array, encoding: string, label: string, where: string, decoderFor: DecoderFor): string {
  let decoder: ReturnType<DecoderFor>;
  try {
    decoder = decoderFor(encoding);
  } catch {
    throw new UsageError(`${where}: tệp theo bảng mã ${label}, bản Node đang chạy không đọc được bảng mã này (thiếu ICU đầy đủ); ${SAVE_AS}.`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UsageError(`${where}: tệp có byte không hợp lệ trong bảng mã ${label}; ${SAVE_AS}.`);
  }
}

export function decodeRoster(bytes: Uint8Array, where: string, decoderFor: DecoderFor = strictDecoder): RosterText {
  const at = (i: number) => bytes[i];
  const done = (text: string, note?: string): RosterText => ({ text: text.replace(/^\uFEFF/, '').normalize('NFC'), note });
  if (at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf) return done(decodeAs(bytes.subarray(3), 'utf-8', 'UTF-8', where, decoderFor));
  if (at(0) === 0xff && at(1) === 0xfe) return done(decodeAs(bytes.subarray(2), 'utf-16le', 'UTF-16LE', where, decoderFor));
  if (at(0) === 0xfe && at(1) === 0xff) return done(decodeAs(bytes.subarray(2), 'utf-16be', 'UTF-16BE', where, decoderFor));
  // UTF-16 without a BOM: every other byte of a text in Latin letters is zero.
  if (bytes.length >= 4 && at(1) === 0 && at(3) === 0 && at(0) !== 0) return done(decodeAs(bytes, 'utf-16le', 'UTF-16LE', where, decoderFor));
  if (bytes.length >= 4 && at(0) === 0 && at(2) === 0 && at(1) !== 0) return done(decodeAs(bytes, 'utf-16be', 'UTF-16BE', where, decoderFor));
  try {
    return done(decoderFor('utf-8').decode(bytes));
  } catch {
    // Not UTF-8: an 8-bit code page. Vietnamese Windows saves CSV in Windows-1258 (tone marks as combining characters, hence NFC above).
  }
  const text = decodeAs(bytes, 'windows-1258', 'Windows-1258', where, decoderFor);
  return done(text, `${where}: tệp không phải UTF-8, đã đọc theo bảng mã Windows-1258 (CSV của Excel tiếng Việt); nếu tên đơn vị hiển thị sai, ${SAVE_AS}.`);
}

/** Reads and decodes a roster file; a missing file or an unreadable encoding is a user mistake (exit 2). */
export async function readRosterText(path: string, where: string): Promise<RosterText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`${path}: không mở được danh sách đơn vị (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  return decodeRoster(bytes, where);
}
