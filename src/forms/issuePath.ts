/**
 * Turns a schema issue's path (`forms.3.rows.5.label`) into the words a clerk
 * editing a campaign file can follow: the form, the row or column by its key
 * (and STT), the field, then the reason.
 */

const LISTS: Readonly<Record<string, string>> = {
  forms: 'biểu',
  rows: 'hàng',
  columns: 'cột',
  rules: 'quy tắc',
  unitTypes: 'loại đơn vị',
  signers: 'người ký',
};

const FIELDS: Readonly<Record<string, string>> = {
  key: 'khóa',
  label: 'nội dung',
  header: 'tên cột',
  group: 'nhóm cột',
  formula: 'công thức',
  check: 'điều kiện',
  hint: 'lời nhắc',
  title: 'tên',
  stt: 'STT',
  unit: 'ĐVT',
  of: 'các hàng cộng',
  inputs: 'các cột nhập',
  forms: 'các biểu',
  optionalForms: 'các biểu tùy chọn',
  deadline: 'hạn nộp',
  sheetName: 'tên sheet',
  rows: 'các hàng',
  version: 'phiên bản',
  schemaVersion: 'định dạng tệp',
  name: 'tên',
  shortName: 'tên ngắn',
  texts: 'chữ in trên biểu',
  unitTypes: 'các loại đơn vị',
  valueKind: 'loại số liệu',
  kind: 'loại',
  level: 'cấp',
  number: 'số biểu',
  unitColumn: 'cột ĐVT',
  severity: 'mức',
  issuer: 'cơ quan (góc trái)',
  motto: 'quốc hiệu (góc phải)',
  formNumber: 'dòng số biểu',
  subtitle: 'dòng kèm theo',
  period: 'dòng thời gian số liệu',
  dateLine: 'dòng ngày tháng',
  note: 'ghi chú',
  columns: 'các cột',
};

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;

function itemName(list: string, item: unknown, index: number): string {
  const fields = record(item);
  const k = typeof fields?.key === 'string' ? `"${fields.key}"` : `thứ ${index + 1}`;
  const stt = list === 'rows' && typeof fields?.stt === 'string' && fields.stt !== '' ? ` (STT ${fields.stt})` : '';
  return `${LISTS[list] ?? list} ${k}${stt}`;
}

export function describeIssue(root: unknown, path: readonly PropertyKey[], message: string): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    const next = path[i + 1];
    const child = record(node)?.[String(segment)];
    const item: unknown = Array.isArray(child) && typeof next === 'number' ? child[next] : undefined;
    if (typeof segment === 'string' && segment in LISTS && typeof next === 'number' && record(item)) {
      parts.push(itemName(segment, item, next));
      node = item;
      i += 1;
    } else if (typeof segment === 'number') {
      parts.push(`mục ${segment + 1}`);
      node = Array.isArray(node) ? node[segment] : undefined;
    } else {
      const name = String(segment);
      parts.push(FIELDS[name] ? `${FIELDS[name]} (${name})` : `"${name}"`);
      node = child;
    }
  }
  return `${parts.join(' › ') || '(cả tệp)'}: ${message}`;
}
