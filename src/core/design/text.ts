/**
 * Vietnamese text as the designer compares it: NFC, spaces collapsed; and
 * folded (lower case, no diacritics, đ → d) for matching words that tables
 * spell with or without accents, in upper or lower case.
 */

export const clean = (text: string): string => text.normalize('NFC').replace(/[\s\u00A0]+/g, ' ').trim();

export const fold = (text: string): string =>
  clean(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** Words of a folded text, punctuation dropped. */
export const words = (text: string): string[] => fold(text).split(/[^a-z0-9]+/).filter(Boolean);

/** Words that say nothing about what a row counts. */
const STOP = new Set(
  'so cua va cac nhung duoc trong do cho voi theo tai la co mot nay khac ve da bi tu den nam thang ngay ky quy tong cong ty le'.split(' '),
);

/** The words of a label that carry its meaning. */
export const contentWords = (text: string): string[] => words(text).filter((w) => !STOP.has(w) && !/^\d+$/.test(w));

/** Whether the folded text starts with one of the folded phrases, as whole words. */
export function startsWithPhrase(text: string, phrases: readonly string[]): string | undefined {
  const folded = fold(text).replace(/[^a-z0-9/%‰]+/g, ' ').trim();
  return phrases.find((p) => folded === p || folded.startsWith(`${p} `));
}

/** Whether the folded text contains the folded phrase as whole words. */
export function hasPhrase(text: string, phrase: string): boolean {
  const folded = ` ${fold(text).replace(/[^a-z0-9/%‰]+/g, ' ').trim()} `;
  return folded.includes(` ${phrase} `);
}

/** A short quotation of a label for messages. */
export const quote = (text: string, max = 60): string => {
  const t = clean(text);
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
};
