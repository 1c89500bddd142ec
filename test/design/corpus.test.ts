import { defineForm } from '../../src/forms/defineForm';
import { CORPUS } from '../fixtures/designer';
import { mentions, unreportedMistakes } from './support/compare';
import { corpusCase, type Case } from './support/corpus';

jest.setTimeout(60_000);

/**
 * The form designer against tables written by hand in the styles offices send
 * them (Word pastes, totals typed as figures, three header levels, rows per
 * unit, "x" cells…), each compared with the form it is, written by hand from
 * reading the table.
 */

const cases = new Map<string, Case>();
beforeAll(async () => {
  for (const table of CORPUS) cases.set(table.id, await corpusCase(table));
});
const caseOf = (id: string) => cases.get(id) as Case;

describe('the corpus of official-style tables', () => {
  it('holds at least twelve tables, each written with its expected form', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(12);
    for (const table of CORPUS) expect(() => defineForm(table.expected.form)).not.toThrow();
  });

  it('has a form proposed for every table, which the campaign schema accepts', () => {
    for (const table of CORPUS) {
      const proposal = caseOf(table.id).proposal;
      expect(proposal).toBeDefined();
      expect(() => defineForm(proposal?.form)).not.toThrow();
    }
  });

  it('finds the input cells with precision and recall of at least 0.95 over the whole corpus', () => {
    let found = 0;
    let expected = 0;
    let right = 0;
    for (const table of CORPUS) {
      const c = caseOf(table.id).comparison;
      if (!c) throw new Error(`${table.id}: no comparison`);
      found += c.inputs.found;
      expected += c.inputs.expected;
      right += c.inputs.right;
    }
    expect(right / found).toBeGreaterThanOrEqual(0.95);
    expect(right / expected).toBeGreaterThanOrEqual(0.95);
  });

  it('computes at least 95% of the derived cells as the expected forms do', () => {
    let expected = 0;
    let right = 0;
    for (const table of CORPUS) {
      const c = caseOf(table.id).comparison;
      expected += c?.derived.expected ?? 0;
      right += c?.derived.right ?? 0;
    }
    expect(right / expected).toBeGreaterThanOrEqual(0.95);
  });

  describe.each(CORPUS.map((t) => [t.id, t] as const))('table %s', (id, table) => {
    it('reports as a doubt every cell it gets wrong and every rule it adds: nothing is guessed silently', () => {
      const c = caseOf(id);
      expect(unreportedMistakes(c.comparison as NonNullable<Case['comparison']>, c.proposal?.uncertain ?? [])).toEqual([]);
    });

    it('names among its doubts what the table itself leaves open', () => {
      const uncertain = caseOf(id).proposal?.uncertain ?? [];
      for (const spot of table.expected.doubts ?? []) {
        const named = /^[A-Z]+\d+$/.test(spot) ? uncertain.some((u) => mentions(u, spot)) : uncertain.some((u) => u.at === spot);
        expect({ spot, named }).toEqual({ spot, named: true });
      }
    });

    it('gives a reason for every decision and every doubt, in Vietnamese', () => {
      const p = caseOf(id).proposal;
      for (const finding of [...(p?.decisions ?? []), ...(p?.uncertain ?? [])]) {
        expect(finding.at.length).toBeGreaterThan(0);
        expect(finding.reason.length).toBeGreaterThan(10);
      }
    });
  });
});

describe('what the designer reads off particular tables', () => {
  it('reads the index row "1=2+4" of a three-level header as a column formula over the columns it names', () => {
    const form = caseOf('01-mam-non').proposal?.form;
    const total = form?.columns.find((c) => c.header === 'Tổng số' && c.group === undefined);
    expect(total).toMatchObject({ kind: 'formula' });
    expect(form?.columns.filter((c) => c.group?.startsWith('Chia ra – ')).map((c) => c.header)).toEqual(['Tổng số', 'Trong đó: nữ', 'Tổng số', 'Trong đó: nữ']);
  });

  it('turns totals typed as figures into sums when the figures add up, and keeps the typed whole of a "Chia ra" with an equality rule', () => {
    const p = caseOf('03-nong-nghiep').proposal;
    const kinds = p?.form.rows.map((r) => `${r.stt}:${r.kind}`);
    expect(kinds).toEqual(['1:total', 'a:data', 'b:data', 'c:data', '2:data', '-:data', '-:data', '3:data', '4:total', '-:data', '-:data', '5:data']);
    expect(p?.form.rules.map((r) => r.check)).toEqual([expect.stringMatching(/ \+ .* = /)]);
  });

  it('states a row the sheet computes by subtraction as a rule, since a form only sums', () => {
    const p = caseOf('08-giam-ngheo').proposal;
    const row = p?.form.rows.find((r) => r.label === 'Số hộ nghèo cuối năm');
    expect(row?.kind).toBe('data');
    expect(p?.form.rules.find((r) => r.check.startsWith(`${row?.key} =`))?.check).toMatch(/ = .* - .* \+ /);
  });

  it('keeps a list of units as fixed rows and says that lines left open for more units cannot be kept', () => {
    const p = caseOf('05-doan-vien').proposal;
    expect(p?.rows.filter((r) => r.role === 'unit')).toHaveLength(5);
    expect(p?.rows.filter((r) => r.role === 'placeholder').map((r) => r.row)).toEqual([14, 15]);
    expect(p?.uncertain.filter((u) => /hàng lặp theo đơn vị/.test(u.reason))).toHaveLength(2);
  });

  it('restricts a row to the columns not marked "x"', () => {
    const row = caseOf('10-tiem-chung').proposal?.form.rows.find((r) => r.label.startsWith('Phòng khám'));
    expect(row && 'inputs' in row ? row.inputs?.length : undefined).toBe(2);
  });

  it('skips spacer columns and reads a label merged across two columns, with its "-" in the first', () => {
    const p = caseOf('02-y-te-xa').proposal;
    expect(p?.columns.map((c) => `${c.column}:${c.role}`)).toEqual(['A:stt', 'B:label', 'C:merged', 'D:spacer', 'E:unit', 'F:input', 'G:input', 'H:percent']);
    expect(p?.form.rows[1]).toMatchObject({ stt: '-', label: 'Trong đó: nữ' });
  });

  it('joins header text that a Word paste split over two unmerged rows', () => {
    expect(caseOf('15-phu-nu').proposal?.form.columns[0]?.header).toBe('Số lượng (6 tháng)');
  });

  it('takes the value kind from the ĐVT, and from "Đơn vị tính" over the table when there is no ĐVT column', () => {
    const kinds = (id: string) => new Set(caseOf(id).proposal?.form.rows.flatMap((r) => (r.kind === 'data' ? [r.valueKind] : [])));
    expect(kinds('03-nong-nghiep')).toEqual(new Set(['amount']));
    expect(kinds('12-thu-ngan-sach')).toEqual(new Set(['amount']));
    expect(kinds('13-tieu-hoc')).toEqual(new Set(['count']));
  });
});
