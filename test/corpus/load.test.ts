import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../src/corpus/load.js';
import { InputError } from '../../src/cli/errors.js';

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd-load-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

describe('loadPaths', () => {
  it('walks folders recursively in sorted order and makes duplicate stems unique', async () => {
    const dir = tree({ 'b/story.txt': 'Second story.', 'a/story.txt': 'First story.', 'c.md': 'Third.' });
    const { documents, skipped } = await loadPaths([dir]);
    expect(documents.map((d) => [d.id, d.text])).toEqual([
      ['story', 'First story.'],
      ['story-2', 'Second story.'],
      ['c', 'Third.'],
    ]);
    expect(skipped).toEqual([]);
  });

  it('lists unusable files with a reason and goes on', async () => {
    const dir = tree({ 'ok.txt': 'A story.', 'empty.txt': '', 'bin.dat': Buffer.from([1, 0, 2, 0, 0, 0, 3]), 'pic.png': 'x' });
    const { documents, skipped } = await loadPaths([dir]);
    expect(documents.map((d) => d.id)).toEqual(['ok']);
    expect(skipped.map((s) => [s.path.split('/').pop(), s.reason])).toEqual([
      ['bin.dat', 'binary'],
      ['empty.txt', 'empty'],
      ['pic.png', 'unsupported'],
    ]);
  });

  it('skips a file over the size limit as too-large', async () => {
    const dir = tree({ 'big.txt': 'x'.repeat(100) });
    const { skipped } = await loadPaths([dir], { maxBytes: 10 });
    expect(skipped[0]).toMatchObject({ reason: 'too-large' });
    expect(skipped[0]!.message).toMatch(/--max-bytes/);
  });

  it('throws an InputError for a missing path', async () => {
    await expect(loadPaths(['/no/such/path'])).rejects.toBeInstanceOf(InputError);
  });

  it('reads - from the given stdin stream', async () => {
    const { Readable } = await import('node:stream');
    const { documents } = await loadPaths(['-'], { stdin: Readable.from([Buffer.from('From a pipe.')]) });
    expect(documents[0]).toMatchObject({ id: 'stdin', text: 'From a pipe.' });
  });
});

describe('loadPaths: links', () => {
  it('walks a symlinked folder once and lists a loop as skipped instead of hanging', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = tree({ 'a/story.txt': 'A story.' });
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'loop'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    const { documents, skipped } = await loadPaths([dir]);
    expect(documents.map((d) => d.id)).toEqual(['story']);
    expect(skipped.map((s) => [s.path.slice(dir.length), s.reason])).toEqual([
      ['/a/loop', 'unsupported'],
      ['/b', 'unsupported'],
    ]);
  });

  it('lists a broken symlink as unreadable', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = tree({ 'ok.txt': 'A story.' });
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    const { skipped } = await loadPaths([dir]);
    expect(skipped).toEqual([expect.objectContaining({ reason: 'unreadable', path: join(dir, 'dangling.txt') })]);
  });
});
