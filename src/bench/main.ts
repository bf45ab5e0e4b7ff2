// `npm run bench`: speed and scale figures measured side by side in one run
// (ratios, not absolute times, are what we compare across machines).
import nlp from 'compromise';
import { analyze } from '../analyze.js';
import { compare } from '../compare/compare.js';
import { loadPaths } from '../corpus/load.js';
import type { Source } from '../types.js';
import { recombine, rng } from './corpus.js';

const seeds = process.argv[2] ?? 'fixtures/seeds';
const quick = process.argv.includes('--quick');

const { documents } = await loadPaths([seeds]);
const out: string[] = [];
const row = (label: string, value: string): void => {
  out.push(`${label.padEnd(46)} ${value}`);
  console.log(out[out.length - 1]);
};

// 1. Whole pipeline vs bare compromise tagging over the same articles.
const sample = recombine(documents, quick ? 20 : 100);
const words = sample.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
analyze(sample.slice(0, 5)); // warm-up: lexicons and JIT
let t = performance.now();
const report = analyze(sample);
const pipelineMs = performance.now() - t;
t = performance.now();
for (const d of sample) nlp(d.text);
const compromiseMs = performance.now() - t;
row(`pipeline, ${sample.length} articles`, `${(sample.length / (pipelineMs / 1000)).toFixed(1)} articles/s, ${Math.round(words / (pipelineMs / 1000))} words/s`);
row('bare compromise nlp(text), same articles', `${(sample.length / (compromiseMs / 1000)).toFixed(1)} articles/s`);
row('pipeline speed / bare compromise (target ≥ 3×)', `${(compromiseMs / pipelineMs).toFixed(2)}×`);

// 2. Comparison alone at 1k and 10k sources: near-linear means the ratio of
// time per source stays near 1.
const base = report.sources;
const sizes = quick ? [200, 2000] : [1000, 10000];
const times: number[] = [];
for (const n of sizes) {
  const sources = cloneSources(base, n);
  const claims = sources.reduce((k, s) => k + s.claims.length, 0);
  t = performance.now();
  const comparison = compare(sources);
  const ms = performance.now() - t;
  times.push(ms / n);
  row(`compare, ${n} sources (${claims} claims)`, `${ms.toFixed(0)} ms, ${comparison.facts.length} facts`);
}
row(`compare time per source, ${sizes[1]} vs ${sizes[0]} (near-linear ≈ 1)`, `${(times[1]! / times[0]!).toFixed(2)}×`);

/** Copies of real sources with new ids, some claims dropped and some figures changed, like a big batch would be. */
function cloneSources(real: Source[], n: number): Source[] {
  const next = rng(7);
  const outSources: Source[] = [];
  for (let i = 0; i < n; i++) {
    const src = real[i % real.length]!;
    const claims = src.claims
      .filter(() => next() > 0.2)
      .map((c) => (c.kind === 'quantity' && c.value !== null && next() < 0.1 ? { ...c, value: Math.round(c.value * (0.5 + next())) } : c));
    outSources.push({ ...src, id: `s${i}`, claims, fingerprint: [] });
  }
  return outSources;
}
