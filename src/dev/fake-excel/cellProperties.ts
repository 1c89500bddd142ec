import type { GridRange } from '../../core/a1';
import { cellAddress } from '../../core/a1';
import { notSimulated } from './errors';
import { peekCell, type BorderEdge, type CellModel, type SheetModel } from './model';
import { quoteSheetName } from './address';

/**
 * Range.getCellProperties (ExcelApi 1.9): one object per cell, holding only
 * the properties the load options name (types: CellPropertiesLoadOptions,
 * "Represents which cell properties to load"). An untouched cell answers with
 * Excel's defaults. A cell with no fill reports "#FFFFFF", as solid white
 * does (office-js issues #4900, #6218); an edge with no border reports style
 * "None" and colour "#000000" (issue #2349). Each cell reports its own edges,
 * which is where the fake keeps a range's inside borders too.
 */

type Flags = Readonly<Record<string, unknown>>;

const FONT: Readonly<Record<string, (cell: CellModel | undefined) => unknown>> = {
  bold: (cell) => cell?.font.bold ?? false,
  italic: (cell) => cell?.font.italic ?? false,
  name: (cell) => cell?.font.name ?? 'Calibri',
  size: (cell) => cell?.font.size ?? 11,
  color: (cell) => cell?.font.color ?? '#000000',
};

const FILL: Readonly<Record<string, (cell: CellModel | undefined) => unknown>> = {
  color: (cell) => cell?.fill ?? '#FFFFFF',
  // Not verified: issue #4900 reports null for both no fill and solid white read through RangeFill.
  pattern: (cell) => (cell?.fill === undefined ? null : 'Solid'),
};

const EDGES: Readonly<Record<string, BorderEdge>> = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' };
const BORDER_DEFAULTS: Readonly<Record<string, string>> = { style: 'None', weight: 'Thin', color: '#000000' };

const FORMAT: Readonly<Record<string, (cell: CellModel | undefined) => unknown>> = {
  indentLevel: (cell) => cell?.indentLevel ?? 0,
  autoIndent: (cell) => cell?.autoIndent ?? false,
  horizontalAlignment: (cell) => cell?.horizontalAlignment ?? 'General',
  verticalAlignment: (cell) => cell?.verticalAlignment ?? 'Bottom',
  wrapText: (cell) => cell?.wrapText ?? false,
};

/** The asked-for members of `readers`, read from the cell. */
function pick(flags: Flags, readers: Readonly<Record<string, (cell: CellModel | undefined) => unknown>>, cell: CellModel | undefined, what: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, wanted] of Object.entries(flags)) {
    if (!wanted) continue;
    const read = readers[name];
    if (!read) throw notSimulated(`getCellProperties ${what}.${name}`);
    out[name] = read(cell);
  }
  return out;
}

function bordersOf(flags: Flags, cell: CellModel | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, edge] of Object.entries(EDGES)) {
    const border: Record<string, unknown> = {};
    for (const [property, wanted] of Object.entries(flags)) {
      if (!wanted) continue;
      if (!(property in BORDER_DEFAULTS)) throw notSimulated(`getCellProperties format.borders.${property}`);
      border[property] = cell?.borders[edge]?.[property as 'style' | 'weight' | 'color'] ?? BORDER_DEFAULTS[property];
    }
    out[name] = border;
  }
  return out;
}

function formatOf(flags: Flags, cell: CellModel | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, wanted] of Object.entries(flags)) {
    if (!wanted) continue;
    if (name === 'font') out.font = pick(wanted as Flags, FONT, cell, 'format.font');
    else if (name === 'fill') out.fill = pick(wanted as Flags, FILL, cell, 'format.fill');
    else if (name === 'borders') out.borders = bordersOf(wanted as Flags, cell);
    else if (name === 'protection') out.protection = { locked: cell?.locked ?? true };
    else Object.assign(out, pick({ [name]: true }, FORMAT, cell, 'format'));
  }
  return out;
}

export function cellProperties(sheet: SheetModel, range: GridRange, options: Excel.CellPropertiesLoadOptions): Excel.CellProperties[][] {
  const flags = options as Flags;
  for (const name of Object.keys(flags)) if (!['address', 'format'].includes(name)) throw notSimulated(`getCellProperties ${name}`);
  return Array.from({ length: range.bottom - range.top + 1 }, (_, r) =>
    Array.from({ length: range.right - range.left + 1 }, (_, c) => {
      const cell = peekCell(sheet, range.top + r, range.left + c);
      const out: Record<string, unknown> = {};
      if (flags.address) out.address = `${quoteSheetName(sheet.name)}!${cellAddress(range.top + r, range.left + c)}`;
      if (flags.format) out.format = formatOf(flags.format as Flags, cell);
      return out as Excel.CellProperties;
    }),
  );
}
