// `npm run bench`: speed and scale figures measured side by side in one run.
// Ratios, not absolute times, are what we compare across machines; none of
// these figures is asserted by a test (the machines are noisy).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyze } from '../analyze.js';
import { compare } from '../compare/compare.js';
import { loadPaths } from '../corpus/load.js';
import { runPipeline } from '../pipeline/run.js';
import { lineStatistics, linkPeople, processDocument, statsFor, templateKeys } from '../pipeline/stages.js';
import { assignReferenceDates } from '../extract/dates/index.js';
import { finishArticle } from '../extract/extract.js';
import type { Document, Source } from '../types.js';
import { recombine, rng } from './corpus.js';

const args = process.argv.slice(2);
const seeds = args.find((a) => !a.startsWith('--')) ?? 'fixtures/seeds';
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (name: string): boolean => !only || only.includes(name);

const { documents } = await loadPaths([seeds]);
const row = (label: string, value: string): void => console.log(`${label.padEnd(52)} ${value}`);
const time = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const value = await f();
  return [value, performance.now() - t];
};
const wordsIn = (docs: Document[]): number => docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);

if (want('pipeline')) {
  // 1. The whole pipeline in one thread vs bare compromise tagging of the same articles, at
  // steady state: both first warm up on as many other articles (the JIT), then run in
  // alternation on five fresh samples (no article is seen twice), and the median round counts,
  // so a noisy moment on the machine does not decide.
  const samples = [1, 2, 3, 4, 5].map((seed) => recombine(documents, quick ? 30 : 150, seed));
  const warm = recombine(documents, quick ? 30 : 150, 99);
  analyze(warm);
  for (const d of warm) nlp(d.text);
  const pipelineRuns: number[] = [];
  const compromiseRuns: number[] = [];
  for (const sample of samples) {
    pipelineRuns.push((await time(() => analyze(sample)))[1]);
    compromiseRuns.push((await time(() => sample.forEach((d) => nlp(d.text))))[1]);
  }
  const ratios = pipelineRuns.map((p, i) => compromiseRuns[i]! / p);
  const mid = ratios.indexOf([...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)]!);
  const pipelineMs = pipelineRuns[mid]!;
  const compromiseMs = compromiseRuns[mid]!;
  const sample = samples[mid]!;
  const words = wordsIn(sample);
  row(`pipeline, ${sample.length} articles, 1 thread`, `${(sample.length / (pipelineMs / 1000)).toFixed(1)} articles/s, ${Math.round(words / (pipelineMs / 1000))} words/s`);
  row('bare compromise nlp(text), same articles', `${(sample.length / (compromiseMs / 1000)).toFixed(1)} articles/s`);
  row('pipeline / bare compromise (target ≥ 3×)', `${(compromiseMs / pipelineMs).toFixed(2)}× (median of rounds ${ratios.map((r) => r.toFixed(2)).join(', ')})`);
}

if (want('workers')) {
  // 2. Worker threads: the same batch with 1 worker (in this thread) and with 2, each run in a
  // fresh process as the CLI would be, so neither starts with code the other warmed up.
  const count = quick ? 150 : 1000;
  const script = (workers: number): string => `const { loadPaths } = await import(${JSON.stringify(new URL('../corpus/load.js', import.meta.url).href)});
      const { recombine } = await import(${JSON.stringify(new URL('./corpus.js', import.meta.url).href)});
      const { runPipeline } = await import(${JSON.stringify(new URL('../pipeline/run.js', import.meta.url).href)});
      const { documents } = await loadPaths([${JSON.stringify(seeds)}]);
      const batch = recombine(documents, ${count}, 11);
      const t = performance.now();
      await runPipeline(batch, { workers: ${workers} });
      const ms = performance.now() - t;
      const u = process.resourceUsage();
      process.stdout.write('MS ' + ms + ' CPU ' + (u.userCPUTime + u.systemCPUTime) / 1000);`;
  const read = (out: string): { ms: number; cpu: number } => ({
    ms: Number(/MS ([\d.]+)/.exec(out)?.[1] ?? NaN),
    cpu: Number(/CPU ([\d.]+)/.exec(out)?.[1] ?? NaN),
  });
  const runIn = (workers: number): { ms: number; cpu: number } =>
    read(spawnSync(process.execPath, ['--input-type=module', '-e', script(workers)], { encoding: 'utf8' }).stdout);
  const one = runIn(1);
  const two = runIn(2);
  row(`${count} articles: 1 worker vs 2 workers (fresh process each)`, `${one.ms.toFixed(0)} ms vs ${two.ms.toFixed(0)} ms`);
  row('speedup from 1 to 2 workers (target ≥ 1.8×)', `${(one.ms / two.ms).toFixed(2)}×`);
  // Why it falls short on a small machine: one worker already keeps more than one core busy
  // (V8 compiles and collects garbage on helper threads), and two copies of the whole
  // single-thread run, started at once as separate processes, bound what any pool could give.
  row('cores kept busy by the 1-worker run', `${(one.cpu / one.ms).toFixed(2)} of ${availableParallelism()}`);
  const pair = await Promise.all(
    [0, 1].map(
      () =>
        new Promise<{ ms: number; cpu: number }>((done) => {
          let out = '';
          const child = spawn(process.execPath, ['--input-type=module', '-e', script(1)]);
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          child.on('close', () => done(read(out)));
        }),
    ),
  );
  row('two 1-worker runs at once vs one (what any pool could give here)', `${((2 * one.ms) / Math.max(pair[0]!.ms, pair[1]!.ms)).toFixed(2)}× the work per second`);
  // And for contrast, a CPU-bound loop that allocates nothing.
  const loop = 'let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i * 7) % 1000003; console.log(x);';
  const [, alone] = await time(() => spawnSync(process.execPath, ['-e', loop]));
  const [, loops] = await time(() => Promise.all([0, 1].map(() => new Promise((done) => spawn(process.execPath, ['-e', loop]).on('exit', done)))));
  row('two allocation-free CPU loops at once vs one', `${((2 * alone) / loops).toFixed(2)}× the work per second`);
}

if (want('cache')) {
  // 3. Content-hash cache: a second run over unchanged articles.
  const batch = recombine(documents, quick ? 40 : 200, 13);
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-cache-'));
  const [, cold] = await time(() => runPipeline(batch, { workers: 1, cacheDir: dir }));
  const [, warm] = await time(() => runPipeline(batch, { workers: 1, cacheDir: dir }));
  rmSync(dir, { recursive: true, force: true });
  row(`${batch.length} articles: first run vs cached re-run`, `${cold.toFixed(0)} ms vs ${warm.toFixed(0)} ms`);
  row('cached re-run speedup (target ≥ 20×)', `${(cold / warm).toFixed(1)}×`);
}

if (want('memory')) {
  // 4. Peak memory of `corpus-diff extract` (streamed) at two batch sizes, in a child process each.
  const sizes = quick ? [200, 2000] : [1000, 10000];
  const rss: number[] = [];
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'cd-bench-extract-'));
    mkdirSync(join(dir, 'in'));
    for (const d of recombine(documents, n, 17)) writeFileSync(join(dir, 'in', `${d.id}.txt`), d.text);
    const script = `const { run } = await import(${JSON.stringify(new URL('../cli/run.js', import.meta.url).href)});
      const code = await run(['extract', ${JSON.stringify(join(dir, 'in'))}, '-o', ${JSON.stringify(join(dir, 'out.ndjson'))}], { stdout: process.stdout, stderr: process.stderr, env: {}, cwd: process.cwd() });
      process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + ' ' + code + '\\n');`;
    const t = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = performance.now() - t;
    const kb = Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? NaN);
    rss.push(kb);
    rmSync(dir, { recursive: true, force: true });
    row(`extract, ${n} articles (streamed, 1 thread)`, `peak RSS ${(kb / 1024).toFixed(0)} MB, ${(n / (ms / 1000)).toFixed(1)} articles/s`);
  }
  row(`extract peak RSS ${sizes[1]} vs ${sizes[0]} (target: flat, ≤ 300 MB)`, `${(rss[1]! / rss[0]!).toFixed(2)}×`);
}

if (want('compare')) {
  // 5. Comparison alone at two batch sizes: near-linear keeps time per source near 1×.
  const base = analyzeKeepingFingerprints(documents);
  const sizes = quick ? [200, 2000] : [1000, 10000];
  const per: number[] = [];
  for (const n of sizes) {
    const sources = cloneSources(base, n);
    const claims = sources.reduce((k, s) => k + s.claims.length, 0);
    const [comparison, ms] = await time(() => compare(sources));
    per.push(ms / n);
    row(`compare, ${n} sources (${claims} claims)`, `${ms.toFixed(0)} ms, ${comparison.facts.length} facts, ${comparison.sameOrigin.length} shared-origin groups (largest ${Math.max(0, ...comparison.sameOrigin.map((g) => g.sources.length))})`);
  }
  row(`compare time per source, ${sizes[1]} vs ${sizes[0]} (near-linear ≈ 1×)`, `${(per[1]! / per[0]!).toFixed(2)}×`);
}

/** The sources of a real analysis with their paragraph fingerprints (the report drops them). */
function analyzeKeepingFingerprints(docs: Document[]): Source[] {
  const keys = docs.map(templateKeys);
  const stats = lineStatistics(keys);
  const drafts = docs.map((d, i) => processDocument(d, statsFor(stats, keys[i]!)));
  const references = assignReferenceDates(drafts.map((d) => d.evidence));
  return linkPeople(drafts.map((d, i) => finishArticle(d, references[i] ?? null)));
}

/**
 * Reposts of real sources, as a big batch would hold: new ids, some claims
 * dropped, some figures changed, and paragraph fingerprints kept but edited
 * (paragraphs dropped, a word changed), so shared-origin detection runs too.
 */
function cloneSources(real: Source[], n: number): Source[] {
  const next = rng(7);
  const out: Source[] = [];
  let fresh = 1 << 24;
  for (let i = 0; i < n; i++) {
    const src = real[i % real.length]!;
    const claims = src.claims
      .filter(() => next() > 0.2)
      .map((c) => (c.kind === 'quantity' && c.value !== null && next() < 0.1 ? { ...c, value: Math.round(c.value * (0.5 + next())) } : c));
    const fingerprint = (src.fingerprint ?? [])
      .filter(() => next() > 0.15)
      .map((words) => (next() < 0.3 && words.length > 0 ? [...words.slice(1), fresh++] : words));
    out.push({ ...src, id: `s${i}`, claims, fingerprint });
  }
  return out;
}
