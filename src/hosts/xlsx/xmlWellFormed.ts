/**
 * Whether a part of a workbook is well-formed XML, and if not, what is wrong
 * and where: what the diagnosis of a damaged file (damagedFile.ts) needs to
 * name the part, and in a sheet the cell, instead of quoting the parser. Not
 * a parser: tags are matched and nested, entities and attributes checked;
 * namespaces, DTDs and encodings are left to the reader that failed.
 */

export type XmlFault = { readonly problem: string; /** Offset in the text, where it is known. */ readonly at?: number };

/** One tag at a "<": start, end or empty element, processing instruction, comment, CDATA or doctype. */
const TAG = /<(?:(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|\?[\s\S]*?\?>|!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|!DOCTYPE[^>]*>)/y;
/** An "&" that starts no entity XML knows. */
const BAD_ENTITY = /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

const BROKEN = 'có nội dung XML hỏng';
/** The XML declaration as the standard allows it. */
const DECLARATION = /^<\?xml\s+version\s*=\s*(["'])1\.\d+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/;

/** Whether a tag names one attribute twice, which no XML reader accepts. */
function repeatsAttribute(attributes: string): boolean {
  const names = [...attributes.matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((m) => m[1]);
  return new Set(names).size !== names.length;
}

export function xmlFault(text: string): XmlFault | undefined {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { problem: 'trống' };
  if (!/^\s*</.test(body)) return { problem: 'không phải nội dung XML', at: 0 };
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < body.length) {
    const next = body.indexOf('<', i);
    const text = body.slice(i, next < 0 ? body.length : next);
    if (open.length === 0 ? text.trim() !== '' : BAD_ENTITY.test(text)) return { problem: BROKEN, at: i };
    if (next < 0) break;
    TAG.lastIndex = next;
    const tag = TAG.exec(body);
    if (!tag) return { problem: BROKEN, at: next };
    const [whole, closing, name, attributes = '', empty] = tag;
    i = next + whole.length;
    if (name === undefined) {
      if (/^<\?xml\s/.test(whole) && (next > 0 || !DECLARATION.test(whole))) return { problem: BROKEN, at: next };
      continue;
    }
    if (BAD_ENTITY.test(attributes) || repeatsAttribute(attributes)) return { problem: BROKEN, at: next };
    if (closing) {
      if (open.pop() !== name) return { problem: BROKEN, at: next };
      continue;
    }
    if (open.length === 0 && (roots += 1) > 1) return { problem: BROKEN, at: next };
    if (!empty) open.push(name);
  }
  if (roots === 0) return { problem: 'không phải nội dung XML', at: 0 };
  return open.length > 0 ? { problem: 'bị cắt cụt (mất phần cuối)' } : undefined;
}

/** The cell whose XML holds `at` in a sheet part: the last `<c r="…"` that starts before it, within the cells. */
export function cellNear(xml: string, at: number): string | undefined {
  const end = xml.indexOf('</sheetData>');
  if (end >= 0 && at > end) return undefined;
  const start = xml.lastIndexOf('<c ', at);
  return start < 0 ? undefined : /^<c\b[^>]*?\br="([A-Z]{1,3}\d{1,7})"/.exec(xml.slice(start, start + 200))?.[1];
}
