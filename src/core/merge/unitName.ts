/**
 * Unit names are typed by hand in dozens of offices: "Huyện uỷ Văn Lâm" and
 * "huyện ủy  Văn Lâm" are the same unit. Names are compared after Unicode NFC,
 * case and space folding, and with the tone mark moved to a fixed place in each
 * word, so the old and new tone placements ("uỷ"/"ủy", "hoà"/"hòa") agree.
 */

/** Grave, acute, tilde, hook above, dot below: the five Vietnamese tone marks. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

function foldWord(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE) ?? [];
  // Vowel marks (circumflex, breve, horn) stay on their letter; the tone goes to the end of the word.
  return (decomposed.replace(TONE, '') + tones.join('')).normalize('NFC');
}

/** The key two spellings of one unit's name share. */
export function unitKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').trim().split(/\s+/).filter(Boolean).map(foldWord).join(' ');
}

export function sameUnit(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
}
