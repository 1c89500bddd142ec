import JSZip from 'jszip';
import { columnIndex } from '../../core/a1';
import type { StampWrite } from '../../core/stamp/submitPlan';
import { CELL, sheetParts, xmlAttribute } from './sheetParts';

/**
 * Writing the stamps into the file's own XML, not through ExcelJS: ExcelJS
 * drops what it cannot read back (the forms' data validation and the
 * conditional formats of the Kiểm tra column are lost on a load and save), and
 * a stamped file must be the unit's file with one cell more in each marker
 * row. Regular expressions as in sheetParts.ts: the parts are Excel's,
 * LibreOffice's or ExcelJS's plain XML.
 */

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const columnOf = (address: string) => columnIndex(/^[A-Z]+/.exec(address)?.[0] ?? 'A');
const rowOf = (address: string) => Number(/\d+$/.exec(address)?.[0] ?? '1');

/** The sheet's XML with `text` in the cell at `address`, as an inline string keeping the cell's style. */
export function withTextCell(xml: string, address: string, text: string): string {
  const cell = (attributes: string) => `<c r="${address}"${/\ss="\d+"/.exec(attributes)?.[0] ?? ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  const row = new RegExp(`<row\\b([^>]*?\\sr="${rowOf(address)}"[^>]*?)(?:/>|>([\\s\\S]*?)</row>)`).exec(xml);
  if (!row) return xml.replace(/<sheetData\s*\/>|<sheetData>/, `<sheetData><row r="${rowOf(address)}">${cell('')}</row>`);
  // `spans` only hints at the row's columns; dropped rather than kept wrong.
  const attributes = (row[1] ?? '').replace(/\sspans="[^"]*"/, '');
  const cells = [...(row[2] ?? '').matchAll(new RegExp(CELL.source, 'g'))];
  const same = cells.find((c) => xmlAttribute(c[1] ?? '', 'r') === address);
  const inner = row[2] ?? '';
  let content: string;
  if (same) content = inner.replace(same[0], cell(same[1] ?? ''));
  else {
    const after = cells.find((c) => columnOf(xmlAttribute(c[1] ?? '', 'r') ?? '') > columnOf(address));
    content = after ? inner.replace(after[0], cell('') + after[0]) : inner + cell('');
  }
  return xml.replace(row[0], `<row${attributes}>${content}</row>`);
}

/** styles.xml with a locked copy of every unlocked cell format, and the map from each unlocked format's index to its copy's. */
export function lockedStyles(styles: string): { readonly styles: string; readonly locked: ReadonlyMap<number, number> } {
  const list = /<cellXfs\b([^>]*)>([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!list) return { styles, locked: new Map() };
  const xfs = [...(list[2] ?? '').matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const locked = new Map<number, number>();
  const copies: string[] = [];
  xfs.forEach((xf, i) => {
    if (!/\slocked="(0|false)"/.test(xf)) return;
    locked.set(i, xfs.length + copies.length);
    copies.push(xf.replace(/\slocked="(0|false)"/, ''));
  });
  const attributes = (list[1] ?? '').replace(/\scount="\d+"/, ` count="${xfs.length + copies.length}"`);
  return { styles: styles.replace(list[0], `<cellXfs${attributes}>${list[2] ?? ''}${copies.join('')}</cellXfs>`), locked };
}

/** The sheet's XML with every cell, row and column format that leaves cells unlocked replaced by its locked copy, and the sheet protected. */
export function lockedSheet(xml: string, locked: ReadonlyMap<number, number>): string {
  const remapped = xml.replace(/<(c|row|col)\b[^>]*>/g, (tag, name: string) =>
    tag.replace(new RegExp(`\\s${name === 'col' ? 'style' : 's'}="(\\d+)"`), (attribute, index: string) => {
      const copy = locked.get(Number(index));
      return copy === undefined ? attribute : attribute.replace(index, String(copy));
    }),
  );
  if (/<sheetProtection\b/.test(remapped)) return remapped;
  const protection = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';
  return /<sheetCalcPr\b[^>]*\/>/.test(remapped) ? remapped.replace(/(<sheetCalcPr\b[^>]*\/>)/, `$1${protection}`) : remapped.replace('</sheetData>', `</sheetData>${protection}`);
}

/** The file with each stamp written into its sheet, and those sheets locked when asked. */
export async function writeStamps(bytes: Uint8Array, writes: readonly StampWrite[], lock: boolean): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const styles = lock ? lockedStyles((await zip.file('xl/styles.xml')?.async('string')) ?? '') : undefined;
  if (styles) zip.file('xl/styles.xml', styles.styles);
  for (const write of writes) {
    const part = parts.find((p) => p.name === write.sheet)?.part;
    const xml = part === undefined ? undefined : await zip.file(part)?.async('string');
    if (part === undefined || xml === undefined) throw new Error(`no part for sheet "${write.sheet}"`);
    const stamped = withTextCell(xml, write.address, write.text);
    zip.file(part, styles ? lockedSheet(stamped, styles.locked) : stamped);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
