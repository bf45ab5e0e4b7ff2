import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The real bin runs dist/, built by test/global-setup.ts.

describe('bin/corpus-diff.js', () => {
  it('prints the side-by-side view of the sample corpus and exits 0', () => {
    const r = spawnSync('node', ['bin/corpus-diff.js', 'fixtures/seeds', '--width', '140'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^corpus-diff: 5 sources/);
    expect(r.stdout).toContain('Figures');
    expect(r.stdout).toContain('Quotes by speaker');
  });

  it('exits 2 with one line on stderr for an unknown flag', () => {
    const r = spawnSync('node', ['bin/corpus-diff.js', '--nope'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('pipes complete JSON (no truncation at exit)', () => {
    const r = spawnSync('node', ['bin/corpus-diff.js', 'fixtures/seeds', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});
