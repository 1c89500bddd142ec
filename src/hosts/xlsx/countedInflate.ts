import type JSZip from 'jszip';

/**
 * A part of a received zip inflated chunk by chunk and counted, never kept
 * whole: how boundedWorkbook.ts and trimSheet.ts find out what a part really
 * holds, whatever the zip's directory declares.
 */

export type Inflated = { readonly outcome: 'over' | 'within' | 'broken'; readonly bytes: number };

/** JSZip documents `ZipObject#internalStream` (chunks as they are inflated, pausable) but its typings leave it out. */
type Streamable = JSZip.JSZipObject & { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

/**
 * Inflates `file` until its end, past `cap` bytes ('over'), or until
 * `enough(chunk)` says so. JSZip inflates 16 kB of input at a time, so a
 * part stopped here has inflated at most one such block too far (deflate
 * gives at most 1032 bytes per byte: 17 MB, dropped at once).
 */
export function inflateAtMost(file: JSZip.JSZipObject, cap: number, enough: (chunk: Uint8Array) => boolean = () => false): Promise<Inflated> {
  return new Promise((resolve) => {
    const stream = (file as Streamable).internalStream('uint8array');
    let count = 0;
    let done = false;
    const finish = (outcome: Inflated['outcome']) => {
      if (done) return;
      done = true;
      stream.pause();
      resolve({ outcome, bytes: count });
    };
    stream.on('data', (chunk) => {
      if (done) return;
      count += chunk.length;
      if (count > cap) finish('over');
      else if (enough(chunk)) finish('within');
    });
    // A broken deflate stream or a part shorter than declared: ExcelJS will fail on it in the same place and say so.
    stream.on('error', () => finish('broken'));
    stream.on('end', () => finish('within'));
    stream.resume();
  });
}
