/**
 * Unit names are typed by hand in dozens of offices: "Huyện uỷ Văn Lâm" and
 * "huyện ủy  Văn Lâm" are the same unit. Names are compared after Unicode NFC,
 * case and space folding, and with the tone mark moved to a fixed place in each
 * word, so the old and new tone placements ("uỷ"/"ủy", "hoà"/"hòa") agree.
 * Characters nobody sees are no part of a name: a zero-width space pasted from
 * a web page, a BOM, a joiner are dropped, and every kind of space (no-break,
 * em, ideographic, a line break typed with Alt+Enter) is one ordinary space.
 */

/** Format characters (zero-width space, joiners, BOM, soft hyphen, direction marks), the combining grapheme joiner, variation selectors, Hangul fillers: invisible, dropped. */
const INVISIBLE = /[\p{Cf}\u034F\uFE00-\uFE0F\u115F\u1160\u3164\uFFA0]/gu;
/** Any space or line break, control characters included: one ordinary space. */
const SPACE = /[\s\p{Z}\p{Cc}]+/gu;
/** What is odd in a name: invisible characters, and spaces other than the ordinary one. */
const ODD = /[\p{Cf}\u034F\uFE00-\uFE0F\u115F\u1160\u3164\uFFA0]|(?! )[\s\p{Z}\p{Cc}]/gu;

const NAMES: Readonly<Record<string, string>> = {
  '\u200B': 'khoảng trắng rộng 0',
  '\u200C': 'ký tự không nối',
  '\u200D': 'ký tự nối rộng 0',
  '\u2060': 'ký tự nối từ',
  '\uFEFF': 'dấu BOM',
  '\u00AD': 'gạch nối ẩn',
  '\u00A0': 'dấu cách không ngắt',
  '\u202F': 'dấu cách hẹp không ngắt',
  '\u3000': 'dấu cách chữ Hán',
  '\t': 'dấu tab',
  '\n': 'xuống dòng',
  '\r': 'xuống dòng',
};

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

function describeOdd(ch: string): string {
  const name = NAMES[ch] ?? (/\p{Z}/u.test(ch) ? 'dấu cách đặc biệt' : /\p{Cc}/u.test(ch) ? 'ký tự điều khiển' : 'ký tự ẩn');
  return `${name} ${codePoint(ch)}`;
}

/** The name as it reads: invisible characters dropped, every run of spaces one space, trimmed, NFC. */
export function cleanUnitName(name: string): string {
  return name.replace(INVISIBLE, '').replace(SPACE, ' ').trim().normalize('NFC');
}

/**
 * The invisible and unusual space characters in a name, each once, described
 * in Vietnamese with its code point ("khoảng trắng rộng 0 U+200B"): what a
 * note tells the user when a name was matched only after dropping them.
 */
export function oddCharacters(name: string): string[] {
  return [...new Set(name.match(ODD) ?? [])].map(describeOdd);
}

/** Grave, acute, tilde, hook above, dot below: the five Vietnamese tone marks. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

function foldWord(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE) ?? [];
  // Vowel marks (circumflex, breve, horn) stay on their letter; the tone goes to the end of the word.
  return (decomposed.replace(TONE, '') + tones.join('')).normalize('NFC');
}

/**
 * Keys already folded. A merge looks units up in the roster by key, over a
 * hundred thousand lookups for 200 units, and folding through Unicode and the
 * locale takes microseconds: uncached, most of a second.
 */
const folded = new Map<string, string>();
const REMEMBERED = 10_000;

/** The key two spellings of one unit's name share. */
export function unitKey(name: string): string {
  const known = folded.get(name);
  if (known !== undefined) return known;
  const key = cleanUnitName(name).toLocaleLowerCase('vi').split(' ').filter(Boolean).map(foldWord).join(' ');
  if (folded.size >= REMEMBERED) folded.clear();
  folded.set(name, key);
  return key;
}

export function sameUnit(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
}
