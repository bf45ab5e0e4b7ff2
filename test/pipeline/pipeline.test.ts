import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { recombine } from '../../src/bench/corpus.js';
import { cleanCorpus, cleanDocument } from '../../src/clean/clean.js';
import { loadPaths } from '../../src/corpus/load.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { lineStatistics, statsFor, templateKeys } from '../../src/pipeline/stages.js';
import type { Document, Report } from '../../src/types.js';
import { cli } from '../cli/io.js';

let seeds: Document[];
let batch: Document[];

beforeAll(async () => {
  seeds = (await loadPaths(['fixtures/seeds'])).documents;
  batch = recombine(seeds, 24, 3);
});

describe('the barrier-split stages', () => {
  it('clean one document against batch statistics exactly as the whole batch is cleaned', () => {
    const keys = seeds.map(templateKeys);
    const stats = lineStatistics(keys);
    const one = seeds.map((d, i) => cleanDocument(d, statsFor(stats, keys[i]!)));
    expect(one).toEqual(cleanCorpus(seeds));
  });
});

describe('runPipeline', () => {
  it('gives the same report with 1 and 2 worker threads as analyze() in this thread', async () => {
    const inline = analyze(batch);
    expect(await runPipeline(batch, { workers: 1 })).toEqual(inline);
    expect(await runPipeline(batch, { workers: 2 })).toEqual(inline);
  }, 60_000);

  it('serves unchanged articles from the cache, with the same report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-cache-'));
    const first = await runPipeline(seeds, { workers: 1, cacheDir: dir });
    const entries = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    // Per article its line keys and its draft, plus the whole report of the batch.
    expect(entries.length).toBe(2 * seeds.length + 1);
    const second = await runPipeline(seeds, { workers: 1, cacheDir: dir });
    expect(second).toEqual(first);
    // A damaged entry is a miss, never a crash.
    for (const f of entries) writeFileSync(join(dir, String(f)), '{ broken');
    expect(await runPipeline(seeds, { workers: 1, cacheDir: dir })).toEqual(first);
  });

  it('recomputes only what changed: an edited article misses, the others hit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-cache-'));
    await runPipeline(seeds, { workers: 1, cacheDir: dir });
    const count = () => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
    const before = count();
    const edited = seeds.map((d, i) => (i === 0 ? { ...d, text: `${d.text}\n\nOne more paragraph, added later.` } : d));
    const report = await runPipeline(edited, { workers: 1, cacheDir: dir });
    expect(report).toEqual(analyze(edited));
    // New: the edited article's keys and draft, and a new batch report.
    expect(count()).toBe(before + 3);
  });

  it('takes id and path from this run even when a cached result came from a copy elsewhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-cache-'));
    await runPipeline(seeds.slice(0, 2), { workers: 1, cacheDir: dir });
    const moved = seeds.slice(0, 2).map((d) => ({ ...d, id: `moved-${d.id}`, path: `elsewhere/${d.path}` }));
    const report = await runPipeline(moved, { workers: 1, cacheDir: dir });
    expect(report.sources.map((s) => s.path)).toEqual(moved.map((d) => d.path));
    expect(report.sources.map((s) => s.id)).toEqual(moved.map((d) => d.id));
  });
});

describe('extract shards and compare --from', () => {
  it('merge to the report of one run over all articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-shards-'));
    const files = readdirSync('fixtures/seeds').map((f) => join('fixtures/seeds', f));
    await cli(['line-stats', 'fixtures/seeds', '-o', join(dir, 'stats.json')]);
    // Two shards, given in reverse order, each extracted on its own.
    const a = await cli(['extract', '--line-stats', join(dir, 'stats.json'), ...files.slice(0, 2), '-o', join(dir, 'a.ndjson')]);
    const b = await cli(['extract', '--line-stats', join(dir, 'stats.json'), ...files.slice(2), '-o', join(dir, 'b.ndjson')]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const merged = await cli(['compare', '--from', join(dir, 'b.ndjson'), join(dir, 'a.ndjson'), '--json']);
    const single = await cli(['fixtures/seeds', '--json']);
    const strip = (r: Report) => ({ ...r, corpus: { ...r.corpus, inputs: [] } });
    expect(strip(JSON.parse(merged.stdout) as Report)).toEqual(strip(JSON.parse(single.stdout) as Report));
  });

  it('rejects a line that is not extract output, naming the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-shards-'));
    writeFileSync(join(dir, 'x.ndjson'), '{"type":"article","source":{"path":"a"},"claims":[],"dates":[],"evidence":{}}\n{"hello":1}\n');
    const r = await cli(['compare', '--from', join(dir, 'x.ndjson')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.ndjson:2: not a line of `corpus-diff extract` output/);
  });
});

describe('progress', () => {
  it('draws a bar on a terminal for a long run and clears it; silent otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-many-'));
    for (const d of recombine(seeds, 60, 5)) writeFileSync(join(dir, `${d.id}.txt`), d.text);
    let tty = '';
    const { run } = await import('../../src/cli/run.js');
    await run([dir, '--json', '--workers', '1'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => ((tty += s), true), isTTY: true },
      env: {},
      cwd: process.cwd(),
    });
    expect(tty).toMatch(/\[=+ *\] \d+\/60 articles/);
    expect(tty.endsWith('\r')).toBe(true);
    const quiet = await cli([dir, '--json', '--workers', '1']);
    expect(quiet.stderr).toBe('');
  }, 60_000);
});

describe('extract (streamed)', () => {
  it('writes one line per article, then one per skipped file, and names them as a single run would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-extract-'));
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    copyFileSync('fixtures/seeds/003_bbe2f9fbb2847205.txt', join(dir, 'a', 'story.txt'));
    copyFileSync('fixtures/seeds/002_6ab8abe3402cda41.txt', join(dir, 'b', 'story.txt'));
    writeFileSync(join(dir, 'b', 'x.bin'), Buffer.from([0, 1, 0, 2]));
    const r = await cli(['extract', dir]);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; source?: { id: string }; reason?: string });
    expect(lines.map((l) => l.type)).toEqual(['article', 'article', 'skipped']);
    expect(lines.slice(0, 2).map((l) => l.source!.id)).toEqual(['story', 'story-2']);
    expect(lines[2]!.reason).toBe('binary');
    const single = await cli([dir, '--json']);
    expect((JSON.parse(single.stdout) as Report).sources.map((s) => s.id)).toEqual(['story', 'story-2']);
  });

  it('exits 2 when nothing was usable, after listing what was skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-extract-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await cli(['extract', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/"type":"skipped"/);
    expect(r.stderr).toMatch(/no usable article/);
  });
});
