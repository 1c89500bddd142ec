import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnitFile } from '../support/units';
import { addSharedString, checkBytes, editPart, escapeXml, partsOf, plantCell, SHEET1, sharedStringAt, summedFigures, typedFigures, unitB1 } from './support';

/**
 * Every way the format can store a cell (number, shared string, formula
 * string, inline string, boolean, error, ISO date, shared formula, array
 * formula, rich text) planted in every kind of cell of a unit's Biểu 1: a
 * figure, a column total, a row total, a row label, the hidden identity
 * marker and the unit's name. Each storage is what another program (or a
 * hand-edited file) could write; what the clerk sees is the outcome: the
 * exit code of `tongket check`, the cell it names, and the sums a merge
 * makes of the file. Booleans, errors and ISO dates in a figure cell are in
 * test/cli/storedValues.test.ts.
 */

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'tongket-hostile-stored-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let unit: UnitFile;
let marker: string;
let unitName: string;
let label: string;
beforeAll(async () => {
  unit = await unitB1('Huyện ủy Văn Lâm', 1);
  const shared = await textOfParts(unit.bytes);
  marker = shared('A1');
  unitName = shared('A3');
  // B12: "Chương trình, kế hoạch thực hiện", the label of the row whose figures are D12:E12.
  label = shared('B12');
});

/** The text a cell holds in the file as written by `tongket templates`, read from the XML by the test itself. */
async function textOfParts(bytes: Uint8Array): Promise<(address: string) => string> {
  const parts = await partsOf(bytes);
  const text = (name: string) => Buffer.from(parts.find((p) => p.name === name)!.data).toString('utf8');
  const [sheet, strings] = [text(SHEET1), text('xl/sharedStrings.xml')];
  return (address) => {
    const index = new RegExp(`<c r="${address}"[^>]*t="s"[^>]*><v>(\\d+)</v>`).exec(sheet)?.[1];
    const found = index === undefined ? undefined : sharedStringAt(strings, Number(index));
    if (found === undefined) throw new Error(`no shared string in ${address}`);
    return found.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  };
}

const STORAGES = ['n', 's', 'str', 'inlineStr', 'b', 'e', 'd', 'shared formula', 'array formula', 'rich text'] as const;
type Storage = (typeof STORAGES)[number];

/** The file with `address` stored as `storage`, holding `text` where the storage holds text and `number` where it holds a number. */
async function stored(bytes: Uint8Array, address: string, storage: Storage, text: string, number: number): Promise<Uint8Array> {
  const cell = (attributes: string, inner: string) => editPart(bytes, SHEET1, (xml) => plantCell(xml, address, attributes, inner));
  const formula = (kind: string) =>
    /^\d+$/.test(text)
      ? cell('', `<f t="${kind}" ref="${address}"${kind === 'shared' ? ' si="0"' : ''}>${number}+0</f><v>${number}</v>`)
      : cell('t="str"', `<f t="${kind}" ref="${address}"${kind === 'shared' ? ' si="0"' : ''}>${escapeXml(`"${text.replace(/"/g, '""')}"`)}</f><v>${escapeXml(text)}</v>`);
  const shared = async (inner: string) => {
    let index = -1;
    const added = await editPart(bytes, 'xl/sharedStrings.xml', (xml) => {
      const result = addSharedString(xml, inner);
      index = result.index;
      return result.xml;
    });
    return editPart(added, SHEET1, (xml) => plantCell(xml, address, 't="s"', `<v>${index}</v>`));
  };
  const half = Math.ceil(text.length / 2);
  switch (storage) {
    case 'n':
      return cell('', `<v>${number}</v>`);
    case 's':
      return shared(`<t xml:space="preserve">${escapeXml(text)}</t>`);
    case 'str':
      return cell('t="str"', `<v>${escapeXml(text)}</v>`);
    case 'inlineStr':
      return cell('t="inlineStr"', `<is><t xml:space="preserve">${escapeXml(text)}</t></is>`);
    case 'b':
      return cell('t="b"', '<v>1</v>');
    case 'e':
      return cell('t="e"', '<v>#REF!</v>');
    case 'd':
      return cell('t="d"', '<v>2024-07-01</v>');
    case 'shared formula':
      return formula('shared');
    case 'array formula':
      return formula('array');
    case 'rich text':
      return shared(`<r><t xml:space="preserve">${escapeXml(text.slice(0, half))}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${escapeXml(text.slice(half))}</t></r>`);
  }
}

type Outcome =
  /** check exits 0 and a merge sums the unit's figures exactly as typed, the planted cell changing none (or `figure` where it is the figure). */
  | { readonly accepted: true; readonly figure?: number }
  /** check exits 1 naming file and cell (an error in the cell, or the sheet refused for it); `words` is the cause. */
  | { readonly error: string; readonly words: string }
  /** check exits 1: the sheet is not read, naming the cell and `words`. */
  | { readonly refused: string; readonly words: string };

const TEXT_STORAGES: readonly Storage[] = ['s', 'str', 'inlineStr', 'rich text', 'shared formula', 'array formula'];

type Kind = { readonly name: string; readonly address: () => string; readonly text: () => string; readonly outcome: (storage: Storage) => Outcome };

/** The figure cells, totals, label, marker and name of Biểu 1, and what each storage in each must give. */
const KINDS: readonly Kind[] = [
  {
    name: 'a figure cell (D11)',
    address: () => 'D11',
    text: () => '12',
    outcome: (s) =>
      s === 'n' ? { accepted: true, figure: 12 } : s.includes('formula') ? { error: 'D11', words: 'ô nhập số liệu chứa công thức' } : { error: 'D11', words: '"12"' },
  },
  { name: 'a column total (D10)', address: () => 'D10', text: () => '999999', outcome: () => ({ accepted: true }) },
  { name: 'a row total (F11)', address: () => 'F11', text: () => '999999', outcome: () => ({ accepted: true }) },
  {
    name: 'a row label (B12)',
    address: () => 'B12',
    text: () => label,
    outcome: (s) => (TEXT_STORAGES.includes(s) ? { accepted: true } : { refused: 'B12', words: 'đã bị sửa bố cục: ô B12 ghi' }),
  },
  {
    name: 'the identity marker (A1)',
    address: () => 'A1',
    text: () => marker,
    outcome: (s) => (TEXT_STORAGES.includes(s) ? { accepted: true } : { refused: 'A1', words: 'mất dấu nhận biết của biểu (ô A1' }),
  },
  {
    name: 'the unit name (A3)',
    address: () => 'A3',
    text: () => unitName,
    outcome: (s) => (TEXT_STORAGES.includes(s) ? { accepted: true } : { error: 'A3', words: 'tên đơn vị' }),
  },
];

/** Booleans, errors and ISO dates in a figure cell are test/cli/storedValues.test.ts's. */
const COVERED = new Set(['a figure cell (D11)/b', 'a figure cell (D11)/e', 'a figure cell (D11)/d']);

const CASES = KINDS.flatMap((kind) => STORAGES.filter((s) => !COVERED.has(`${kind.name}/${s}`)).map((storage) => [kind.name, storage, kind] as const));

describe('a cell of a unit’s form stored in any way the format allows', () => {
  it.each(CASES)('in %s stored as %s gives the outcome a clerk can act on', async (kindName, storage, kind) => {
    const address = kind.address();
    const name = `${address}-${storage.replace(/ /g, '-')}.xlsx`;
    const text = kind.text();
    const bytes = await stored(unit.bytes, address, storage, text, Number(/^\d+$/.test(text) ? text : 12));
    const outcome = kind.outcome(storage);
    const result = await checkBytes(dir, name, bytes);
    if ('accepted' in outcome) {
      expect([kindName, storage, result.code, result.out.split('\n').filter((l) => l.startsWith('LỖI'))]).toEqual([kindName, storage, 0, []]);
      const changes = outcome.figure === undefined ? {} : { [address]: outcome.figure };
      expect(await summedFigures(name, bytes)).toEqual(typedFigures(unit, changes));
    } else if ('error' in outcome) {
      // An error in the cell, or the sheet refused for it: either way a line naming the file, the cell and the cause.
      expect(result.code).toBe(1);
      expect(result.out.split('\n').filter((l) => l.startsWith(`LỖI  ${name}: `) && l.includes(`ô ${outcome.error}`) && l.includes(outcome.words))).toHaveLength(1);
    } else {
      expect(result.code).toBe(1);
      expect(result.out).toContain(`LỖI  ${name}: không đọc được sheet "Biểu 1"`);
      expect(result.out).toContain(outcome.words);
    }
  });
});

describe('a figure cell reached by a formula stored elsewhere', () => {
  it('is a formula in an input when it follows a shared formula whose first cell is the column total', async () => {
    // D10 holds its own total formula, shared down into D11: Excel shows D11 as that formula's result, not as a typed figure.
    const bytes = await editPart(unit.bytes, SHEET1, (xml) =>
      plantCell(plantCell(xml, 'D10', '', '<f t="shared" ref="D10:D11" si="3">IF(COUNT(D11:D15)=0,"",SUM(D11:D15))</f><v>5000</v>'), 'D11', '', '<f t="shared" si="3"/><v>77</v>'),
    );
    const result = await checkBytes(dir, 'cong-thuc-chia-se.xlsx', bytes);
    expect(result.code).toBe(1);
    expect(result.out).toContain('LỖI  cong-thuc-chia-se.xlsx: Biểu 1, ô D11: ô nhập số liệu chứa công thức');
  });

  it('is a formula in an input when it follows a shared formula begun in the label column', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(plantCell(xml, 'C12', 't="str"', '<f t="shared" ref="C12:D12" si="5">"Văn bản"</f><v>Văn bản</v>'), 'D12', '', '<f t="shared" si="5"/><v>77</v>'));
    const result = await checkBytes(dir, 'chia-se-tu-nhan.xlsx', bytes);
    expect(result.code).toBe(1);
    expect(result.out).toContain('chia-se-tu-nhan.xlsx: Biểu 1, ô D12: ô nhập số liệu chứa công thức');
  });

  it('is a formula in an input when an array formula of the column total spills over it', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(plantCell(xml, 'D10', '', '<f t="array" ref="D10:D11">{1;2}</f><v>1</v>'), 'D11', '', '<v>2</v>'));
    const result = await checkBytes(dir, 'mang.xlsx', bytes);
    expect(result.code).toBe(1);
    expect(result.out).toContain('mang.xlsx: Biểu 1, ô D11: ô nhập số liệu chứa công thức');
  });

  it('is not read as blank, silently, when it follows a shared formula that has no first cell', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(xml, 'D11', '', '<f t="shared" si="7"/><v>77</v>'));
    const result = await checkBytes(dir, 'mo-coi.xlsx', bytes);
    expect(result.code).not.toBe(0);
    expect(result.out + result.err).toContain('mo-coi.xlsx');
    expect(result.out + result.err).toMatch(/D11|hỏng/);
  });
});

describe('figure cells merged together', () => {
  it.each([
    ['two figures of one row (D11:E11)', 'D11:E11', 'E11'],
    ['a figure and the one below it (D11:D12)', 'D11:D12', 'D12'],
  ])('are an error naming the hidden cell when they are %s: Excel shows only the first figure, and the other must not be summed unseen', async (_what, range, hidden) => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${range}"/>`));
    const result = await checkBytes(dir, 'gop-o.xlsx', bytes);
    expect(result.code).toBe(1);
    expect(result.out.split('\n').filter((l) => l.startsWith('LỖI  gop-o.xlsx: ') && l.includes(hidden))).not.toEqual([]);
  });
});

describe('a figure cell whose value is written in XML’s other ways', () => {
  it.each([
    ['a CDATA section', '<v><![CDATA[12]]></v>'],
    ['digits split by a CDATA section', '<v>1<![CDATA[2]]></v>'],
    ['digits split by a comment', '<v>1<!-- -->2</v>'],
    ['character references', '<v>&#49;&#50;</v>'],
  ])('is read as the 12 an XML reader sees, or refused, when held in %s, never as another figure', async (_what, inner) => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(xml, 'D11', '', inner));
    const result = await checkBytes(dir, 'xml-khac.xlsx', bytes);
    if (result.code === 0) expect(await summedFigures('xml-khac.xlsx', bytes)).toEqual(typedFigures(unit, { D11: 12 }));
    else expect(`${result.out}${result.err}`).toMatch(/xml-khac\.xlsx: (Biểu 1, ô D11|.*hỏng)/);
  });

  it('is refused, never summed as 1299, when it holds two values (<v>12</v><v>99</v>)', async () => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(xml, 'D11', '', '<v>12</v><v>99</v>'));
    const result = await checkBytes(dir, 'hai-gia-tri.xlsx', bytes);
    expect(result.code).not.toBe(0);
    expect(`${result.out}${result.err}`).toMatch(/hai-gia-tri\.xlsx: (Biểu 1, ô D11|.*hỏng)/);
  });
});

describe('a figure cell whose stored value points nowhere or past Excel’s numbers', () => {
  it.each([
    ['a shared-string index past the table', 't="s"', '<v>99999</v>'],
    ['a negative shared-string index', 't="s"', '<v>-1</v>'],
  ])('is refused with %s, naming the file in Vietnamese', async (_what, attributes, inner) => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(xml, 'D11', attributes, inner));
    const result = await checkBytes(dir, 'chi-so-sai.xlsx', bytes);
    expect(result.code).not.toBe(0);
    const said = `${result.out}\n${result.err}`;
    expect(said).toContain('chi-so-sai.xlsx');
    expect(said).not.toMatch(/Cannot read|undefined|richText/);
  });

  it.each([
    ['1E+309', 'D11'],
    ['-1E+309', 'D11'],
    ['1E+308', 'D11'],
  ])('is an error naming the cell for %s, which Excel cannot hold, and is never summed', async (value, address) => {
    const bytes = await editPart(unit.bytes, SHEET1, (xml) => plantCell(xml, address, '', `<v>${value}</v>`));
    const name = `qua-lon-${value.replace(/[^0-9A-Z-]/g, '')}.xlsx`;
    const result = await checkBytes(dir, name, bytes);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`LỖI  ${name}: Biểu 1, ô ${address}: `);
  });
});
