import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceCase } from '../../src/taskpane/text';
import { CAMPAIGNS } from '../support/campaigns';
import { userStrings } from '../support/userStrings';

/**
 * One Vietnamese voice: every string a user reads follows docs/THUAT-NGU.md,
 * read from the glossary itself so that the document and the check never part.
 */

const glossary = readFileSync(join(__dirname, '..', '..', 'docs', 'THUAT-NGU.md'), 'utf8');

/** The lines of a `## title` section. */
const section = (title: string) => glossary.split(/^## /m).find((s) => s.startsWith(`${title}\n`))?.split('\n') ?? [];

/** First cells of the Tránh table's rows, below its header. */
const AVOIDED = section('Tránh')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| Tránh'))
  .map((line) => line.split('|')[1]!.trim());

const EXCEL_NAMES = section('Tên lệnh của Excel')
  .filter((line) => line.startsWith('- '))
  .map((line) => line.slice(2).trim());

/** The bold names of the Viết hoa section, quotes taken off; "Chỉ thị số …" is a pattern, not a name. */
const PROPER_NAMES = section('Viết hoa')
  .flatMap((line) => [...line.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!.replace(/"/g, '')))
  .filter((name) => !name.includes('…'));

const strings = userStrings();
const letter = '\\p{L}';
const word = (phrase: string) => new RegExp(`(?<!${letter})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!${letter})`, 'iu');
/** A string's words with Excel's own command names (quoted as Excel shows them) and paths inside a file ("xl/workbook.xml") taken out. */
const ownWords = (text: string) => EXCEL_NAMES.reduce((t, name) => t.replaceAll(name, ' '), text).replace(/[^\s()]*\/[^\s()]*/g, ' ');
const where = (found: { where: string; text: string }[]) => found.map((s) => `${s.where}: ${s.text.slice(0, 120)}`);

/**
 * The new placement of a tone on oa, oe, uy that end a syllable ("uỷ", "hoà",
 * "xoá"); "qu" is a consonant, so "quý" is not one.
 */
const NEW_TONE_PLACEMENT = /(?<![qQ])[oO][àáảãạ](?!\p{L})|(?<![qQ])[oO][èéẻẽẹ](?!\p{L})|(?<![qQ])[uU][ỳýỷỹỵ](?!\p{L})/u;

/** Printed titles keep the source document's capitals: a string mostly in capitals is one. */
const shouted = (text: string) => (text.match(/\p{Lu}/gu)?.length ?? 0) > (text.match(/\p{Ll}/gu)?.length ?? 0);

describe('the glossary, docs/THUAT-NGU.md', () => {
  it('lists the words to avoid, the names of Excel’s commands and the proper names it is read for', () => {
    expect(AVOIDED).toEqual(expect.arrayContaining(['sổ tính', 'trang tính', 'trung vị', 'add-in']));
    expect(EXCEL_NAMES).toContain('Bảo vệ Sổ làm việc');
    expect(PROPER_NAMES).toEqual(expect.arrayContaining(['Nghị quyết số 25-NQ/TW', 'Mặt trận Tổ quốc', 'Dân vận khéo']));
  });
});

describe('every string a user reads', () => {
  it('is found in the pane, the hosts, the command line and the campaign files', () => {
    const files = new Set(strings.map((s) => s.where.split(/[: ]/)[0]!.split('/').slice(0, 2).join('/')));
    expect([...files]).toEqual(expect.arrayContaining(['src/taskpane', 'src/hosts', 'src/core', 'src/cli', 'src/forms', 'src/pages', 'campaigns/nq25.tongket.json']));
    expect(strings.length).toBeGreaterThan(500);
  });

  it.each(AVOIDED)('never says “%s”, which the glossary avoids', (avoided) => {
    expect(where(strings.filter((s) => word(avoided).test(ownWords(s.text))))).toEqual([]);
  });

  it('places tones the old way, as the campaign’s own documents do (ủy, hòa, xóa)', () => {
    expect(where(strings.filter((s) => NEW_TONE_PLACEMENT.test(s.text)))).toEqual([]);
  });

  it.each(PROPER_NAMES)('writes “%s” with its capitals, outside titles printed in capitals', (name) => {
    const miswritten = strings.filter((s) => !shouted(s.text) && [...s.text.matchAll(new RegExp(word(name).source, 'giu'))].some((m) => m[0] !== name));
    expect(where(miswritten)).toEqual([]);
  });
});

describe('form titles in the pane', () => {
  const titles = CAMPAIGNS.flatMap((c) => c.forms.map((f) => sentenceCase(f.title)));

  it.each(PROPER_NAMES)('keep “%s” as it is written, in sentence case', (name) => {
    const miswritten = titles.filter((t) => [...t.matchAll(new RegExp(word(name).source, 'giu'))].some((m) => m[0] !== name));
    expect(miswritten).toEqual([]);
  });
});
