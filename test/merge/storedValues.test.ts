import type ExcelJS from 'exceljs';
import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { cleanSum } from '../../src/core/merge/figures';
import { checkWorkbookFile } from '../../src/hosts/xlsx/checkWorkbookFile';
import { templateWorkbook } from '../../src/hosts/xlsx/templateWorkbook';
import { NQ25 } from '../support/campaigns';
import { withStoredCells, type StoredCell } from '../support/sheetXml';
import { mergeFiles, summaryResult } from './support';

jest.setTimeout(120_000);

const B1 = NQ25.forms.find((f) => f.key === 'B1')!;
const grid = formGrid(B1);
const inputs = numericInputCells(B1).map((c) => ({ ...c, address: addressOf(grid, c.row, c.column) }));

/** Every way a cell can hold something: a figure, a date (two storages), a boolean, an error, a broken number, text, nothing. */
const STORAGES = ['number', 'date-serial', 'iso-date', 'boolean', 'error', 'malformed', 'text', 'blank'] as const;
type Storage = (typeof STORAGES)[number];

/** mulberry32: the same workbooks on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Unit = { name: string; bytes: Uint8Array; storages: Map<string, Storage>; numbers: Map<string, number> };

async function unitWith(unit: string, storages: Map<string, Storage>, next: () => number): Promise<Unit> {
  const workbook = await templateWorkbook(NQ25, { unitType: 'huyen', unitName: unit, forms: ['B1'] });
  const sheet = workbook.getWorksheet(B1.sheetName) as ExcelJS.Worksheet;
  const numbers = new Map<string, number>();
  const stored: Record<string, StoredCell> = {};
  for (const [address, storage] of storages) {
    const cell = sheet.getCell(address);
    const n = Math.floor(next() * 200);
    if (storage === 'number') {
      cell.value = n;
      numbers.set(address, n);
    }
    if (storage === 'date-serial') {
      cell.value = 45000 + n;
      cell.numFmt = 'd/m';
    }
    if (storage === 'text') cell.value = `${n} người`;
    if (storage === 'iso-date') stored[address] = { t: 'd', v: `2024-0${1 + (n % 9)}-1${n % 10}` };
    if (storage === 'boolean') stored[address] = { t: 'b', v: String(n % 2) };
    if (storage === 'error') stored[address] = { t: 'e', v: n % 2 ? '#N/A' : '#REF!' };
    if (storage === 'malformed') stored[address] = { v: `${n}abc` };
  }
  const bytes = await withStoredCells(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xl/worksheets/sheet1.xml', stored);
  return { name: `${unit}.xlsx`, bytes, storages, numbers };
}

describe('cells whose stored value is no figure, in a merge', () => {
  it('add nothing to the sums: a date, a boolean, an error and a broken number', async () => {
    const [a, b, c, d] = inputs.map((i) => i.address);
    const storages = new Map<string, Storage>([
      [a!, 'iso-date'],
      [b!, 'date-serial'],
      [c!, 'malformed'],
      [d!, 'boolean'],
    ]);
    const unit = await unitWith('Huyện ủy Văn Lâm', storages, () => 0.5);
    const merged = await mergeFiles([unit], { includeUnitsWithErrors: true });
    expect(merged.result.included.map((u) => u.unit)).toEqual(['Huyện ủy Văn Lâm']);
    expect(merged.tables.data.rows).toEqual([]);
  });

  it.each([1, 2, 3])('sum, in generated workbooks (seed %i), exactly the cells the check accepted, and every refused cell is named', async (seed) => {
    const next = random(seed);
    const units: Unit[] = [];
    for (let u = 0; u < 4; u += 1) {
      const storages = new Map<string, Storage>();
      for (const input of inputs) if (next() < 0.5) storages.set(input.address, STORAGES[Math.floor(next() * STORAGES.length)] as Storage);
      units.push(await unitWith(`Đơn vị ${seed}-${u}`, storages, next));
    }
    const expected = new Map<string, number[]>();
    for (const unit of units) {
      const check = await checkWorkbookFile({ fallback: NQ25 }, unit.name, unit.bytes);
      const flagged = new Set(check.issues.filter((i) => i.code !== 'rule' && i.code !== 'incomplete').map((i) => i.address));
      for (const [address, storage] of unit.storages) {
        if (storage === 'blank') continue;
        // Every storage but a figure is refused, and the refusal names its cell.
        expect([address, storage, flagged.has(address)]).toEqual([address, storage, storage !== 'number']);
        if (!flagged.has(address)) expected.set(address, [...(expected.get(address) ?? []), unit.numbers.get(address) as number]);
      }
    }
    const merged = await mergeFiles(units, { includeUnitsWithErrors: true });
    for (const input of inputs) {
      const accepted = expected.get(input.address);
      expect([input.address, summaryResult(merged, 'B1', input.row, input.column)]).toEqual([input.address, accepted ? cleanSum(accepted) : undefined]);
    }
  });
});
