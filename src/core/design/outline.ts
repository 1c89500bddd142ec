import { clean } from './text';

/**
 * The numbering of an official table's rows ("STT"): A, B (parts), I, II
 * (sections), 1, 2 (items), 1.1 / a / - / + (sub-items). Its kind says how deep
 * a row sits; the designer reads parents from it and, with the figures, totals.
 */

export type OutlineKind = 'upper' | 'roman' | 'arabic' | 'dotted' | 'lower' | 'dash' | 'plus' | 'star' | 'none';

export type Outline = {
  readonly kind: OutlineKind;
  /** "II", "2.1", "a": the number without its trailing "." or ")". */
  readonly token: string;
  /** How deep the kind sits: A 0, I 1, 1 2, 1.1 3, a 5, - 6, + 7; none undefined. */
  readonly rank: number | undefined;
};

const ROMAN = /^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$/;
const RANK: Record<Exclude<OutlineKind, 'none' | 'dotted'>, number> = { upper: 0, roman: 1, arabic: 2, lower: 5, dash: 6, plus: 7, star: 8 };

/** Letters that are also Roman numerals: read as letters only in a table that numbers with A, B, … */
const AMBIGUOUS = new Set(['C', 'D', 'I', 'L', 'M', 'V', 'X']);

export function parseOutline(raw: string, lettersInUse = false): Outline {
  const text = clean(raw)
    .replace(/^\((.*)\)$/, '$1')
    .replace(/[.)]+$/, '')
    .trim();
  if (text === '') return { kind: 'none', token: '', rank: undefined };
  if (/^\d+$/.test(text)) return { kind: 'arabic', token: text, rank: RANK.arabic };
  if (/^\d+(\.\d+)+$/.test(text)) return { kind: 'dotted', token: text, rank: RANK.arabic + text.split('.').length - 1 };
  if (/^[A-Z]$/.test(text) && (!AMBIGUOUS.has(text) || (lettersInUse && text !== 'I' && text !== 'V' && text !== 'X')))
    return { kind: 'upper', token: text, rank: RANK.upper };
  if (ROMAN.test(text)) return { kind: 'roman', token: text, rank: RANK.roman };
  if (/^[a-zđ]$/.test(text)) return { kind: 'lower', token: text, rank: RANK.lower };
  if (/^[-–—]$/.test(text)) return { kind: 'dash', token: '-', rank: RANK.dash };
  if (text === '+') return { kind: 'plus', token: '+', rank: RANK.plus };
  if (/^[*•·]$/.test(text)) return { kind: 'star', token: text, rank: RANK.star };
  return { kind: 'none', token: text, rank: undefined };
}

/** A numbering written at the start of a label ("1. Số trường", "- Nữ", "a) Công lập"): the token and the rest. */
export function splitLeadingOutline(label: string): { stt: string; label: string } | undefined {
  const text = clean(label);
  const m =
    /^((?:[IVXL]+|[A-Z]|\d+(?:\.\d+)*)[.)]|[a-zđ]\)|[-–—+*•]|\d+(?:\.\d+)+)\s+(\S.*)$/.exec(text) ??
    /^((?:[IVXL]+|[A-Z]|\d+)\.)(\S.*)$/.exec(text);
  if (!m) return undefined;
  return { stt: (m[1] as string).replace(/[.)]$/, ''), label: (m[2] as string).trim() };
}

/** Whether a table's numbering uses upper-case letters as such (A, B, …): then "C", "D" are letters, not Roman numerals. */
export const usesLetters = (tokens: readonly string[]): boolean => tokens.some((t) => /^[ABEFGH][.)]?$/.test(clean(t)));

/** Roman numeral → number ("IV" → 4), for "(I+II)" in a total's label. */
export function romanValue(text: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const v = values[text[i] as string] ?? 0;
    const next = values[text[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
