/**
 * CRC-32 as zip stores it for each part (the polynomial of zlib and JSZip):
 * a part whose inflated bytes do not give the checksum its directory holds
 * was changed or damaged after it was zipped. Pure, so the pane and the CLI
 * share it; node:zlib's is in no browser.
 */

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The checksum of `bytes`, continuing `previous` (the checksum of what came before them), so a part can be checked chunk by chunk. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = ~previous;
  for (let i = 0; i < bytes.length; i += 1) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
