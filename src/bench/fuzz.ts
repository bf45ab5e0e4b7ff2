// `npm run fuzz [folder] [--runs N] [--seed S]`: the hardening properties of
// bench/properties.ts over many mutated and generated corpora (not in CI;
// the short run is test/hardening/properties.test.ts). Real articles to
// mutate come from the folder (default fixtures/seeds). Prints a summary and
// the shrunk counterexample of the first property that fails; exit 1 then.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { loadPaths } from '../corpus/load.js';
import { checkCorpus, corpusArb } from './properties.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = flag('--runs', 10_000);
const seed = flag('--seed', Date.now() % 2 ** 31);
const folder = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'fixtures/seeds';

const { documents } = await loadPaths([folder]);
const texts = documents.map((d) => d.text);
const ajv = new Ajv.default({ allErrors: true });
const schema = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object);
const validate = (r: unknown): string | null => (schema(r) ? null : JSON.stringify(schema.errors?.slice(0, 3)));

let cases = 0;
let docs = 0;
let chars = 0;
const started = performance.now();
const result = fc.check(
  fc.property(corpusArb(texts), (corpus) => {
    cases++;
    docs += corpus.length;
    chars += corpus.reduce((n, d) => n + d.text.length, 0);
    if (cases % 500 === 0) process.stderr.write(`fuzz: ${cases}/${runs} cases, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    const problems = checkCorpus(corpus, validate);
    if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
  }),
  { seed, numRuns: runs, endOnFailure: true },
);

const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: seed ${seed}, ${result.numRuns} of ${runs} cases run, ${cases} evaluations with shrinking`);
console.log(`fuzz: ${docs} documents, ${(chars / 1024 / 1024).toFixed(1)} MB of text, ${seconds.toFixed(0)} s (${(cases / seconds).toFixed(1)} cases/s)`);
if (result.failed) {
  const corpus = (result.counterexample?.[0] ?? []) as { id: string; text: string }[];
  console.log(`fuzz: FAILED after ${result.numRuns + 1} cases (${result.numShrinks} shrinks); replay with --seed ${seed}`);
  console.log(`fuzz: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
  for (const d of corpus) console.log(`--- ${d.id} (${d.text.length} chars)\n${JSON.stringify(d.text)}`);
  process.exitCode = 1;
} else {
  console.log('fuzz: all properties hold (never throws; every document a source; claim text at its offset, line and column; schema; independent of document order)');
}
