/**
 * "KẾT QUẢ … NGHỊ QUYẾT SỐ 25-NQ/TW" → "Kết quả … nghị quyết số 25-NQ/TW": a
 * form title in sentence case for the pane, keeping document numbers such as
 * 25-NQ/TW and KL43 in capitals.
 */
export function sentenceCase(title: string): string {
  const words = title.split(' ').map((word) => (/[\d/]/.test(word) ? word : word.toLocaleLowerCase('vi')));
  const first = words[0] ?? '';
  return [first.charAt(0).toLocaleUpperCase('vi') + first.slice(1), ...words.slice(1)].join(' ');
}
