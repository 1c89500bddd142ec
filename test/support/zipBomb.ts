import { constants, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

/**
 * Zips that inflate to hundreds of megabytes, built in a fraction of a second
 * and a few hundred kilobytes: each distinct piece of a part is deflated once
 * with a full flush (its blocks end on a byte and refer to nothing before
 * them), so a piece repeated a thousand times is its compressed bytes
 * repeated. The zip is written by hand so that its directory can lie about a
 * size or use the ZIP64 fields.
 */

export type PackedPart = {
  readonly name: string;
  /** Raw deflate data, or the bytes themselves when `stored`. */
  readonly body: Uint8Array;
  readonly size: number;
  readonly crc: number;
  readonly stored?: boolean;
  /** The uncompressed size the zip's headers give, when it is to differ from the real one. */
  readonly declaredSize?: number;
};

/** The final, empty deflate block that ends a stream of flushed pieces. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** A part made of `pieces` in order, deflated; a piece given twice (the same object) is deflated once. */
export function packedPart(name: string, pieces: Iterable<string | Buffer>): PackedPart {
  const deflated = new Map<string | Buffer, Buffer>();
  const bodies: Buffer[] = [];
  let size = 0;
  let crc = 0;
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    let body = deflated.get(piece);
    if (!body) deflated.set(piece, (body = deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH })));
    bodies.push(body);
    size += bytes.length;
    crc = crc32(bytes, crc);
  }
  return { name, body: new Uint8Array(Buffer.concat([...bodies, FINAL_BLOCK])), size, crc };
}

/** A part as it is, stored (not compressed), so that it can be copied into a zip unchanged. */
export function storedPart(name: string, data: Uint8Array): PackedPart {
  return { name, body: data, size: data.length, crc: crc32(data), stored: true };
}

/** Every part of a workbook, to rebuild it with some replaced. */
export async function partsOfWorkbook(bytes: Uint8Array): Promise<PackedPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: PackedPart[] = [];
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.push(packedPart(entry.name, [Buffer.from(await entry.async('uint8array'))]));
  return parts;
}

const MAX32 = 0xffffffff;

/** The zip of `parts`; with `zip64`, every size and offset goes in the ZIP64 fields, as writers do for files of 4 GB and more. */
export function zipOf(parts: readonly PackedPart[], options: { zip64?: boolean } = {}): Uint8Array {
  const zip64 = options.zip64 ?? false;
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? part.size;
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(part.body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const header = (signature: number, length: number, at: number) => {
      const h = Buffer.alloc(length);
      h.writeUInt32LE(signature, 0);
      h.writeUInt16LE(zip64 ? 45 : 20, at);
      h.writeUInt16LE(0x0800, at + 2);
      h.writeUInt16LE(part.stored ? 0 : 8, at + 4);
      h.writeUInt32LE(part.crc, at + 10);
      h.writeUInt32LE(zip64 ? MAX32 : part.body.length, at + 14);
      h.writeUInt32LE(zip64 ? MAX32 : size, at + 18);
      h.writeUInt16LE(name.length, at + 22);
      h.writeUInt16LE(extra.length, at + 24);
      return h;
    };
    const central = header(0x02014b50, 46, 6);
    central.writeUInt16LE(zip64 ? 45 : 20, 4);
    central.writeUInt32LE(zip64 ? MAX32 : offset, 42);
    // The local header's extra field carries only the two sizes.
    const localExtra = zip64 ? Buffer.concat([Buffer.from([0x01, 0x00, 16, 0x00]), extra.subarray(4, 20)]) : extra;
    const local = header(0x04034b50, 30, 4);
    local.writeUInt16LE(localExtra.length, 28);
    chunks.push(local, name, localExtra, Buffer.from(part.body));
    centrals.push(central, name, extra);
    offset += local.length + name.length + localExtra.length + part.body.length;
  }
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(zip64 ? MAX32 : directory.length, 12);
  end.writeUInt32LE(zip64 ? MAX32 : offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, ...tail, end]));
}

/** `count` copies of `piece`, lazily: the pieces of a part of any size. */
export function* repeated<T>(piece: T, count: number): Generator<T> {
  for (let i = 0; i < count; i += 1) yield piece;
}
