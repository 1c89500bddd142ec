import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { placedCells, placedRules } from '../core/design/placedCells';
import { definedForm, proposeForms } from '../core/design/proposeForms';
import type { FormProposal, SheetTexts } from '../core/design/types';
import { campaignFileText, CatalogError, defineCampaign } from '../forms/defineForm';
import type { CampaignFile } from '../forms/schema';
import { readDesignGrid } from '../hosts/xlsx/designGrid';
import { openWorkbookFile, UnreadableFileError } from '../hosts/xlsx/openWorkbookFile';
import { option, UsageError, type ParsedArgs } from './args';
import { asciiFileName } from './asciiFileName';
import { checkOutputFolder, writeOutput } from './writeOutput';
import { readInputFile } from './readInputFile';

export const AUTHOR_USAGE = 'tongket author <tệp.xlsx> [--sheet "<tên sheet>"] [--range A1:H40] [--key <khóa biểu>] --out <bộ-biểu.tongket.json> [--json]';

/**
 * `tongket author`: the official tables of a workbook as received become the
 * forms of a campaign file, with no developer. Every table found (or the one
 * in --sheet / --range) is read by the form designer; the campaign file gets
 * the proposed forms and default texts and unit types, which the output names.
 * Exit 0 when nothing is uncertain, 1 when something needs a person's look,
 * 2 when no table was found or the file cannot be read.
 */
export async function authorCommand(args: ParsedArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  const [path, extra] = args.positional;
  const out = option(args, 'out');
  const json = args.options.has('json');
  const key = option(args, 'key');
  const range = option(args, 'range');
  if (!path || extra || (!out && !json)) throw new UsageError(`Cách dùng: ${AUTHOR_USAGE}`);
  if (out && !out.toLowerCase().endsWith('.json')) throw new UsageError(`Tệp ra phải có đuôi .tongket.json (nhận được "${out}")`);
  if (key !== undefined && !/^[A-Z][A-Z0-9]*$/.test(key)) throw new UsageError(`Khóa biểu "${key}" không hợp lệ: chữ in hoa ASCII và số, bắt đầu bằng chữ (ví dụ B1, B3A)`);
  if (range !== undefined && !/^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+$/i.test(range)) throw new UsageError(`Vùng "${range}" không hợp lệ: ghi như A1:H40`);
  if (out) await checkOutputFolder(out);

  const bytes = await readInputFile(path, warn);
  if (!bytes) return 2;
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await openWorkbookFile(basename(path), bytes);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    if (json) print(JSON.stringify({ file: error.file, unreadable: error.reason, message: error.message }));
    else warn(error.message);
    return 2;
  }

  const sheets = chosenSheets(workbook, option(args, 'sheet'), range);
  const proposals: FormProposal[] = [];
  const empty: string[] = [];
  for (const sheet of sheets) {
    const found = proposeForms(readDesignGrid(sheet, range), { fallbackNumber: String(proposals.length + 1) });
    if (found.length === 0) empty.push(sheet.name);
    proposals.push(...found);
  }
  if (proposals.length === 0) {
    const where = sheets.length === 1 ? `sheet "${sheets[0]?.name}"${range ? `, vùng ${range}` : ''}` : `${sheets.length} sheet của tệp`;
    if (json) print(JSON.stringify({ file: basename(path), forms: [], message: `không tìm thấy bảng nào trong ${where}` }));
    else warn(`${basename(path)}: không tìm thấy bảng nào trong ${where} (bảng cần có cột "STT" hoặc "Nội dung"/"Chỉ tiêu", hoặc kẻ khung).`);
    return 2;
  }

  const notes: string[] = [];
  giveUniqueKeys(proposals, key, notes);
  const valid = proposals.filter((p) => definedForm(p) !== undefined);
  let written: string | undefined;
  if (out && valid.length > 0) {
    const campaign = campaignOf(basename(path), valid, notes);
    try {
      await writeOutput(out, campaignFileText(defineCampaign(campaign)));
      written = out;
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      warn(`Bộ biểu đề xuất chưa hợp lệ, không ghi tệp: ${error.message}`);
      return 2;
    }
  }
  const uncertain = proposals.reduce((n, p) => n + p.uncertain.length, 0) + (proposals.length - valid.length);
  if (json) print(JSON.stringify({ file: basename(path), out: written ?? null, defaults: notes, sheetsWithoutTable: empty, forms: proposals.map(report) }, null, 2));
  else printText(proposals, empty, notes, written, print);
  return uncertain > 0 ? 1 : 0;
}

function chosenSheets(workbook: ExcelJS.Workbook, name: string | undefined, range: string | undefined): ExcelJS.Worksheet[] {
  const all = workbook.worksheets.filter((s) => s.state === 'visible' || s.state === undefined);
  if (name === undefined) {
    if (range !== undefined && all.length > 1) throw new UsageError(`--range cần --sheet khi tệp có nhiều sheet (${all.map((s) => `"${s.name}"`).join(', ')})`);
    return all;
  }
  const wanted = name.normalize('NFC').trim().toLowerCase();
  const sheet = workbook.worksheets.find((s) => s.name.normalize('NFC').trim().toLowerCase() === wanted);
  if (!sheet) throw new UsageError(`Không có sheet "${name}". Các sheet của tệp: ${workbook.worksheets.map((s) => `"${s.name}"`).join(', ')}`);
  return [sheet];
}

/** Form keys and sheet names unique across the campaign; --key for the first table, then with B, C… for the others. */
function giveUniqueKeys(proposals: FormProposal[], key: string | undefined, notes: string[]): void {
  const keys = new Set<string>();
  const names = new Set<string>();
  proposals.forEach((p, i) => {
    const form = p.form as { key: string; sheetName: string };
    let k = key === undefined ? form.key : i === 0 ? key : `${key}${String.fromCharCode(65 + i)}`;
    for (let n = 2; keys.has(k); n += 1) k = `${form.key}${String.fromCharCode(64 + n)}`;
    if (key !== undefined && i > 0) notes.push(`bảng thứ ${i + 1} (sheet "${p.sheet}") lấy khóa ${k}`);
    form.key = k;
    keys.add(k);
    let name = form.sheetName;
    for (let n = 2; names.has(name); n += 1) name = `${form.sheetName.slice(0, 27)} (${n})`;
    form.sheetName = name;
    names.add(name);
  });
}

const DEFAULT_TEXTS = {
  issuer: 'CƠ QUAN BÁO CÁO …',
  motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  formNumber: 'Biểu số {số}',
  subtitle: '(Kèm theo báo cáo của đơn vị)',
  period: 'Số liệu tính đến ngày … tháng … năm …',
  dateLine: '…, ngày … tháng … năm …',
  signers: [
    { title: 'NGƯỜI LẬP BIỂU', hint: '(Ký, ghi rõ họ tên)' },
    { title: 'THỦ TRƯỞNG ĐƠN VỊ', hint: '(Ký, ghi rõ họ tên, đóng dấu)' },
  ],
};

function campaignOf(file: string, proposals: readonly FormProposal[], notes: string[]): CampaignFile {
  const stem = file.replace(/\.xlsx$/i, '');
  const key = asciiFileName(stem).toLowerCase().replace(/-/g, '_').replace(/^[^a-z]+/, '') || 'bo_bieu';
  const found: SheetTexts = proposals.find((p) => Object.keys(p.texts).length > 0)?.texts ?? {};
  const texts = { ...DEFAULT_TEXTS };
  for (const field of ['issuer', 'motto', 'subtitle', 'period', 'dateLine'] as const) {
    const value = found[field];
    if (value) texts[field] = value;
    else notes.push(`texts.${field}: chưa thấy trên bảng, ghi tạm "${DEFAULT_TEXTS[field]}"`);
  }
  if (found.signers && found.signers.length > 0) texts.signers = found.signers.map((s) => ({ ...s }));
  else notes.push('texts.signers: chưa thấy người ký dưới bảng, ghi tạm "NGƯỜI LẬP BIỂU" và "THỦ TRƯỞNG ĐƠN VỊ"');
  notes.push(`texts.formNumber: ghi tạm "${DEFAULT_TEXTS.formNumber}"`);
  const deadline = `${new Date().getFullYear()}-12-31`;
  const forms = proposals.map((p) => p.form.key);
  notes.push(`unitTypes: một loại "don_vi" (Đơn vị báo cáo) điền mọi biểu và một loại "tong_hop" tổng hợp; hạn nộp ghi tạm ${deadline}`);
  notes.push(`key "${key}", name, shortName: đặt theo tên tệp; sửa lại trước khi gửi bộ biểu`);
  return {
    schemaVersion: 1,
    key,
    version: 1,
    name: `Bộ biểu soạn từ tệp ${file}`,
    shortName: stem.slice(0, 60) || 'Bộ biểu',
    texts,
    forms: proposals.map((p) => p.form),
    unitTypes: [
      { key: 'don_vi', label: 'Đơn vị báo cáo', forms, deadline },
      { key: 'tong_hop', label: 'Đơn vị tổng hợp', forms: [], optionalForms: forms, deadline, consolidates: true },
    ],
  };
}

function report(p: FormProposal) {
  const form = definedForm(p);
  const cells = form ? placedCells(form, p.placement) : { inputs: [], derived: [] };
  const checks = form ? placedRules(form, p.placement) : [];
  return {
    sheet: p.sheet,
    range: p.range,
    key: p.form.key,
    title: p.form.title,
    columns: p.columns,
    rows: p.rows,
    inputs: cells.inputs.map((c) => c.address),
    derived: cells.derived.map((d) => ({ address: d.address, formula: d.formula })),
    rules: p.form.rules.map((r) => ({ ...r, checks: checks.filter((c) => c.rule === r.key).map((c) => c.check) })),
    uncertain: p.uncertain,
    decisions: p.decisions,
    ...(form ? {} : { invalid: true }),
  };
}

function printText(proposals: readonly FormProposal[], empty: readonly string[], notes: readonly string[], written: string | undefined, print: (line: string) => void): void {
  for (const p of proposals) {
    const form = definedForm(p);
    const cells = form ? placedCells(form, p.placement) : { inputs: [], derived: [] };
    print(
      `Sheet "${p.sheet}", bảng ${p.range} → biểu ${p.form.key} "${p.form.title}": ${p.form.rows.length} hàng, ${p.form.columns.length} cột, ${cells.inputs.length} ô nhập, ${cells.derived.length} ô tính, ${p.form.rules.length} quy tắc.`,
    );
    if (!form) print('  Biểu đề xuất chưa hợp lệ (xem mục chưa chắc chắn).');
    if (p.uncertain.length > 0) {
      print(`  Chưa chắc chắn (${p.uncertain.length}), cần người soạn xem lại:`);
      for (const u of p.uncertain) print(`  - ${u.at}: ${u.reason}`);
    }
  }
  for (const name of empty) print(`Sheet "${name}": không có bảng.`);
  if (written) {
    print(`Đã ghi bộ biểu (${proposals.filter((p) => definedForm(p)).length} biểu) vào ${written}. Kiểm tra bằng: tongket campaign check ${written}`);
    print('Giá trị mặc định cần sửa trong tệp:');
    for (const note of notes) print(`  - ${note}`);
  }
}
