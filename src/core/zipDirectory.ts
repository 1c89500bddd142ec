/**
 * What a zip's central directory says about its entries, read without
 * inflating anything: an .xlsx is a zip, and the directory at its end gives
 * each part's compressed and uncompressed size, so a bomb can be refused
 * before a byte of it is inflated (fileLimits.ts). Pure byte reading, so the
 * pane and the CLI share it. The sizes are what the file *declares*; whoever
 * inflates must still count (hosts/xlsx/boundedWorkbook.ts).
 */

import { crc32 } from './crc32';

export type ZipEntry = {
  readonly name: string;
  /** 0 stored, 8 deflated; any other the readers refuse on their own. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** The CRC-32 of the inflated bytes, as declared: what the reader checks the part it reads against (hosts/xlsx/boundedWorkbook.ts). */
  readonly crc32: number;
};

const END = 0x06054b50;
const END64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
const CENTRAL = 0x02014b50;
const END_SIZE = 22;
/** ZIP64 extended information, the extra field that carries sizes of 4 GB and more. */
const ZIP64_EXTRA = 0x0001;
/** Info-ZIP's Unicode path, which JSZip takes as the name of an entry not flagged UTF-8. */
const UNICODE_PATH = 0x7075;
const UTF8_FLAG = 0x0800;
const MAX32 = 0xffffffff;

class Reader {
  constructor(readonly bytes: Uint8Array) {}
  has(at: number, length: number): boolean {
    return at >= 0 && at + length <= this.bytes.length;
  }
  u16(at: number): number {
    return (this.bytes[at] ?? 0) | ((this.bytes[at + 1] ?? 0) << 8);
  }
  u32(at: number): number {
    return (this.u16(at) + this.u16(at + 2) * 0x10000) >>> 0;
  }
  /** Exact below 2^53, far beyond any file a reader could hold. */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x100000000;
  }
  text(at: number, length: number): string {
    return utf8(this.bytes.subarray(at, at + length));
  }
}

/** UTF-8 as JSZip decodes entry names (the core has no TextDecoder); a broken sequence becomes U+FFFD. */
function utf8(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k += 1) {
      const next = bytes[i + k] as number;
      valid = (next & 0xc0) === 0x80;
      code = (code << 6) | (next & 0x3f);
    }
    text += valid && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    i += valid ? length : 1;
  }
  return text;
}

/** The end-of-central-directory record: the last one, as a comment of up to 64 kB may follow it. */
function findEnd(read: Reader, size: number): number | undefined {
  for (let at = size - END_SIZE; at >= Math.max(0, size - END_SIZE - 0xffff); at -= 1) if (read.u32(at) === END) return at;
  return undefined;
}

/** Where the directory starts and how long it is, from the ZIP64 record when the classic one is saturated. */
function directorySpan(read: Reader, end: number): { start: number; length: number; before: number } | undefined {
  const locator = end - 20;
  if (read.has(locator, 20) && read.u32(locator) === LOCATOR64) {
    const at = read.u64(locator + 8);
    if (!read.has(at, 56) || read.u32(at) !== END64) return undefined;
    return { start: read.u64(at + 48), length: read.u64(at + 40), before: at };
  }
  return { start: read.u32(end + 16), length: read.u32(end + 12), before: end };
}

/**
 * The zip's entries as its central directory lists them, or undefined when
 * there is no directory to read (not a zip, or cut short): the reader that
 * opens the file then says what is wrong with it.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const read = new Reader(bytes);
  const end = findEnd(read, bytes.length);
  if (end === undefined) return undefined;
  const span = directorySpan(read, end);
  if (!span) return undefined;
  // Bytes before the zip (a self-extractor, a mail header) shift every offset; JSZip allows for it the same way.
  let at = read.u32(span.start) === CENTRAL ? span.start : span.before - span.length;
  const stop = at + span.length;
  const entries: ZipEntry[] = [];
  while (at < stop) {
    if (!read.has(at, 46) || read.u32(at) !== CENTRAL) return undefined;
    const nameLength = read.u16(at + 28);
    const extraLength = read.u16(at + 30);
    const commentLength = read.u16(at + 32);
    if (!read.has(at + 46, nameLength + extraLength)) return undefined;
    let compressedSize = read.u32(at + 20);
    let uncompressedSize = read.u32(at + 24);
    let name = read.text(at + 46, nameLength);
    for (let field = at + 46 + nameLength; field + 4 <= at + 46 + nameLength + extraLength; field += 4 + read.u16(field + 2)) {
      const id = read.u16(field);
      // The ZIP64 field holds, in this order, only the sizes whose 32-bit field is saturated.
      if (id === ZIP64_EXTRA) {
        let value = field + 4;
        if (uncompressedSize === MAX32) [uncompressedSize, value] = [read.u64(value), value + 8];
        if (compressedSize === MAX32) compressedSize = read.u64(value);
      }
      // Named as JSZip names it, so that two entries it reads under one name are seen as such (duplicatedPart): version 1, and still the name's checksum.
      const length = read.u16(field + 2);
      if (id === UNICODE_PATH && !(read.u16(at + 8) & UTF8_FLAG) && length >= 5 && read.has(field + 4, length) && read.bytes[field + 4] === 1 && read.u32(field + 5) === crc32(read.bytes.subarray(at + 46, at + 46 + nameLength)))
        name = read.text(field + 9, length - 5);
    }
    entries.push({ name, method: read.u16(at + 10), compressedSize, uncompressedSize, crc32: read.u32(at + 16) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's name as JSZip keys it, and ExcelJS then reads it: "." and empty segments dropped, ".." taken back (utils.resolve). */
export function readName(name: string): string {
  const parts = name.split('/');
  const kept: string[] = [];
  parts.forEach((part, index) => {
    if (part === '..') kept.pop();
    else if (part !== '.' && (part !== '' || index === 0 || index === parts.length - 1)) kept.push(part);
  });
  return kept.join('/');
}

/**
 * The name, as read, of a part the zip holds twice with different contents
 * (size or checksum), or undefined. JSZip keeps the last entry of a name and
 * ExcelJS reads it, while another program may show the first: which figures
 * the unit sent cannot be told. Two identical copies read the same either way.
 */
export function duplicatedPart(entries: readonly ZipEntry[]): string | undefined {
  const seen = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const name = readName(entry.name);
    if (name.endsWith('/')) continue;
    const before = seen.get(name);
    if (before && (before.crc32 !== entry.crc32 || before.uncompressedSize !== entry.uncompressedSize)) return name;
    seen.set(name, entry);
  }
  return undefined;
}
