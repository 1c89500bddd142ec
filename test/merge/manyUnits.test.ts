import ExcelJS from 'exceljs';
import { MAX_CELL_TEXT } from '../../src/core/cellText';
import { numericInputCells } from '../../src/core/cellRoles';
import { consolidate } from '../../src/core/merge/consolidate';
import type { SourceRead } from '../../src/core/merge/types';
import { formGrid } from '../../src/core/layout/grid';
import { layoutForm } from '../../src/core/layout/layoutForm';
import { summaryWorkbook } from '../../src/hosts/xlsx/summaryWorkbook';
import { NQ25, formOf } from '../support/campaigns';
import { readFile, READ_AT } from './support';

/**
 * A province merges hundreds of units: nothing it writes may pass the 32,767
 * characters Excel holds in a cell. The summary's list of its units moves out
 * of the marker into cells beside it and still stops the level above from
 * counting a unit twice; Ghi chú notes joined from many units are cut, with a
 * visible "…".
 */

jest.setTimeout(120_000);

const B1 = formOf(NQ25, 'B1');
const grid = formGrid(B1);
const input = numericInputCells(B1)[0]!;
const noteColumn = B1.columns.find((c) => c.kind === 'note')!;

/** A commune's Biểu 1 as the host reads it: its name, 1 in the first input cell and, if given, a note on the first row. */
function communeRead(unit: string, note?: string): SourceRead {
  const identity = { campaign: NQ25.key, form: B1.key, version: B1.version, unitType: 'co_so', mode: 'blank' as const };
  const plan = layoutForm({ campaign: NQ25, form: B1, identity, sheetName: B1.sheetName, unitName: unit });
  const values: unknown[][] = plan.cells.map((row) => row.map((cell) => (cell.formula !== undefined ? '' : (cell.value ?? ''))));
  const formulas: unknown[][] = plan.cells.map((row, r) => row.map((cell, c) => cell.formula ?? values[r]![c]));
  const at = (row: string, column: string, value: unknown) => {
    values[grid.rowOf.get(row)!]![grid.columnOf.get(column)!] = value;
    formulas[grid.rowOf.get(row)!]![grid.columnOf.get(column)!] = value;
  };
  at(input.row, input.column, 1);
  if (note !== undefined) at(B1.rows[0]!.key, noteColumn.key, note);
  return { kind: 'read', source: { label: `${unit}.xlsx`, sha256: undefined, modified: undefined, readAt: READ_AT }, sheets: [{ name: B1.sheetName, values, formulas }] };
}

const merge = (reads: readonly SourceRead[], by: { unitName: string; unitType: string }) =>
  consolidate(NQ25, { reads, options: { includeUnitsWithErrors: true }, by, roster: undefined, mergedAt: READ_AT });

const DISTRICT = { unitName: 'Huyện ủy Văn Lâm', unitType: 'huyen' };
const PROVINCE = { unitName: 'Ban Dân vận Tỉnh ủy Hưng Yên', unitType: 'tinh' };

/** Every text of every sheet of a workbook, with where it is. */
function texts(workbook: ExcelJS.Workbook): { at: string; length: number }[] {
  const found: { at: string; length: number }[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') found.push({ at: `${sheet.name}!${cell.address}`, length: cell.value.length });
      }),
    ),
  );
  return found;
}

describe('a summary of 1,200 units', () => {
  const communes = Array.from({ length: 1200 }, (_, i) => `Ủy ban Mặt trận Tổ quốc Việt Nam xã Số ${i + 1}`);
  let file: { name: string; bytes: Uint8Array };
  beforeAll(async () => {
    const district = merge(
      communes.map((unit) => communeRead(unit)),
      DISTRICT,
    );
    const workbook = await summaryWorkbook(district);
    file = { name: 'Huyện ủy Văn Lâm (tổng hợp).xlsx', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
  });

  it('is a file with no cell text over 32,767 characters, though the list of its units is longer', async () => {
    expect(JSON.stringify(communes).length).toBeGreaterThan(MAX_CELL_TEXT);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
    expect(texts(workbook).filter((t) => t.length > MAX_CELL_TEXT)).toEqual([]);
  });

  it('merges one level up as one unit that names all 1,200', async () => {
    const province = merge([await readFile(file)], PROVINCE);
    expect(province.result.units.map((u) => [u.unit, u.included])).toEqual([['Huyện ủy Văn Lâm', true]]);
    expect(province.result.units[0]!.summaryOf).toEqual(communes);
    expect(province.forms[0]!.identity.units).toHaveLength(1201);
  });

  it('is refused one level up when merged with one of its units, which then counts once', async () => {
    const province = merge([await readFile(file), communeRead(communes[600]!)], PROVINCE);
    expect(province.result.included.map((u) => u.unit)).toEqual([communes[600]]);
    expect(province.result.reports[0]!.problems[0]).toMatch(/^Huyện ủy Văn Lâm \(tổng hợp\)\.xlsx: bảng tổng hợp của "Huyện ủy Văn Lâm" đã gồm "Ủy ban Mặt trận Tổ quốc Việt Nam xã Số 601"/);
  });
});

describe('the Ghi chú of a summary', () => {
  it('joins the units’ notes, and cuts them with a visible "…" where they would pass what a cell holds', () => {
    const note = 'Đã tổ chức hội nghị quán triệt đến toàn thể cán bộ, đảng viên. '.repeat(30);
    const merged = merge(
      Array.from({ length: 40 }, (_, i) => communeRead(`Xã Số ${i + 1}`, note)),
      DISTRICT,
    );
    const cell = merged.forms[0]!.cells[grid.rowOf.get(B1.rows[0]!.key)!]![grid.columnOf.get(noteColumn.key)!]!;
    const text = String(cell.value);
    expect(note.length * 40).toBeGreaterThan(MAX_CELL_TEXT);
    expect(text.length).toBe(MAX_CELL_TEXT);
    expect(text.startsWith(`Xã Số 1: ${note.trim()}; Xã Số 2: `)).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('keeps notes that fit whole', () => {
    const merged = merge([communeRead('Xã Lạc Đạo', 'Có số liệu ước tính'), communeRead('Xã Chỉ Đạo', 'Chưa đủ số liệu')], DISTRICT);
    const cell = merged.forms[0]!.cells[grid.rowOf.get(B1.rows[0]!.key)!]![grid.columnOf.get(noteColumn.key)!]!;
    expect(cell.value).toBe('Xã Lạc Đạo: Có số liệu ước tính; Xã Chỉ Đạo: Chưa đủ số liệu');
  });
});
