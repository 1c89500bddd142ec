import type JSZip from 'jszip';
import { partText, sheetParts, xmlAttribute, type SheetPart } from './sheetParts';
import { badTextReferences, sheetFaults, someCells } from './sheetFaults';
import { cellNear, xmlFault } from './xmlWellFormed';

/**
 * What is broken in a workbook ExcelJS could not open, in Vietnamese, naming
 * the part as the user knows it (the sheet "Biểu 2", not
 * xl/worksheets/sheet2.xml alone) and, where there is one, the cell. ExcelJS
 * says "Cannot read properties of undefined (reading 'richText')" or "Cannot
 * merge already merged cells", which tells a clerk nothing; the causes behind
 * the shapes a mutation fuzz of unit files found are looked for here, in the
 * zip: a part cut short, emptied, no XML at all or broken inside (near which
 * cell, in a sheet: xmlWellFormed.ts), what makes a sheet unreadable
 * (sheetFaults.ts: overlapping merges, text past the shared strings, addresses
 * past XFD1048576, rows out of order), a link between parts without its
 * target, an element of a name ExcelJS does not know. Only run when ExcelJS
 * failed, so every good file is spared it. On random mutations of unit files
 * (deleted, repeated, moved runs of characters, a stray "<"), every refusal
 * names its part this way.
 */

export const RESEND = 'hãy xin đơn vị gửi lại tệp (hoặc mở tệp bằng Excel, để Excel sửa, lưu lại rồi gửi lại)';

/** The parts a clerk can be told about by what they hold. */
const KNOWN_PARTS: readonly (readonly [RegExp, string])[] = [
  [/^xl\/workbook\.xml$/, 'danh sách sheet'],
  [/^xl\/sharedStrings\.xml$/, 'bảng chữ dùng chung của các ô'],
  [/^xl\/styles\.xml$/, 'định dạng ô'],
  [/\.rels$/, 'bảng liên kết các phần của tệp'],
  [/^\[Content_Types\]\.xml$/, 'danh mục các phần của tệp'],
  [/^docProps\//, 'thông tin tệp (tác giả, đơn vị soạn)'],
  [/^xl\/theme\//, 'bảng màu giao diện'],
];

/** "sheet "Biểu 2" (xl/worksheets/sheet2.xml)", "định dạng ô (xl/styles.xml)", else "phần xl/…". */
export function partName(part: string, sheets: readonly SheetPart[]): string {
  const sheet = sheets.find((s) => s.part === part);
  if (sheet) return `sheet "${sheet.name}" (${part})`;
  const known = KNOWN_PARTS.find(([pattern]) => pattern.test(part));
  return known ? `${known[1]} (${part})` : `phần ${part}`;
}

/** How many strings the shared-string table holds, or undefined when the file has none. */
async function sharedStringCount(zip: JSZip): Promise<number | undefined> {
  const xml = await partText(zip, 'xl/sharedStrings.xml');
  return xml === undefined ? undefined : (xml.match(/<si[\s>/]/g) ?? []).length;
}

/** What is wrong in each well-formed sheet (sheetFaults.ts). */
async function sheetDamage(zip: JSZip, sheets: readonly SheetPart[], stringsBroken: boolean): Promise<string[]> {
  const strings = (await sharedStringCount(zip)) ?? 0;
  const found: string[] = [];
  for (const { name, part } of sheets) {
    const xml = part === undefined ? undefined : await partText(zip, part);
    // With the table itself broken, every text cell points past it: the table is the one cause, said once.
    if (xml !== undefined && xmlFault(xml) === undefined) found.push(...sheetFaults(name, xml, stringsBroken ? undefined : strings));
  }
  return found;
}

/** Parts that are no well-formed XML, each with what is wrong with it and, in a sheet, near which cell. */
async function brokenParts(zip: JSZip): Promise<{ part: string; problem: string }[]> {
  const found: { part: string; problem: string }[] = [];
  for (const part of Object.keys(zip.files).sort()) {
    if (zip.files[part]?.dir || !/\.(xml|rels)$/i.test(part)) continue;
    const xml = await partText(zip, part);
    const fault = xml === undefined ? { problem: 'có dữ liệu nén bị hỏng (không giải nén được)' } : xmlFault(xml);
    if (!fault) continue;
    const cell = fault.at === undefined || xml === undefined || !part.startsWith('xl/worksheets/') ? undefined : cellNear(xml, fault.at);
    found.push({ part, problem: cell ? `${fault.problem} ở khoảng ô ${cell}` : fault.problem });
  }
  return found;
}

/** Links between parts that lack what makes one (an id, a type, a target): ExcelJS fails on them with "reading 'replace'". */
async function brokenLinks(zip: JSZip, sheets: readonly SheetPart[]): Promise<string[]> {
  const found: string[] = [];
  for (const part of Object.keys(zip.files).filter((p) => p.endsWith('.rels'))) {
    const xml = (await partText(zip, part)) ?? '';
    const links = [...xml.matchAll(/<Relationship\b([^>]*)>/g)].map((m) => m[1] ?? '');
    if (links.some((a) => ['Id', 'Type', 'Target'].some((name) => xmlAttribute(a, name) === undefined)))
      found.push(`${partName(part, sheets)} có mục liên kết thiếu thông tin (Id, Type hoặc Target)`);
  }
  return found;
}

/** The part holding an element ExcelJS did not expect where it stands ("Unexpected xml node … "name":"elationship""): a name cut or misspelt. */
async function strangeElement(zip: JSZip, sheets: readonly SheetPart[], libraryMessage: string): Promise<string | undefined> {
  const name = /Unexpected xml node[^{]*\{"name":"([^"]+)"/.exec(libraryMessage)?.[1];
  if (name === undefined) return undefined;
  for (const part of Object.keys(zip.files).sort()) {
    if (!/\.(xml|rels)$/i.test(part)) continue;
    if (new RegExp(`<${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s/>]`).test((await partText(zip, part)) ?? ''))
      return `${partName(part, sheets)} có thẻ "${name}" không đúng cấu trúc của Excel`;
  }
  return undefined;
}

/** ExcelJS's failure shapes that name the part they come from, for a damage the scans above did not find. */
const LIBRARY_SHAPES: readonly (readonly [RegExp, string])[] = [
  [/reading 'richText'/, 'xl/sharedStrings.xml'],
  [/reading 'sheets'/, 'xl/workbook.xml'],
  // A print area or other defined name whose text is broken.
  [/reading 'match'/, 'xl/workbook.xml'],
  [/reading 'styles'/, 'xl/styles.xml'],
  [/reading 'company'/, 'docProps/app.xml'],
];

/** The Vietnamese cause of ExcelJS's failure to open a workbook (its error as `libraryMessage`), ending with what to do. */
export async function damageOf(zip: JSZip, libraryMessage: string): Promise<string> {
  const sheets = await sheetParts(zip);
  const broken = await brokenParts(zip);
  const found = [
    ...broken.map((b) => `${partName(b.part, sheets)} ${b.problem}`),
    ...(await sheetDamage(zip, sheets, broken.some((b) => b.part === 'xl/sharedStrings.xml'))),
    ...(await brokenLinks(zip, sheets)),
  ];
  const strange = found.length === 0 ? await strangeElement(zip, sheets, libraryMessage) : undefined;
  if (strange) found.push(strange);
  if (found.length > 0) return `tệp bị hỏng: ${found.join('; ')}; ${RESEND}.`;
  if (/already merged/.test(libraryMessage)) return `tệp bị hỏng: một sheet có hai vùng gộp ô chồng lên nhau, điều Excel không cho phép; ${RESEND}.`;
  const part = LIBRARY_SHAPES.find(([shape]) => shape.test(libraryMessage))?.[1];
  return `tệp bị hỏng ở ${part ? partName(part, sheets) : 'một phần bên trong tệp mà chương trình không đọc được'}; ${RESEND}.`;
}

/**
 * What ExcelJS skips without a word in a file it opened: a sheet whose part
 * is missing (the sheet is simply not there), and a missing table of shared
 * strings (every text cell then reads as the number of its entry: labels,
 * markers, and "12 người" typed in a number cell, which would be summed as a
 * figure). Undefined when neither.
 */
export async function silentDamage(zip: JSZip): Promise<string | undefined> {
  const sheets = await sheetParts(zip);
  const found: string[] = [];
  const lost = sheets.filter((s) => s.part === undefined || zip.file(s.part) === null);
  const named = (s: SheetPart) => (s.part === undefined ? `sheet "${s.name}"` : partName(s.part, sheets));
  if (lost.length > 0)
    found.push(
      lost.some((s) => s.part === undefined)
        ? `bảng liên kết các phần của tệp (xl/_rels/workbook.xml.rels) bị thiếu hoặc hỏng, nên không tìm thấy ${lost.map(named).join(', ')}`
        : `thiếu phần chứa ${lost.map(named).join(', ')}, nên không đọc được ${lost.length > 1 ? 'các sheet đó' : 'sheet đó'}`,
    );
  if (zip.file('xl/sharedStrings.xml') === null)
    for (const { name, part } of sheets) {
      const xml = part === undefined ? undefined : await partText(zip, part);
      const texts = xml === undefined ? [] : badTextReferences(xml, 0);
      if (texts.length > 0) {
        found.push(`thiếu bảng chữ dùng chung của các ô (xl/sharedStrings.xml), nên không biết các ô chữ ghi gì (sheet "${name}", ô ${someCells(texts)})`);
        break;
      }
    }
  return found.length > 0 ? `tệp bị hỏng: ${found.join('; ')}; ${RESEND}.` : undefined;
}
