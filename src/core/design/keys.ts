import { words } from './text';

/**
 * Keys for rows and columns, made from their labels: ASCII, lower case,
 * underscores ("Lượt cán bộ tham gia học tập" → "luot_can_bo_tham"), unique
 * within the form (rows and columns share one namespace), starting with a
 * letter. A form key from its number ("Biểu số 3A" → "B3A").
 */

const DROP = new Set('cua va cac nhung duoc trong do cho voi theo tai la co mot nay ve da bi tu den the thi ma de'.split(' '));

export function slug(text: string, maxWords = 3): string {
  const all = words(text);
  const kept = all.filter((w) => !DROP.has(w));
  const chosen = (kept.length > 0 ? kept : all).slice(0, maxWords).join('_').slice(0, 28).replace(/_+$/, '');
  return chosen;
}

export class KeyMaker {
  private readonly used = new Set<string>();

  /** A fresh key from the text; `fallback` when the text has no letters ("1", "…"). */
  make(text: string, fallback: string): string {
    let base = /^[a-z0-9_]+$/.test(text) ? text : slug(text);
    if (base === '') base = fallback;
    if (!/^[a-z]/.test(base)) base = `${fallback}_${base}`;
    let key = base;
    for (let n = 2; this.used.has(key); n += 1) key = `${base}_${n}`;
    this.used.add(key);
    return key;
  }
}

/** "B" and the form number without a separator: "3A" → "B3A"; a number the schema cannot take is refused by the caller. */
export const formKeyOf = (number: string): string => `B${number.toUpperCase()}`;
