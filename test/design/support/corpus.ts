import ExcelJS from 'exceljs';
import { columnIndex } from '../../../src/core/a1';
import { proposeForms } from '../../../src/core/design/proposeForms';
import type { FormProposal } from '../../../src/core/design/types';
import { formGrid } from '../../../src/core/layout/grid';
import { defineForm } from '../../../src/forms/defineForm';
import type { Campaign, FormDef } from '../../../src/forms/schema';
import { readDesignGrid } from '../../../src/hosts/xlsx/designGrid';
import { tableFile, type DesignerTable } from '../../fixtures/designer/table';
import { compareDesigns, type Design, type DesignComparison } from './compare';
import { plainWorkbook } from './plainSheet';

/**
 * Each table of the corpus (and each built-in form rendered as a plain sheet)
 * written to .xlsx bytes, read back as the CLI reads a file, designed, and
 * compared with the form it is.
 */

export type Case = {
  readonly name: string;
  readonly expected: Design;
  readonly doubts: readonly string[];
  readonly proposal: FormProposal | undefined;
  readonly comparison: DesignComparison | undefined;
  /** Milliseconds to design the sheet (reading its grid included, opening the file not). */
  readonly ms: number;
};

/** Where a hand-written expectation puts its rows and columns in the sheet. */
export function expectedDesign(table: DesignerTable): Design {
  const e = table.expected;
  return {
    form: defineForm(e.form),
    placement: {
      rows: new Map(e.form.rows.map((r, i) => [r.key, (e.rows[i] as number) - 1])),
      columns: new Map(e.form.columns.map((c, i) => [c.key, columnIndex(e.columns[i] as string)])),
    },
  };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function design(sheet: ExcelJS.Worksheet): { proposal: FormProposal | undefined; ms: number } {
  const started = performance.now();
  const [proposal] = proposeForms(readDesignGrid(sheet));
  return { proposal, ms: performance.now() - started };
}

function compared(proposal: FormProposal | undefined, expected: Design): DesignComparison | undefined {
  if (!proposal) return undefined;
  try {
    return compareDesigns(expected, { form: defineForm(proposal.form), placement: proposal.placement });
  } catch {
    return undefined;
  }
}

export async function corpusCase(table: DesignerTable): Promise<Case> {
  const workbook = await load(await tableFile(table));
  const { proposal, ms } = design(workbook.worksheets[0] as ExcelJS.Worksheet);
  const expected = expectedDesign(table);
  return { name: table.id, expected, doubts: table.expected.doubts ?? [], proposal, comparison: compared(proposal, expected), ms };
}

/** The campaign's forms as plain sheets (no marker, no validation, no checks), each authored back. */
export async function roundTripCases(campaign: Campaign, forms: readonly FormDef[] = campaign.forms): Promise<Case[]> {
  const workbook = await load(new Uint8Array(await plainWorkbook(campaign, forms).xlsx.writeBuffer()));
  return forms.map((form) => {
    const grid = formGrid(form);
    const expected: Design = { form, placement: { rows: grid.rowOf, columns: grid.columnOf } };
    const { proposal, ms } = design(workbook.getWorksheet(form.sheetName) as ExcelJS.Worksheet);
    return { name: `${campaign.key} ${form.key}`, expected, doubts: [], proposal, comparison: compared(proposal, expected), ms };
  });
}
