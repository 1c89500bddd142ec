import { placedRules } from '../../src/core/design/placedCells';
import { MTTQ, NQ25 } from '../support/campaigns';
import { canonical, unreportedMistakes } from './support/compare';
import { roundTripCases, type Case } from './support/corpus';

jest.setTimeout(60_000);

/**
 * Each built-in form, laid out by the add-in and saved as a plain sheet (no
 * marker, no carried campaign, no Kiểm tra column, no validation), authored
 * back by the designer: the same input cells, the same derived cells, the same
 * checks as its definition.
 */

/** Rules no table states: NQ25's B2 asks that each commune's dân vận bloc have a member in 6/2023, a fact of the campaign, not of the table. */
const NOT_IN_THE_TABLE: Record<string, readonly string[]> = { B2: ['khoi_co_tv'] };

const cases = new Map<string, Case>();
beforeAll(async () => {
  for (const c of await roundTripCases(NQ25)) cases.set(c.expected.form.key, c);
});

describe.each(NQ25.forms.map((f) => [f.sheetName, f.key] as const))('%s of NQ25 rendered as a plain sheet and authored back', (_name, key) => {
  const get = () => cases.get(key) as Case;

  it('finds exactly its input cells (precision and recall 1.0)', () => {
    const c = get().comparison;
    expect({ missing: c?.inputs.missing, extra: c?.inputs.extra }).toEqual({ missing: [], extra: [] });
    expect(c?.inputs.precision).toBe(1);
    expect(c?.inputs.recall).toBe(1);
  });

  it('computes exactly its derived cells, each as the definition does', () => {
    const c = get().comparison;
    expect({ missing: c?.derived.missing, extra: c?.derived.extra, wrong: c?.derived.wrong }).toEqual({ missing: [], extra: [], wrong: [] });
    expect(c?.derived.right).toBe(c?.derived.expected);
  });

  it('makes every check of its rules, save those no table states, and no other', () => {
    const c = get();
    const form = c.expected.form;
    const unstated = new Set(NOT_IN_THE_TABLE[key] ?? []);
    const notInTable = placedRules(form, c.expected.placement)
      .filter((r) => unstated.has(r.rule))
      .map(canonical);
    expect(c.comparison?.rules.extra).toEqual([]);
    expect([...(c.comparison?.rules.missing ?? [])].sort()).toEqual([...new Set(notInTable)].sort());
  });

  it('keeps its title, its number and the level, kind and numbering of its rows', () => {
    const { proposal, expected } = get();
    expect(proposal?.form).toMatchObject({ key, number: expected.form.number, title: expected.form.title, unitColumn: expected.form.unitColumn });
    expect(proposal?.form.rows.map((r) => [r.stt, r.kind, r.level])).toEqual(expected.form.rows.map((r) => [r.stt, r.kind, r.level]));
  });

  it('says which of its rules it guessed from wording, so nothing is guessed silently', () => {
    const c = get();
    expect(unreportedMistakes(c.comparison as NonNullable<Case['comparison']>, c.proposal?.uncertain ?? [])).toEqual([]);
  });
});

describe('the second campaign (Mặt trận, quarterly) rendered as plain sheets', () => {
  it('is authored back with exactly the input and derived cells of each form', async () => {
    for (const c of await roundTripCases(MTTQ)) {
      expect({ form: c.name, inputs: [c.comparison?.inputs.precision, c.comparison?.inputs.recall], derived: c.comparison?.derived.wrong.length }).toEqual({
        form: c.name,
        inputs: [1, 1],
        derived: 0,
      });
      expect(c.comparison?.derived.right).toBe(c.comparison?.derived.expected);
    }
  });
});
