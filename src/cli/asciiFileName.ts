/**
 * Vietnamese text as a file name that Windows, zip tools and e-mail never mangle:
 * diacritics dropped (NFD, combining marks removed, đ → d), every run of anything
 * but ASCII letters and digits turned into one '-'.
 * "Huyện ủy, thành ủy" → "Huyen-uy-thanh-uy".
 */
export function asciiFileName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
