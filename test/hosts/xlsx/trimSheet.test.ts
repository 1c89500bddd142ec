import JSZip from 'jszip';
import { trimSheet } from '../../../src/hosts/xlsx/trimSheet';

const PART = 'xl/worksheets/sheet1.xml';

/** A sheet of `rows` rows of three cells, with merges after its rows, as a part of a zip (JSZip hands it over in 16 kB pieces, cutting tags). */
async function sheet(rows: number, numbered: boolean) {
  const row = (r: number) => `<row${numbered ? ` r="${r}"` : ''} spans="1:3">${[1, 2, 3].map((c) => `<c><v>${r * 10 + c}</v></c>`).join('')}</row>`;
  const xml = `<worksheet><dimension ref="A1:C${rows}"/><sheetData>${Array.from({ length: rows }, (_, i) => row(i + 1)).join('')}</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`;
  const zip = await JSZip.loadAsync(await new JSZip().file(PART, xml).generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return { file: zip.file(PART)!, xml, size: new TextEncoder().encode(xml).length };
}

describe('a sheet read down to the forms’ rows', () => {
  it.each([
    ['numbered rows', true],
    ['rows without numbers', false],
  ])('keeps rows 1 to 1,000 and the merges after them, and none below, with %s', async (_, numbered) => {
    const { file, size } = await sheet(5000, numbered);
    const trimmed = await trimSheet(file, size);
    expect(trimmed.kind).toBe('kept');
    const xml = trimmed.kind === 'kept' ? trimmed.xml : '';
    expect(xml.match(/<row\b/g)).toHaveLength(1000);
    expect(xml).toContain('<v>10003</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>');
  });

  it('keeps a sheet of fewer rows as it is', async () => {
    const { file, xml, size } = await sheet(300, true);
    expect(await trimSheet(file, size)).toEqual({ kind: 'kept', xml });
  });

  it('reads a sheet in UTF-16 (the package format allows it) as text, given back as UTF-8 and declared so', async () => {
    const { xml } = await sheet(5000, true);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>${xml}`, 'utf16le')]);
    const zip = await JSZip.loadAsync(await new JSZip().file(PART, utf16).generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const trimmed = await trimSheet(zip.file(PART)!, utf16.length);
    const kept = trimmed.kind === 'kept' ? trimmed.xml : '';
    expect(kept.startsWith('<?xml version="1.0" encoding="UTF-8"?><worksheet>')).toBe(true);
    expect(kept.match(/<row\b/g)).toHaveLength(1000);
  });

  it('stops at a sheet that inflates past the size its zip declares', async () => {
    const { file, size } = await sheet(5000, true);
    expect(await trimSheet(file, size - 1)).toEqual({ kind: 'lie' });
  });
});
