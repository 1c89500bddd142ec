// Draws the add-in's ribbon and store icons (a sheet with a summing bar on red)
// at 16/32/64/80 px into assets/. Run once after changing the design; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const RED = [200, 16, 46];
const WHITE = [255, 255, 255];
const GOLD = [255, 205, 0];

/** Colour at a point of the unit square, or undefined for transparent. */
function paint(x, y) {
  const r = 0.16;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return undefined;
  const inSheet = x > 0.2 && x < 0.8 && y > 0.2 && y < 0.8;
  if (!inSheet) return RED;
  if (y > 0.66) return GOLD; // the totals row
  const line = 0.035;
  const onGrid = [0.2, 0.4, 0.6, 0.8].some((g) => Math.abs(x - g) < line) || [0.2, 0.34, 0.48, 0.62].some((g) => Math.abs(y - g) < line * 0.8);
  return onGrid ? RED : WHITE;
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? r / a : 0; raw[o + 1] = a ? g / a : 0; raw[o + 2] = a ? b / a : 0; raw[o + 3] = (255 * a) / (ss * ss);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, png(size));
