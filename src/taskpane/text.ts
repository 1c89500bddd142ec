/**
 * Names that keep their capitals in sentence case (docs/THUAT-NGU.md, Viết hoa):
 * organisations, written as Vietnamese official documents write them.
 */
const PROPER_NAMES = ['Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Ban Thường vụ', 'Ban Dân vận', 'Đảng Cộng sản Việt Nam'];

/** Kinds of party and state documents: a proper name when a number follows ("Nghị quyết số 25-NQ/TW"), a common noun otherwise. */
const DOCUMENT_KINDS = ['nghị quyết', 'kết luận', 'chỉ thị', 'quy định', 'quyết định', 'thông tri', 'hướng dẫn'];

const capital = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrase = (text: string, after = '') => new RegExp(`(?<!\\p{L})${escape(text)}${after}(?!\\p{L})`, 'giu');

/**
 * "KẾT QUẢ … NGHỊ QUYẾT SỐ 25-NQ/TW" → "Kết quả … Nghị quyết số 25-NQ/TW": a
 * form title in sentence case for the pane, keeping document numbers such as
 * 25-NQ/TW and KL43 in capitals, the names above, a document's kind before its
 * number, and the first letter of a name in quotes ("Dân vận khéo").
 */
export function sentenceCase(title: string): string {
  const words = title.split(' ').map((word) => (/[\d/]/.test(word) ? word : word.toLocaleLowerCase('vi')));
  let text = capital(words.join(' '));
  for (const name of PROPER_NAMES) text = text.replace(phrase(name), name);
  // The Party is a name ("xây dựng Đảng"); its members and committees are not ("đảng viên", "đảng ủy xã").
  text = text.replace(phrase('đảng', '(?! (?:viên|ủy|bộ))'), 'Đảng');
  for (const kind of DOCUMENT_KINDS) text = text.replace(phrase(kind, '(?= (?:số )?\\d)'), capital(kind));
  return text.replace(/(["“]\p{Ll})/gu, (quoted) => quoted.toLocaleUpperCase('vi'));
}
