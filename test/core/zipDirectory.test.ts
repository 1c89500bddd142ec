import { readZipDirectory } from '../../src/core/zipDirectory';
import { packedPart, repeated, zipOf } from '../support/zipBomb';

const parts = [packedPart('xl/workbook.xml', ['<workbook/>']), packedPart('xl/worksheets/sheet1.xml', repeated('<row/>', 1000)), packedPart('Biểu ghi chú.txt', ['ạ'])];
const declared = parts.map((p) => ({ name: p.name, method: 8, compressedSize: p.body.length, uncompressedSize: p.size }));

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
