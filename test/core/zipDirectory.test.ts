import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32 } from '../../src/core/crc32';
import { duplicatedPart, readName, readZipDirectory } from '../../src/core/zipDirectory';
import { packedPart, repeated, storedPart, zipOf } from '../support/zipBomb';

const parts = [packedPart('xl/workbook.xml', ['<workbook/>']), packedPart('xl/worksheets/sheet1.xml', repeated('<row/>', 1000)), packedPart('Biểu ghi chú.txt', ['ạ'])];
const declared = parts.map((p) => ({ name: p.name, method: 8, compressedSize: p.body.length, uncompressedSize: p.size, crc32: p.crc }));

describe('reading a zip directory without inflating', () => {
  it.each([
    ['a classic zip', {}],
    ['a ZIP64 zip', { zip64: true }],
  ])('gives every part its name and sizes in %s', (_, options) => {
    expect(readZipDirectory(zipOf(parts, options))).toEqual(declared);
  });

  it('gives the size the directory declares, not the real one', () => {
    const lying = { ...packedPart('xl/worksheets/sheet1.xml', repeated('0', 5000)), declaredSize: 10 };
    expect(readZipDirectory(zipOf([lying]))?.[0]?.uncompressedSize).toBe(10);
  });

  it('finds the directory of a zip with bytes before it and a comment after it', () => {
    const zip = zipOf(parts);
    const withComment = new Uint8Array([...zip.slice(0, -2), 5, 0, ...Buffer.from('ghi.!')]);
    expect(readZipDirectory(new Uint8Array([...Buffer.from('MIME header\r\n\r\n'), ...withComment]))).toEqual(declared);
  });

  it.each([
    ['text', Buffer.from('Đơn vị;Số liệu\n1;2\n')],
    ['a zip cut short', zipOf(parts).slice(0, 200)],
    ['an empty file', new Uint8Array()],
  ])('reads no directory in %s', (_, bytes) => {
    expect(readZipDirectory(new Uint8Array(bytes))).toBeUndefined();
  });
});

/** A central directory of one entry and its end, by hand: the entry's name, flags and extra field as given (no part data, which the directory does not need). */
function directoryOf(name: Buffer, flags: number, extra: Buffer): Uint8Array {
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(flags, 8);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(extra.length, 30);
  const entry = Buffer.concat([central, name, extra]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(entry.length, 12);
  return new Uint8Array(Buffer.concat([entry, end]));
}

/** Info-ZIP's Unicode path field: version, the checksum of the name it replaces, the name in UTF-8. */
function unicodePath(name: Buffer, path: string, version = 1): Buffer {
  const field = Buffer.alloc(9);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + Buffer.byteLength(path), 2);
  field.writeUInt8(version, 4);
  field.writeUInt32LE(crc32(name), 5);
  return Buffer.concat([field, Buffer.from(path, 'utf8')]);
}

describe('naming entries as JSZip does', () => {
  const legacy = Buffer.from('Bieu ghi chu.txt');
  it('takes the Unicode path field of an entry not flagged UTF-8, as JSZip reads its name', () => {
    expect(readZipDirectory(directoryOf(legacy, 0, unicodePath(legacy, 'xl/worksheets/sheet1.xml')))?.[0]?.name).toBe('xl/worksheets/sheet1.xml');
  });

  it.each([
    ['the entry is flagged UTF-8', 0x0800, unicodePath(legacy, 'x.xml')],
    ['the field is of another version', 0, unicodePath(legacy, 'x.xml', 2)],
    ['the field is for another name (stale)', 0, unicodePath(Buffer.from('other'), 'x.xml')],
  ])('keeps the name as written when %s', (_, flags, extra) => {
    expect(readZipDirectory(directoryOf(legacy, flags, extra))?.[0]?.name).toBe('Bieu ghi chu.txt');
  });

  it.each([
    ['../xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/./worksheets//sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['/xl/workbook.xml', '/xl/workbook.xml'],
    ['xl/media/', 'xl/media/'],
  ])('reads %s as %s', (written, read) => {
    expect(readName(written)).toBe(read);
  });
});

describe('a part the zip holds twice', () => {
  const entry = (name: string, text: string) => {
    const part = storedPart(name, Buffer.from(text));
    return { name, method: 0, compressedSize: part.size, uncompressedSize: part.size, crc32: part.crc };
  };

  it.each([
    ['under one name', entry('xl/worksheets/sheet1.xml', '<v>12</v>'), entry('xl/worksheets/sheet1.xml', '<v>99</v>')],
    ['under a name read as the same', entry('xl/worksheets/sheet1.xml', '<v>12</v>'), entry('../xl/worksheets/sheet1.xml', '<v>99</v>')],
  ])('is found, by its name as read, when the copies differ, %s', (_, first, second) => {
    expect(duplicatedPart([entry('xl/workbook.xml', '<workbook/>'), first, second])).toBe('xl/worksheets/sheet1.xml');
  });

  it('is let be when both copies are the same, as either reads alike', () => {
    expect(duplicatedPart([entry('xl/worksheets/sheet1.xml', '<v>12</v>'), entry('xl/worksheets/sheet1.xml', '<v>12</v>')])).toBeUndefined();
  });
});

describe('CRC-32', () => {
  it('is zlib’s, whole or chunk by chunk', () => {
    const bytes = Buffer.from('<c r="D11" s="20"><v>12</v></c>'.repeat(100));
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(bytes.subarray(7), crc32(bytes.subarray(0, 7)))).toBe(zlibCrc32(bytes));
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
