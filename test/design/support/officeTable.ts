import { cellAddress, parseRange, rangeAddress } from '../../../src/core/a1';
import type { FakeExcel } from '../../../src/dev/fake-excel';
import type { DesignerTable, StyledCell } from '../../fixtures/designer/table';

/**
 * A corpus table put into an Excel through Office.js, the way `writeTable`
 * (test/fixtures/designer/table.ts) puts it into an .xlsx: the same values,
 * formulas, fonts, fills, number formats, indents, borders and merges, so the
 * two readers of the designer meet the same table. `tableOps` works it out in
 * Node; `writeOfficeTable` runs the Office.js calls, in Node on a fake or in
 * the browser on the preview's `window.fakeExcel` (it names nothing outside
 * itself, since page.evaluate sends its source text alone).
 */

export type TableOps = {
  readonly sheet: string;
  /** "A1:I23": every row of the table, from A1. */
  readonly area: string;
  readonly numberFormats: string[][];
  /** What is written to `formulas`: a formula, a number, text behind an apostrophe when Excel would read it as something else, or "". */
  readonly formulas: (string | number)[][];
  /** The results a formula cell had when the table was saved (Excel would compute them; the fake is told). */
  readonly results: readonly (readonly [string, number])[];
  readonly bold: readonly string[];
  readonly italic: readonly string[];
  readonly fills: readonly (readonly [string, string])[];
  readonly indents: readonly (readonly [string, number])[];
  readonly borders: readonly string[];
  readonly merges: readonly string[];
};

/** As the Office.js host writes a text (applyPlan.ts, textInput): only plain words go raw. */
const textInput = (text: string) => (/^\p{L}/u.test(text) && !/\p{N}/u.test(text) && !/^(true|false)$/i.test(text.trim()) ? text : `'${text}`);

const each = (range: string, visit: (address: string) => void) => {
  const r = parseRange(range);
  for (let row = r.top; row <= r.bottom; row += 1) for (let column = r.left; column <= r.right; column += 1) visit(cellAddress(row, column));
};

export function tableOps(table: DesignerTable, sheet = table.sheet): TableOps {
  const width = Math.max(1, ...table.rows.map((r) => r.length), ...[...(table.merges ?? []), ...(table.borders ?? [])].map((m) => parseRange(m).right + 1));
  const height = Math.max(table.rows.length, ...[...(table.merges ?? []), ...(table.borders ?? [])].map((m) => parseRange(m).bottom + 1));
  const numberFormats = Array.from({ length: height }, () => Array.from({ length: width }, () => 'General'));
  const formulas: (string | number)[][] = Array.from({ length: height }, () => Array.from({ length: width }, () => ''));
  const results: [string, number][] = [];
  const bold: string[] = [];
  const italic: string[] = [];
  const fills = new Map<string, string>();
  const indents: [string, number][] = [];
  const boldRows = new Set(table.bold ?? []);
  const italicRows = new Set(table.italic ?? []);
  table.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === '') return;
      const address = cellAddress(r, c);
      const styled: StyledCell = typeof cell === 'object' ? cell : { v: cell };
      const row = formulas[r] as (string | number)[];
      if (styled.f !== undefined) {
        row[c] = styled.f.startsWith('=') ? styled.f : `=${styled.f}`;
        if (typeof styled.v === 'number') results.push([address, styled.v]);
      } else if (typeof styled.v === 'number') row[c] = styled.v;
      else if (typeof styled.v === 'string') row[c] = textInput(styled.v);
      if (styled.b ?? boldRows.has(r + 1)) bold.push(address);
      if (styled.i ?? italicRows.has(r + 1)) italic.push(address);
      if (styled.fmt) (numberFormats[r] as string[])[c] = styled.fmt;
      if (styled.fill) fills.set(address, styled.fill);
      if (styled.indent) indents.push([address, styled.indent]);
    }),
  );
  for (const [range, format] of table.formats ?? [])
    each(range, (a) => {
      const { top, left } = parseRange(a);
      (numberFormats[top] as string[])[left] = format;
    });
  for (const [range, fill] of table.fills ?? []) each(range, (a) => fills.set(a, fill));
  return {
    sheet,
    area: rangeAddress(0, 0, height - 1, width - 1),
    numberFormats,
    formulas,
    results,
    bold,
    italic,
    fills: [...fills],
    indents,
    borders: table.borders ?? [],
    merges: table.merges ?? [],
  };
}

type Excelish = Pick<FakeExcel, 'run' | 'cell'>;

/** Adds the sheet and writes the table through Office.js (two syncs), then tells the fake the formulas' saved results. Makes the sheet active with A1 selected. */
export async function writeOfficeTable(ops: TableOps, excel?: Excelish): Promise<void> {
  const target = excel ?? (globalThis as unknown as { fakeExcel: Excelish }).fakeExcel;
  await target.run(async (context) => {
    const sheet = context.workbook.worksheets.add(ops.sheet);
    const whole = sheet.getRange(ops.area);
    // Formats first: a number format decides how what is written next is read.
    whole.numberFormat = ops.numberFormats;
    whole.formulas = ops.formulas;
    for (const a of ops.bold) sheet.getRange(a).format.font.bold = true;
    for (const a of ops.italic) sheet.getRange(a).format.font.italic = true;
    for (const [a, color] of ops.fills) sheet.getRange(a).format.fill.color = color;
    for (const [a, n] of ops.indents) sheet.getRange(a).format.indentLevel = n;
    for (const range of ops.borders)
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
        const border = sheet.getRange(range).format.borders.getItem(edge);
        border.style = 'Continuous';
        border.weight = 'Thin';
      }
    for (const range of ops.merges) sheet.getRange(range).merge(false);
    sheet.activate();
    sheet.getRange('A1').select();
    await context.sync();
  });
  for (const [address, value] of ops.results) {
    const cell = target.cell(ops.sheet, address);
    if (cell) cell.value = value;
  }
}
