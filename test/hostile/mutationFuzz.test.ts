import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numericInputCells } from '../../src/core/cellRoles';
import { addressOf, formGrid } from '../../src/core/layout/grid';
import { readFormSheet } from '../../src/core/readSheet';
import { isEmptyValue } from '../../src/core/sheetValues';
import { CatalogError } from '../../src/forms/defineForm';
import { checkWorkbookFile } from '../../src/hosts/xlsx/checkWorkbookFile';
import { UnreadableFileError } from '../../src/hosts/xlsx/openWorkbookFile';
import { readSourceFile } from '../../src/hosts/xlsx/readSourceFile';
import { formOf, NQ25 } from '../support/campaigns';
import { cli } from '../support/cli';
import { random } from '../support/fill';
import { unitFile } from '../support/units';
import { mutate, truths, type Part, type Truth } from './mutants';
import { LIBRARY_ENGLISH, partsOf } from './support';

/**
 * A seeded mutation fuzz of the reader `tongket check` and `tongket merge`
 * use: 1,050 mutants of three real unit files (bytes of the zip flipped, the
 * XML of a sheet or of another part edited, a part dropped or written twice;
 * mutants.ts), each checked in-process as the CLI checks a file, one after
 * the other. For every mutant:
 *
 * - nothing but a refusal is thrown (UnreadableFileError, or a broken carried
 *   campaign), and a refusal names the file, in Vietnamese;
 * - the outcome is an exit code of 0, 1 or 2; every 20th mutant also runs
 *   through `tongket check` itself, which must exit with the same code;
 * - a file accepted (exit 0) never changes a figure without an issue. The
 *   oracle is not the original's figures, since an edit can write another
 *   valid figure (a digit changed in a `<v>` is a different file, not a misread
 *   one): it is what the mutant's own XML holds, read by the test with
 *   fast-xml-parser (mutants.ts `truths`). Each figure the reader hands to
 *   the merge must be exactly that number, blank where the XML holds nothing,
 *   and the file must not be accepted where the XML holds something that is no
 *   figure (text, a formula, an error, a number Excel cannot hold) or two
 *   different things (a cell or a part written twice). Where the zip's bytes
 *   themselves were flipped, the oracle is the original's figures: each part
 *   carries a checksum, so a figure changed by a flip is damage to refuse,
 *   never a figure to read. A sheet whose XML is not well formed is judged by
 *   the original too; sheets the oracle cannot place are not judged.
 *
 * Mutant i is `mutate(random(SEED + i), …)` of base file i % 3: a failure
 * names i, its seed and what was done, and replays alone.
 */

const SEED = 20_260_017;
const MUTANTS = 1050;
/** About 35 s of CPU (1,200 mutants took 38 s); the budget leaves room for a machine busy with other suites. */
const BUDGET_MS = 180_000;
jest.setTimeout(BUDGET_MS + 60_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Base = { readonly label: string; readonly bytes: Uint8Array; readonly parts: readonly Part[]; readonly figures: ReadonlyMap<string, readonly string[]> };

/** The HĐND party delegation's forms: B1 alone, B1 and B3B, B3B alone. Small files, so a mutant takes about 30 ms. */
const BASES = [
  ['Huyện ủy Văn Lâm', ['B1'], 31],
  ['Đảng đoàn HĐND tỉnh', ['B1', 'B3B'], 32],
  ['Đảng đoàn HĐND huyện Mỹ Hào', ['B3B'], 33],
] as const;

let bases: Base[];
beforeAll(async () => {
  bases = [];
  for (const [unit, forms, seed] of BASES) {
    const file = await unitFile(unit, 'dd_hdnd', seed, { forms });
    const parts = await partsOf(file.bytes);
    // sheetN.xml holds the N-th form: its figure cells are where value edits aim half the time.
    const figures = new Map(forms.map((key, i) => [`xl/worksheets/sheet${i + 1}.xml`, inputAddresses(key)]));
    bases.push({ label: `${forms.join('+')} of ${unit}`, bytes: file.bytes, parts, figures });
  }
});

function inputAddresses(formKey: string): string[] {
  const form = formOf(NQ25, formKey);
  const grid = formGrid(form);
  return numericInputCells(form).map((c) => addressOf(grid, c.row, c.column));
}

type Outcome = { readonly code: 0 | 1 | 2; readonly refusal?: string };

/** What `tongket check` decides, in-process: 2 for a file it cannot read, else 1 with an error or a refused sheet, else 0. */
async function checkOutcome(name: string, bytes: Uint8Array): Promise<Outcome> {
  try {
    const result = await checkWorkbookFile({ fallback: NQ25 }, name, bytes);
    const errors = result.issues.filter((i) => i.severity === 'error').length + result.refused.length;
    return { code: errors > 0 ? 1 : 0 };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { code: 2, refusal: error.message };
    // The CLI says it as "<path>: bộ biểu mang trong tệp bị hỏng; …".
    if (error instanceof CatalogError) return { code: 2, refusal: `${name}: ${error.message}` };
    throw error;
  }
}

/** Every figure cell of every form sheet the merge would read: sheet → address → the value handed on. */
async function figuresRead(name: string, bytes: Uint8Array): Promise<Map<string, Map<string, unknown>>> {
  const read = await readSourceFile(NQ25, { name, bytes, modified: 0 }, '1/12/2026 08:00');
  const sheets = new Map<string, Map<string, unknown>>();
  if (read.kind !== 'read') return sheets;
  const campaign = read.campaign ?? NQ25;
  for (const sheet of read.sheets) {
    const reading = readFormSheet(campaign, sheet.name, sheet.values, sheet.formulas, sheet.merges);
    if (reading.kind !== 'form') continue;
    const grid = formGrid(reading.sheet.form);
    const cells = new Map<string, unknown>();
    for (const c of numericInputCells(reading.sheet.form)) cells.set(addressOf(grid, c.row, c.column), reading.sheet.cellAt(c.row, c.column).value);
    sheets.set(sheet.name, cells);
  }
  return sheets;
}

/** Why a figure read from an accepted file breaks the oracle, or undefined. */
function wrongFigure(truth: Truth, value: unknown): string | undefined {
  if (truth.kind === 'unknown') return undefined;
  if (truth.kind === 'blank') return isEmptyValue(value) ? undefined : `read ${JSON.stringify(value)} where the file holds nothing`;
  if (truth.kind === 'figure') return value === truth.value ? undefined : `read ${JSON.stringify(value)} where the file holds ${truth.value}`;
  if (truth.kind === 'conflict') return `accepted, reading ${JSON.stringify(value)}, where the file holds two different things`;
  return `accepted, reading ${JSON.stringify(value)}, where the file holds no figure (${truth.why})`;
}

type Summary = { mutants: number; byKind: Record<string, number>; byCode: Record<number, number>; judged: number; viaCli: number; elapsedMs: number; failures: string[] };

/** What kind of mutation a description tells of. */
const kindOf = (description: string) =>
  description.startsWith('byte flips')
    ? 'byte flips'
    : description.startsWith('part ')
      ? description.endsWith(' dropped')
        ? 'dropped part'
        : 'duplicated part'
      : description.startsWith('xl/worksheets/')
        ? 'sheet XML edit'
        : 'other XML edit';

describe(`a seeded mutation fuzz of the reader (${MUTANTS} mutants of ${BASES.length} unit files)`, () => {
  const summary: Summary = { mutants: 0, byKind: {}, byCode: { 0: 0, 1: 0, 2: 0 }, judged: 0, viaCli: 0, elapsedMs: 0, failures: [] };

  beforeAll(async () => {
    const started = Date.now();
    for (let i = 0; i < MUTANTS; i += 1) {
      const base = bases[i % bases.length] as Base;
      const mutant = await mutate(random(SEED + i), base.bytes, base.parts, base.figures);
      const name = `dot-bien-${i}.xlsx`;
      const fail = (problem: string) => summary.failures.push(`#${i} (seed ${SEED + i}, ${base.label}) ${mutant.description}: ${problem}`.slice(0, 400));
      summary.mutants += 1;
      summary.byKind[kindOf(mutant.description)] = (summary.byKind[kindOf(mutant.description)] ?? 0) + 1;
      let outcome: Outcome | undefined;
      try {
        outcome = await checkOutcome(name, mutant.bytes);
      } catch (error) {
        fail(`uncaught ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }
      if (i % 20 === 0) {
        summary.viaCli += 1;
        writeFileSync(join(dir, name), mutant.bytes);
        try {
          const run = await cli('check', join(dir, name));
          if (![0, 1, 2].includes(run.code) || run.code !== outcome?.code) fail(`tongket check exits ${run.code}, the reader decided ${outcome?.code ?? 'nothing (it threw)'}`);
          if (run.code === 2 && !run.err.includes(name)) fail(`tongket check's refusal does not name the file: ${run.err}`);
        } catch (error) {
          fail(`tongket check threw ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (outcome === undefined) continue;
      summary.byCode[outcome.code] = (summary.byCode[outcome.code] ?? 0) + 1;
      if (outcome.refusal !== undefined) {
        if (!outcome.refusal.includes(name)) fail(`refusal does not name the file: ${outcome.refusal}`);
        if (LIBRARY_ENGLISH.test(outcome.refusal)) fail(`refusal in the library's English: ${outcome.refusal}`);
      }
      if (outcome.code !== 0) continue;
      let read: Map<string, Map<string, unknown>>;
      try {
        read = await figuresRead(name, mutant.bytes);
      } catch (error) {
        fail(`the merge's reader threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        continue;
      }
      const expected = truths(mutant.parts ?? base.parts, base.parts);
      for (const [sheet, cells] of read) {
        const held = expected.get(sheet);
        if (!held) continue;
        summary.judged += 1;
        for (const [address, value] of cells) {
          const problem = wrongFigure(held.get(address) ?? { kind: 'blank' }, value);
          if (problem) fail(`sheet "${sheet}" ${address}: ${problem}`);
        }
      }
    }
    summary.elapsedMs = Date.now() - started;
    if (process.env.TONGKET_FUZZ_REPORT) writeFileSync(process.env.TONGKET_FUZZ_REPORT, JSON.stringify(summary, null, 2));
  });

  it('makes every mutant, within its time budget', () => {
    expect(summary.mutants).toBe(MUTANTS);
    expect(summary.elapsedMs).toBeLessThan(BUDGET_MS);
  });

  it('exits 0, 1 or 2 on every mutant, the same through tongket check, with every refusal naming the file in Vietnamese, and changes no figure of an accepted file', () => {
    expect(summary.byCode[0]! + summary.byCode[1]! + summary.byCode[2]! + summary.failures.filter((f) => f.includes(': uncaught ')).length).toBe(MUTANTS);
    expect(summary.viaCli).toBeGreaterThanOrEqual(50);
    expect(summary.failures).toEqual([]);
  });

  it('judges the figures of accepted mutants, not only refusals', () => {
    // A fuzz whose every mutant is refused tests nothing of the figures.
    expect(summary.judged).toBeGreaterThan(100);
  });
});
