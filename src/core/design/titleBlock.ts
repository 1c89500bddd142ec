import type { TableFrame } from './findTable';
import type { SheetView } from './sheetView';
import { clean, fold } from './text';
import type { SheetTexts } from './types';

/**
 * The lines around a table: above it the issuer and motto, "Biểu số 3A", the
 * title (bold, in capitals), a subtitle in brackets, the period, "Đơn vị tính:
 * …"; under it the signers. What the campaign file's texts and the form's
 * title and number are made of.
 */

export type TitleBlock = {
  readonly title: string | undefined;
  readonly number: string | undefined;
  readonly unitNote: string | undefined;
  readonly texts: SheetTexts;
};

type Line = { row: number; column: number; text: string; bold: boolean; italic: boolean; span: number };

function linesOf(view: SheetView, top: number, bottom: number, left: number, right: number): Line[] {
  const lines: Line[] = [];
  for (let r = top; r <= bottom; r += 1)
    for (let c = left; c <= right; c += 1) {
      if (view.covered(r, c)) continue;
      const text = view.text(r, c);
      const merge = view.mergeAt(r, c);
      const span = merge ? merge.right - merge.left + 1 : 1;
      if (text !== '' && view.number(r, c) === undefined) lines.push({ row: r, column: c, text: clean(text), bold: view.bold(r, c), italic: view.italic(r, c), span });
    }
  return lines;
}

const capitals = (text: string) => {
  const letters = [...text].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  return letters.length > 0 ? letters.filter((ch) => ch === ch.toUpperCase()).length / letters.length : 0;
};
const MOTTO = /^(cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doc lap|mat tran to quoc viet nam)/;
const NUMBER = /\b(bieu|mau|phu luc|bieu mau)\s*(so)?\s*[:.]?\s*0*([0-9]+[a-z]?)\b/;
const PERIOD = /(so lieu|ky bao cao|tinh den|tinh tu|nam hoc|tu ngay|den ngay|quy [ivx0-9]+|\b6 thang|nam 20\d\d)/;

export function readTitleBlock(view: SheetView, frame: TableFrame): TitleBlock {
  const b = view.bounds;
  const above = linesOf(view, Math.max(b.top, frame.top - 15), frame.top - 1, b.left, b.right);
  let number: string | undefined;
  let unitNote: string | undefined;
  let motto: string | undefined;
  const rest: Line[] = [];
  for (const line of above) {
    const f = fold(line.text);
    const n = NUMBER.exec(f);
    const u = /(?:don vi tinh|dvt)\s*[:.]\s*(.+)$/.exec(f);
    if (MOTTO.test(f)) {
      if (!/^doc lap/.test(f)) motto ??= line.text;
    } else if (u) unitNote = line.text.slice(line.text.length - (u[1] as string).length).trim();
    else if (n && line.text.length < 40) number ??= (n[3] as string).toUpperCase();
    else rest.push(line);
  }
  const width = frame.right - frame.left + 1;
  const looksLikeTitle = (l: Line) => l.text.length >= 8 && capitals(l.text) >= 0.6;
  const wide = (l: Line) => l.span * 2 >= width;
  const candidates = rest.filter((l) => looksLikeTitle(l) && l.bold && wide(l));
  const fallback = candidates.length > 0 ? candidates : rest.filter((l) => looksLikeTitle(l) && (l.bold || wide(l)) && l.text.length >= 12);
  const first = fallback[0];
  const titleRows: Line[] = [];
  for (const l of fallback) if (first && l.column === first.column && l.row === first.row + titleRows.length) titleRows.push(l);
  const title = titleRows.length > 0 ? titleRows.map((l) => l.text).join(' ') : undefined;
  const lastTitleRow = titleRows[titleRows.length - 1]?.row ?? -1;
  const after = rest.filter((l) => l.row > lastTitleRow);
  const subtitle = after.find((l) => l.text.startsWith('('))?.text;
  const period = after.find((l) => l.text !== subtitle && PERIOD.test(fold(l.text)))?.text;
  const issuer = rest.find((l) => l.row < (first?.row ?? frame.top) && l.column <= frame.left + 1 && capitals(l.text) >= 0.6)?.text;

  const below = linesOf(view, frame.bottom + 1, Math.min(b.bottom, frame.bottom + 14), b.left, b.right);
  const signers = below
    .filter((l) => l.bold && capitals(l.text) >= 0.8 && l.text.length <= 45 && !MOTTO.test(fold(l.text)))
    .slice(0, 2)
    .sort((x, y) => x.column - y.column)
    .map((l) => ({ title: l.text, hint: below.find((h) => h.row > l.row && h.row <= l.row + 2 && h.column === l.column && h.text.startsWith('('))?.text ?? '(Ký, ghi rõ họ tên)' }));

  const dateLine = below.find((l) => /ngay\s*[.…_ ]*\s*thang/.test(fold(l.text)))?.text;

  return {
    title,
    number,
    unitNote,
    texts: {
      ...(issuer !== undefined ? { issuer } : {}),
      ...(motto !== undefined ? { motto } : {}),
      ...(subtitle !== undefined ? { subtitle } : {}),
      ...(period !== undefined ? { period } : {}),
      ...(dateLine !== undefined ? { dateLine } : {}),
      ...(signers.length > 0 ? { signers } : {}),
    },
  };
}
