import { cellAddress, columnLetters, type GridRange } from '../../core/a1';
import { parseAddress } from './address';
import { usedRange, type CellBorder, type CellModel, type SheetModel } from './model';
import { displayText } from './numberFormat';

/**
 * A sheet as an HTML <table>, for the preview page to show "the workbook"
 * beside the task pane and for tests to eyeball: contents as text (a formula
 * as its formula, since nothing calculates), merged areas as row/column
 * spans, bold, italics, fills, alignment, borders and number formats
 * approximately, and unlocked cells outlined so protection can be seen.
 * Everything from the workbook is HTML-escaped.
 */

export type RenderSource = SheetModel | { sheet(name: string): SheetModel; activeSheet(): string | undefined };
export type RenderOptions = { readonly sheet?: string; readonly showFormulas?: boolean };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const px = (points: number) => Math.round((points * 4) / 3);

function border({ style, weight, color }: CellBorder | undefined = {}): string | undefined {
  if (!style || style === 'None') return undefined;
  const width = weight === 'Thick' ? 3 : weight === 'Medium' ? 2 : 1;
  const line = style === 'Dash' || style === 'DashDot' ? 'dashed' : style === 'Dot' ? 'dotted' : style === 'Double' ? 'double' : 'solid';
  return `${width}px ${line} ${color ?? '#000000'}`;
}

function cellStyle(cell: CellModel): string {
  const rules: string[] = [];
  const { font } = cell;
  if (font.bold) rules.push('font-weight:bold');
  if (font.italic) rules.push('font-style:italic');
  if (font.color) rules.push(`color:${font.color}`);
  if (font.size) rules.push(`font-size:${font.size}pt`);
  if (font.name) rules.push(`font-family:'${font.name.replace(/['"\\<>]/g, '')}'`);
  if (cell.fill) rules.push(`background:${cell.fill}`);
  const numeric = typeof cell.value === 'number' && cell.formula === undefined;
  const align = cell.horizontalAlignment && cell.horizontalAlignment !== 'General' ? cell.horizontalAlignment.toLowerCase() : numeric ? 'right' : undefined;
  if (align) rules.push(`text-align:${align === 'centeracrossselection' ? 'center' : align}`);
  if (cell.verticalAlignment) rules.push(`vertical-align:${cell.verticalAlignment.toLowerCase() === 'center' ? 'middle' : cell.verticalAlignment.toLowerCase()}`);
  rules.push(cell.wrapText ? 'white-space:pre-wrap' : 'white-space:nowrap');
  if (cell.indentLevel > 0) rules.push(`padding-left:${cell.indentLevel * 9 + 2}px`);
  for (const [edge, side] of [
    ['EdgeTop', 'top'],
    ['EdgeBottom', 'bottom'],
    ['EdgeLeft', 'left'],
    ['EdgeRight', 'right'],
  ] as const) {
    const css = border(cell.borders[edge]);
    if (css) rules.push(`border-${side}:${css}`);
  }
  if (!cell.locked) rules.push('outline:1px dashed #2e7d32;outline-offset:-2px');
  return rules.join(';');
}

/** What the table covers: every cell touched and every merged area, at least A1. */
function extent(sheet: SheetModel): GridRange {
  let range = usedRange(sheet, false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  for (const m of sheet.merges) {
    const r = parseAddress(m).range;
    range = { top: 0, left: 0, bottom: Math.max(range.bottom, r.bottom), right: Math.max(range.right, r.right) };
  }
  return { top: 0, left: 0, bottom: range.bottom, right: range.right };
}

export function renderSheetHtml(sheet: SheetModel, { showFormulas = true }: RenderOptions = {}): string {
  const { bottom, right } = extent(sheet);
  const spans = new Map<string, { rows: number; columns: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const r = parseAddress(m).range;
    spans.set(`${r.top},${r.left}`, { rows: r.bottom - r.top + 1, columns: r.right - r.left + 1 });
    for (let row = r.top; row <= r.bottom; row += 1) for (let c = r.left; c <= r.right; c += 1) if (row !== r.top || c !== r.left) covered.add(`${row},${c}`);
  }
  const out: string[] = [`<table class="fake-excel" data-sheet="${escapeHtml(sheet.name)}" style="border-collapse:collapse">`, '<colgroup><col>'];
  for (let c = 0; c <= right; c += 1) {
    const width = sheet.columnWidths.get(c);
    const hidden = sheet.hiddenColumns.has(c) ? ' hidden' : '';
    out.push(`<col${width !== undefined ? ` style="width:${px(width)}px"` : ''}${hidden}>`);
  }
  out.push('</colgroup><thead><tr><th></th>');
  for (let c = 0; c <= right; c += 1) out.push(`<th>${columnLetters(c)}</th>`);
  out.push('</tr></thead><tbody>');
  for (let r = 0; r <= bottom; r += 1) {
    const height = sheet.rowHeights.get(r);
    const attributes = `${sheet.hiddenRows.has(r) ? ' hidden' : ''}${height !== undefined ? ` style="height:${px(height)}px"` : ''}`;
    out.push(`<tr data-row="${r + 1}"${attributes}><th>${r + 1}</th>`);
    for (let c = 0; c <= right; c += 1) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = sheet.cells.get(`${r},${c}`);
      const span = spans.get(`${r},${c}`);
      const spanAttributes = span ? `${span.rows > 1 ? ` rowspan="${span.rows}"` : ''}${span.columns > 1 ? ` colspan="${span.columns}"` : ''}` : '';
      const shown = !cell ? '' : showFormulas && cell.formula !== undefined ? cell.formula : displayText(cell.value, cell.numberFormat);
      const classes = [cell?.locked === false ? 'unlocked' : 'locked', ...(cell?.formula !== undefined ? ['formula'] : [])].join(' ');
      const prompt = cell?.validation?.prompt?.message;
      const title = prompt ? ` title="${escapeHtml(prompt)}"` : '';
      const style = cell ? ` style="${escapeHtml(cellStyle(cell))}"` : '';
      out.push(`<td data-address="${cellAddress(r, c)}" class="${classes}"${spanAttributes}${title}${style}>${escapeHtml(shown)}</td>`);
    }
    out.push('</tr>');
  }
  out.push('</tbody></table>');
  return out.join('');
}

/** The named sheet, or the active one, of a fake Excel; or a sheet model itself. */
export function renderWorkbookHtml(source: RenderSource, options: RenderOptions = {}): string {
  if ('cells' in source) return renderSheetHtml(source, options);
  const name = options.sheet ?? source.activeSheet();
  if (name === undefined) return '<p class="fake-excel-empty">The workbook has no sheets.</p>';
  return renderSheetHtml(source.sheet(name), options);
}
