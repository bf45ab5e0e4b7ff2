import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval, type Pipeline } from '../../src/eval/cli.js';
import { gold, removal, report, source } from './build.js';

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } } };
}

/** A seeds folder and a gold folder holding one key for "a.txt" (boilerplate lines 2 and 3). */
function folders(): { seeds: string; gold: string } {
  const root = mkdtempSync(join(tmpdir(), 'eval-'));
  const dirs = { seeds: join(root, 'seeds'), gold: join(root, 'gold') };
  mkdirSync(dirs.seeds);
  mkdirSync(dirs.gold);
  const key = gold('a', { boilerplate: [2, 3].map((line) => ({ line, text: 'x', kind: 'nav' })) });
  writeFileSync(join(dirs.gold, 'a.gold.json'), JSON.stringify(key));
  return dirs;
}

// Removes line 2 of a.txt only: boilerplate tp 1, fn 1 → F1 0.67.
const fake: Pipeline = {
  load: () => Promise.resolve({ documents: [], skipped: [] }),
  analyze: () => report([source('a', { removed: [removal(2)] })]),
};

describe('runEval', () => {
  it('exits 2 with a message when an input folder is missing or arguments are wrong', async () => {
    const dirs = folders();
    const a = io();
    expect(await runEval([dirs.seeds, join(dirs.gold, 'none')], a.io, fake)).toBe(2);
    expect(a.out.stderr).toContain('not a folder');
    const b = io();
    expect(await runEval([dirs.seeds], b.io, fake)).toBe(2);
    expect(b.out.stderr).toContain('usage');
    const c = io();
    expect(await runEval([dirs.seeds, dirs.gold, '--bogus'], c.io, fake)).toBe(2);
    const d = io();
    expect(await runEval([dirs.seeds, dirs.seeds], d.io, fake)).toBe(2);
    expect(d.out.stderr).toContain('no *.gold.json');
  });

  it('scores what the pipeline reports and exits 0 whatever the scores', async () => {
    const dirs = folders();
    const a = io();
    expect(await runEval([dirs.seeds, dirs.gold, '--verbose'], a.io, fake)).toBe(0);
    expect(a.out.stdout).toContain('missed    3: x');
    expect(a.out.stdout.trim().split('\n').at(-1)).toMatch(/^summary: boilerplate F1 0\.67 \|/);
    const b = io();
    expect(await runEval([dirs.seeds, dirs.gold, '--json'], b.io, fake)).toBe(0);
    expect(JSON.parse(b.out.stdout).boilerplate).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('runs the real pipeline on the sample folders', async () => {
    const a = io();
    expect(await runEval(['fixtures/seeds', 'fixtures/gold'], a.io)).toBe(0);
    expect(a.out.stdout.trim().split('\n').at(-1)).toMatch(/^summary: boilerplate F1 /);
  });
});
