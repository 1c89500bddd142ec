// The form designer on its corpus and on the built-in forms rendered as plain sheets:
// per table, input cells found against those expected (precision, recall), derived cells
// computed as the expected form computes them, checks found, doubts, and time to design.
import { CORPUS } from '../test/fixtures/designer';
import { corpusCase, roundTripCases, type Case } from '../test/design/support/corpus';
import { BUILT_IN_CAMPAIGN } from '../src/forms/builtInCampaign';

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

const WIDTHS = [26, 11, 5, 5, 9, 13, 7, 8];
const HEAD = ['table', 'inputs f/e', 'P', 'R', 'derived', 'checks m/e+x', 'doubts', 'ms'];

function line(c: Case): string {
  const k = c.comparison;
  if (!k) return row([c.name, 'no table found'], WIDTHS);
  return row(
    [
      c.name,
      `${k.inputs.right}/${k.inputs.found}/${k.inputs.expected}`,
      pct(k.inputs.precision),
      pct(k.inputs.recall),
      `${k.derived.right}/${k.derived.expected}`,
      `${k.rules.matched}/${k.rules.expected}+${k.rules.extra.length}`,
      String(c.proposal?.uncertain.length ?? 0),
      c.ms.toFixed(1),
    ],
    WIDTHS,
  );
}

function total(name: string, cases: readonly Case[]): string {
  const sum = (f: (c: NonNullable<Case['comparison']>) => number) => cases.reduce((s, c) => s + (c.comparison ? f(c.comparison) : 0), 0);
  const right = sum((k) => k.inputs.right);
  return row(
    [
      name,
      `${right}/${sum((k) => k.inputs.found)}/${sum((k) => k.inputs.expected)}`,
      pct(right / sum((k) => k.inputs.found)),
      pct(right / sum((k) => k.inputs.expected)),
      `${sum((k) => k.derived.right)}/${sum((k) => k.derived.expected)}`,
      `${sum((k) => k.rules.matched)}/${sum((k) => k.rules.expected)}+${sum((k) => k.rules.extra.length)}`,
      String(cases.reduce((s, c) => s + (c.proposal?.uncertain.length ?? 0), 0)),
      cases.reduce((s, c) => s + c.ms, 0).toFixed(1),
    ],
    WIDTHS,
  );
}

export async function designBench(): Promise<void> {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  // A first pass warms the code up, so the times below are steady-state.
  await corpusCase(CORPUS[0] as (typeof CORPUS)[number]);
  const corpus: Case[] = [];
  for (const table of CORPUS) corpus.push(await corpusCase(table));
  const roundTrip = await roundTripCases(BUILT_IN_CAMPAIGN);
  out('');
  out('form designer (inputs: right/found/expected; checks: matched/expected + extra; extra checks are all doubted)');
  out(row(HEAD, WIDTHS));
  for (const c of corpus) out(line(c));
  out(total('corpus, all tables', corpus));
  for (const c of roundTrip) out(line(c));
  out(total('NQ25 round trip, all forms', roundTrip));
}

if (require.main === module)
  designBench().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
