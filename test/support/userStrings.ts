import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every piece of Vietnamese a user can read, found where it is written: string
 * and template literals and JSX text of the sources, the text of the HTML pages,
 * and the string values of the campaign files. Comments are not read (they are
 * for developers); text with no Vietnamese letter is not either (keys, ids,
 * English for developers).
 */

export type UserString = { readonly where: string; readonly text: string };

const root = join(__dirname, '..', '..');

/** A letter only Vietnamese uses here: a vowel with a tone or a hat, or đ. */
const VIETNAMESE = /[à-ỹđĐ]/u;

/** What a user meets: the pane, its pages, the hosts' and core's messages, the CLI. The in-memory Excel (src/dev) is a test double. */
const SOURCE_FOLDERS = ['src/taskpane', 'src/hosts', 'src/core', 'src/forms', 'src/cli', 'src/commands', 'src/ports'];

function filesUnder(folder: string, extensions: RegExp): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function sourceStrings(file: string): UserString[] {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: UserString[] = [];
  const add = (node: ts.Node, value: string) => {
    if (VIETNAMESE.test(value)) found.push({ where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, text: value });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node)) add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…'));
    else if (ts.isJsxText(node)) add(node, node.text.replace(/\s+/g, ' ').trim());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The pages' text, tags taken out. */
function pageStrings(file: string): UserString[] {
  const text = readFileSync(join(root, file), 'utf8');
  return text
    .split('\n')
    .map((line, i) => ({ where: `${file}:${i + 1}`, text: line.replace(/<[^>]*>/g, ' ') }))
    .filter((s) => VIETNAMESE.test(s.text));
}

function jsonStrings(file: string): UserString[] {
  const found: UserString[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string' && VIETNAMESE.test(value)) found.push({ where: `${file} ${path}`, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(JSON.parse(readFileSync(join(root, file), 'utf8')), '$');
  return found;
}

export function userStrings(): UserString[] {
  return [
    ...SOURCE_FOLDERS.flatMap((folder) => filesUnder(folder, /\.tsx?$/)).flatMap(sourceStrings),
    ...filesUnder('src/pages', /\.html$/).flatMap(pageStrings),
    ...filesUnder('campaigns', /\.json$/).flatMap(jsonStrings),
  ];
}
