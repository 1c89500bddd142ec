/**
 * Parts of a workbook written in UTF-16, which the package format allows
 * beside UTF-8 and which ExcelJS cannot read (it takes every part as UTF-8,
 * and finds no XML in it). Such a part is decoded and given back as UTF-8
 * before ExcelJS reads it (boundedWorkbook.ts, trimSheet.ts).
 */

export type Utf16 = 'utf-16le' | 'utf-16be';

/** UTF-16 by its byte-order mark or, without one, by the "<" every XML part starts with, from the part's first two bytes. */
export function utf16Of(head: Uint8Array): Utf16 | undefined {
  const [first, second] = head;
  if ((first === 0xff && second === 0xfe) || (first === 0x3c && second === 0)) return 'utf-16le';
  if ((first === 0xfe && second === 0xff) || (first === 0 && second === 0x3c)) return 'utf-16be';
  return undefined;
}

/** The XML declaration made to say UTF-8, as the text now is: a reader that heeds it would otherwise decode it again as UTF-16. */
export const declaredUtf8 = (xml: string) => xml.replace(/^(<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');

/** The first two bytes of a part, from its chunks as they are inflated (a chunk may hold fewer). */
export function headOf(head: Uint8Array, chunk: Uint8Array): Uint8Array {
  return head.length >= 2 ? head : Uint8Array.from([...head, ...chunk.subarray(0, 2 - head.length)]);
}
