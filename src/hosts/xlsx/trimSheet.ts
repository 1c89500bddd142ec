import type JSZip from 'jszip';
import { FILE_LIMITS } from '../../core/fileLimits';
import { inflateAtMost } from './countedInflate';
import { declaredUtf8, utf16Of, type Utf16 } from './xmlEncoding';

/**
 * A sheet too large to read whole (fileLimits.ts), as XML without its rows
 * below `FILE_LIMITS.windowRows`: what a form needs (its rows, and the merges
 * and settings after the rows) and nothing of a million rows pasted below it
 * or of a summary's data table. Inflated once, chunk by chunk: the rows left
 * out are dropped as they come, so memory stays at what is kept.
 */
export type TrimmedSheet =
  | { readonly kind: 'kept'; readonly xml: string }
  /** Inflates past its declared size. */
  | { readonly kind: 'lie' }
  /** Even its first rows, or what follows them, pass the limit for a part. */
  | { readonly kind: 'too-large' }
  | { readonly kind: 'broken' };

const ROW = /<row\b[^>]*>/g;
const END = '</sheetData>';

/**
 * Reads the XML piece by piece: each piece is scanned once, with only an
 * unfinished tag carried over to the next (a regular expression on the whole
 * growing text would copy it again for every 16 kB piece).
 */
class Trimmer {
  private readonly pieces: string[] = [];
  private length = 0;
  private carry = '';
  private row = 0;
  private phase: 'rows' | 'skip' | 'tail' = 'rows';

  /** Takes the next piece of text; true once what is kept passes the limit for a part. */
  take(text: string): boolean {
    const s = this.carry + text;
    this.carry = '';
    if (this.phase === 'tail') return this.keep(s);
    if (this.phase === 'skip') {
      const at = s.indexOf(END);
      // Only a cut `</sheetData>` can start in the last few characters.
      if (at < 0) this.carry = s.slice(-(END.length - 1));
      else this.phase = 'tail';
      return at < 0 ? false : this.keep(s.slice(at));
    }
    const end = s.indexOf(END);
    ROW.lastIndex = 0;
    let scanned = 0;
    for (let match = ROW.exec(s); match && (end < 0 || match.index < end); match = ROW.exec(s)) {
      this.row = Number(/\br="(\d+)"/.exec(match[0])?.[1] ?? this.row + 1);
      scanned = ROW.lastIndex;
      if (this.row > FILE_LIMITS.windowRows) {
        this.phase = 'skip';
        return this.keep(s.slice(0, match.index)) || this.take(s.slice(match.index));
      }
    }
    if (end >= 0) {
      this.phase = 'tail';
      return this.keep(s);
    }
    // A tag cut at the end of the piece is scanned with the next one.
    const open = s.lastIndexOf('<');
    const cut = open >= scanned ? open : s.length;
    this.carry = s.slice(cut);
    return this.keep(s.slice(0, cut));
  }

  /** What is kept, once all is taken. */
  xml(rest: string): string {
    if (this.phase !== 'skip') this.keep(this.carry + rest);
    return this.pieces.join('');
  }

  private keep(text: string): boolean {
    this.pieces.push(text);
    this.length += text.length;
    return this.length > FILE_LIMITS.partBytes;
  }
}

export async function trimSheet(file: JSZip.JSZipObject, declared: number): Promise<TrimmedSheet> {
  let utf16: Utf16 | undefined;
  let decoder: TextDecoder | undefined;
  const trimmer = new Trimmer();
  let tooLarge = false;
  const inflated = await inflateAtMost(file, declared, (chunk) => {
    // Told by the first chunk: a sheet this large starts with far more than the two bytes that tell UTF-16 (xmlEncoding.ts).
    decoder ??= new TextDecoder((utf16 = utf16Of(chunk)) ?? 'utf-8');
    return (tooLarge = trimmer.take(decoder.decode(chunk, { stream: true })));
  });
  if (inflated.outcome === 'over') return { kind: 'lie' };
  if (inflated.outcome === 'broken') return { kind: 'broken' };
  const kept = trimmer.xml(decoder?.decode() ?? '');
  // Zipped again as UTF-8, which its declaration must then say.
  const xml = utf16 ? declaredUtf8(kept) : kept;
  if (tooLarge || xml.length > FILE_LIMITS.partBytes) return { kind: 'too-large' };
  return { kind: 'kept', xml };
}
