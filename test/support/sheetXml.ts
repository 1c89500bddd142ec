import JSZip from 'jszip';

/** How a cell is stored in the sheet's XML, for storages ExcelJS cannot write: `t="d"`, `<v>12abc</v>`, `t="b"`, `t="e"`, `t="s"` with any index. */
export type StoredCell = { readonly t?: 'n' | 'd' | 'b' | 'e' | 'str' | 's'; readonly v: string };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The workbook with the given cells of one sheet (its part, e.g. "xl/worksheets/sheet1.xml") stored as given, keeping their style. */
export async function withStoredCells(bytes: Uint8Array, part: string, cells: Readonly<Record<string, StoredCell>>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file(part)!.async('string');
  for (const [address, cell] of Object.entries(cells)) {
    const pattern = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
    const match = pattern.exec(xml);
    if (!match) throw new Error(`${part} has no cell ${address}`);
    const style = /\ss="\d+"/.exec(match[1] ?? '')?.[0] ?? '';
    xml = xml.replace(pattern, `<c r="${address}"${style}${cell.t ? ` t="${cell.t}"` : ''}><v>${escapeXml(cell.v)}</v></c>`);
  }
  zip.file(part, xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}
