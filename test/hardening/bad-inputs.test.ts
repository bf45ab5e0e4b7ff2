// The bad-input matrix: each broken file goes through the real CLI
// in-process, once next to a good article (the run goes on and the report
// lists it as a source or a skipped entry) and once alone (exit code and the
// one-line message). Every input file must end up in exactly one of the two.
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/exit-codes.js';
import { DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_BYTES, HTML_PAGE_FACTOR } from '../../src/corpus/load.js';
import type { Report } from '../../src/types.js';
import { cli } from '../cli/io.js';

const GOOD = 'Harbour officials said on Monday that 40 ships were waiting outside the port.\n\nThe strike began last week.\n';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bad-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

interface Outcome {
  code: number;
  stderr: string;
  report: Report;
}

async function withGood(name: string, body: string | Buffer, extra: string[] = []): Promise<Outcome & { dir: string }> {
  const dir = folder({ 'good.txt': GOOD, [name]: body });
  const r = await cli([dir, '--json', ...extra]);
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.code, stderr: r.stderr, report, dir };
}

/** Every file the folder had is a source or a skipped entry, once. */
function accounted(report: Report, dir: string, names: string[]): void {
  const seen = [...report.sources.map((s) => s.path), ...report.corpus.skipped.map((s) => s.path)].map((p) => p.slice(dir.length + 1)).sort();
  expect(seen).toEqual([...names].sort());
  expect(report.corpus.files).toBe(names.length);
}

const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Buffer => {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
  return b;
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

describe('files that cannot be used are skipped with a reason, and the run goes on', () => {
  it.each<[string, string, string | Buffer, string, RegExp]>([
    ['empty file', 'empty.txt', '', 'empty', /file is empty/],
    ['whitespace only', 'blank.txt', ' \n\t\r\n   \n', 'empty', /only whitespace/],
    ['NUL bytes', 'nul.txt', Buffer.from('Some words\u0000\u0000\u0001 and more'), 'binary', /NUL/],
    ['a PNG image under a text name', 'photo.txt', PNG, 'binary', /not text/],
    ['control characters', 'ctrl.txt', Buffer.from('\u0001\u0002\u0003\u0004\u0005\u0006abc\u0007\u0008'), 'binary', /control characters/],
  ])('%s', async (_name, file, body, reason, message) => {
    const { code, stderr, report, dir } = await withGood(file, body);
    expect(code).toBe(EXIT_OK);
    expect(report.sources.map((s) => s.id)).toEqual(['good']);
    expect(report.corpus.skipped).toEqual([{ path: join(dir, file), reason, message: expect.stringMatching(message) as string }]);
    expect(stderr).toContain(`corpus-diff: skipped ${join(dir, file)}: ${reason} (`);
    accounted(report, dir, ['good.txt', file]);

    // Alone, nothing is usable: exit 2 and one line that says why.
    const alone = await cli([join(dir, file), '--json']);
    expect(alone.code).toBe(EXIT_USAGE);
    expect(alone.stdout).toBe('');
    expect(alone.stderr).toMatch(new RegExp(`skipped .*: ${reason} \\(`));
    expect(alone.stderr.trimEnd().split('\n').pop()).toMatch(/^corpus-diff: no usable article in .* \(1 skipped\)$/);
  });

  it('an image by extension is skipped as unsupported without being read', async () => {
    const { report, dir } = await withGood('photo.png', PNG);
    expect(report.corpus.skipped).toEqual([{ path: join(dir, 'photo.png'), reason: 'unsupported', message: 'not an article format (.png)' }]);
    accounted(report, dir, ['good.txt', 'photo.png']);
  });
});

describe('text in odd encodings becomes a source, with a warning where bytes were guessed or replaced', () => {
  const body = 'The council said 12 bridges would close.\n';

  it.each<[string, Buffer, RegExp | null]>([
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(body)]), null],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(body)]), null],
    ['UTF-16 LE without BOM', utf16le(body), /UTF-16LE without a byte-order mark/],
    ['UTF-16 BE without BOM', utf16be(body), /UTF-16BE without a byte-order mark/],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), null],
  ])('%s', async (_name, bytes, warning) => {
    const { code, report, dir } = await withGood('odd.txt', bytes);
    expect(code).toBe(EXIT_OK);
    const src = report.sources.find((s) => s.id === 'odd');
    expect(src, 'decoded as a source').toBeDefined();
    expect(report.corpus.skipped).toEqual([]);
    const q = src!.claims.find((c) => c.kind === 'quantity');
    expect(q?.text).toMatch(/12 bridges/);
    accounted(report, dir, ['good.txt', 'odd.txt']);
    if (warning) {
      const extract = await cli(['extract', join(dir, 'odd.txt')]);
      expect(extract.stdout + extract.stderr).toMatch(warning);
    }
  });

  it('invalid UTF-8 is decoded with U+FFFD and kept as a source', async () => {
    const bytes = Buffer.concat([Buffer.from('The mayor said 7 schools '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' would reopen.\n')]);
    const { code, report, dir } = await withGood('bad-utf8.txt', bytes);
    expect(code).toBe(EXIT_OK);
    const src = report.sources.find((s) => s.id === 'bad-utf8')!;
    expect(src).toBeDefined();
    expect(src.claims.some((c) => c.kind === 'quantity' && c.text.includes('7 schools'))).toBe(true);
    accounted(report, dir, ['good.txt', 'bad-utf8.txt']);
  });
});

describe('size limits', () => {
  it('a file over --max-bytes is skipped as too-large, with how to raise the limit', async () => {
    const { code, report, dir } = await withGood('big.txt', `${GOOD}\n`.repeat(20), ['--max-bytes', '500']);
    expect(code).toBe(EXIT_OK);
    const entry = report.corpus.skipped.find((s) => s.path.endsWith('big.txt'));
    expect(entry).toMatchObject({ reason: 'too-large' });
    expect(entry!.message).toMatch(/over the limit of 500 \(raise it with --max-bytes\)/);
    accounted(report, dir, ['good.txt', 'big.txt']);
  });

  it('has a default limit that is finite and larger than any article', () => {
    expect(Number.isFinite(DEFAULT_MAX_BYTES)).toBe(true);
    expect(DEFAULT_MAX_BYTES).toBeGreaterThanOrEqual(1024 * 1024);
    expect(DEFAULT_MAX_BYTES).toBeLessThanOrEqual(256 * 1024 * 1024);
  });

  it('an article over --max-article-chars is skipped as too-large; the others in its file are kept', async () => {
    const lines = [JSON.stringify({ title: 'Short', text: GOOD }), JSON.stringify({ title: 'Long', text: `${GOOD} `.repeat(30) })].join('\n');
    const { code, report } = await withGood('batch.jsonl', `${lines}\n`, ['--max-article-chars', String(GOOD.length * 10)]);
    expect(code).toBe(EXIT_OK);
    expect(report.sources.map((s) => s.path.split('/').pop())).toEqual(['batch.jsonl#1', 'good.txt']);
    const entry = report.corpus.skipped.find((s) => s.path.endsWith('batch.jsonl#2'));
    expect(entry).toMatchObject({ reason: 'too-large' });
    expect(entry!.message).toMatch(/^article text of \d+ characters is over the limit of \d+ \(raise it with --max-article-chars\)$/);
  });

  it('an HTML page over HTML_PAGE_FACTOR times the article limit is skipped before it is parsed', async () => {
    const page = `<html><body><p>${GOOD}</p>${'<div><span>x</span></div>'.repeat(GOOD.length)}</body></html>`;
    const limit = Math.ceil(page.length / HTML_PAGE_FACTOR) - 1;
    const { report, dir } = await withGood('page.html', page, ['--max-article-chars', String(limit)]);
    expect(report.corpus.skipped.find((s) => s.path.endsWith('page.html'))?.message).toMatch(/^HTML page of \d+ characters is over the limit/);
    accounted(report, dir, ['good.txt', 'page.html']);
    // One character more of room and the page is read.
    const again = await cli([dir, '--json', '--max-article-chars', String(limit + 1)]);
    expect((JSON.parse(again.stdout) as Report).sources.some((s) => s.path.endsWith('page.html'))).toBe(true);
  });

  it('the article limit is taken from the configuration file', async () => {
    const dir = folder({ 'good.txt': GOOD, 'long.txt': `${GOOD} `.repeat(30), '.corpus-diffrc.json': JSON.stringify({ maxArticleChars: GOOD.length * 10 }) });
    const r = await cli([dir, '--json']);
    expect((JSON.parse(r.stdout) as Report).corpus.skipped.map((s) => [s.path.split('/').pop(), s.reason])).toEqual([['long.txt', 'too-large']]);
  });

  it('has an article limit far above any news article and far below what would exhaust the heap', () => {
    expect(DEFAULT_MAX_ARTICLE_CHARS).toBeGreaterThanOrEqual(200_000);
    expect(DEFAULT_MAX_ARTICLE_CHARS * HTML_PAGE_FACTOR).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
  });

  it('rejects a --max-bytes that is not a positive whole number', async () => {
    const r = await cli(['--max-bytes', '0', 'x.txt']);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/expected a positive whole number/);
  });
});

describe('long and odd shapes of text are still sources', () => {
  const sentence = 'Officials said 30 trucks crossed the bridge, and the mayor thanked them. ';

  it('a single 1 MB line', async () => {
    const line = sentence.repeat(Math.ceil((1024 * 1024) / sentence.length));
    const { code, report, dir } = await withGood('one-line.txt', line);
    expect(code).toBe(EXIT_OK);
    const src = report.sources.find((s) => s.id === 'one-line');
    expect(src).toBeDefined();
    expect(src!.stats.lines).toBe(1);
    accounted(report, dir, ['good.txt', 'one-line.txt']);
  }, 120_000);

  it('a short file with no line break at all', async () => {
    const { report, dir } = await withGood('no-eol.txt', 'Police said 14 people were hurt.');
    const src = report.sources.find((s) => s.id === 'no-eol')!;
    expect(src.claims.find((c) => c.kind === 'quantity')?.text).toMatch(/14 people/);
    accounted(report, dir, ['good.txt', 'no-eol.txt']);
  });

  // BUG (segment, suspected src/segment/segment.ts; the throw is in
  // parse-latin's merge-inner-word-symbol.js, `children.push(...tokens)`):
  // a run of about 100,000 hyphen-joined tokens with no space ('a-' × 100,000,
  // 200 KB; scraped tables and ASCII rules look like this) overflows the call
  // stack, and the whole run ends with "internal error: Maximum call stack
  // size exceeded", exit 2. Expected: a source (e.g. segment splits runs of
  // non-space characters into bounded chunks before retext). Remove .fails
  // when fixed.
  it('a 200 KB run of hyphen-joined tokens is a source, not a crash', async () => {
    const { code, report } = await withGood('rule.txt', `A table\n\n${'a-'.repeat(100_000)}\n`);
    expect(code).toBe(EXIT_OK);
    expect(report.sources.map((s) => s.id)).toContain('rule');
  }, 60_000);

  it('thousands of quote marks', async () => {
    const marks = '“”"«»\''.repeat(2000);
    const text = `The minister said “we will stay” on Friday.\n\n${marks}\n\n"${'"'.repeat(5000)}\n`;
    const { code, report, dir } = await withGood('quotes.txt', text);
    expect(code).toBe(EXIT_OK);
    expect(report.sources.find((s) => s.id === 'quotes')).toBeDefined();
    accounted(report, dir, ['good.txt', 'quotes.txt']);
  }, 60_000);
});

describe('paths', () => {
  // Root reads any file whatever its mode, so the case cannot be built there.
  it.skipIf(process.getuid?.() === 0)('an unreadable file is skipped as unreadable', async () => {
    const dir = folder({ 'good.txt': GOOD, 'locked.txt': GOOD });
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const r = await cli([dir, '--json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.corpus.skipped).toEqual([expect.objectContaining({ path: join(dir, 'locked.txt'), reason: 'unreadable', message: expect.stringMatching(/EACCES/) as string })]);
    accounted(report, dir, ['good.txt', 'locked.txt']);
  });

  it('a symlink loop between two files is skipped as unreadable', async () => {
    const dir = folder({ 'good.txt': GOOD });
    symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const r = await cli([dir, '--json']);
    expect(r.code).toBe(EXIT_OK);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.corpus.skipped.map((s) => [s.path.slice(dir.length + 1), s.reason, /ELOOP/.test(s.message)])).toEqual([
      ['a.txt', 'unreadable', true],
      ['b.txt', 'unreadable', true],
    ]);
    accounted(report, dir, ['good.txt', 'a.txt', 'b.txt']);
  });

  it('a folder symlinked into itself is walked once', async () => {
    const dir = folder({ 'sub/good.txt': GOOD });
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'again'));
    const r = await cli([dir, '--json']);
    expect(r.code).toBe(EXIT_OK);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.sources.map((s) => s.id)).toEqual(['good']);
    expect(report.corpus.skipped).toEqual([expect.objectContaining({ path: join(dir, 'sub', 'again'), reason: 'unsupported', message: expect.stringMatching(/symlink loop/) as string })]);
  });

  it('a missing path is an input error (exit 2), even next to a good one', async () => {
    const dir = folder({ 'good.txt': GOOD });
    const r = await cli([join(dir, 'good.txt'), join(dir, 'nope.txt'), '--json']);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`corpus-diff: no such file or directory: ${join(dir, 'nope.txt')}\n`);
  });

  it('a folder of 0 usable files: exit 2, every file listed on stderr', async () => {
    const dir = folder({ 'a.txt': '', 'b.md': '   \n', 'c.jpg': 'x', '.hidden.txt': GOOD });
    const r = await cli([dir]);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `corpus-diff: skipped ${join(dir, 'a.txt')}: empty (file is empty)`,
      `corpus-diff: skipped ${join(dir, 'b.md')}: empty (file has only whitespace)`,
      `corpus-diff: skipped ${join(dir, 'c.jpg')}: unsupported (not an article format (.jpg))`,
      `corpus-diff: no usable article in ${dir} (3 skipped)`,
    ]);
  });

  it('an empty folder: exit 2', async () => {
    const dir = folder({});
    const r = await cli([dir]);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toBe(`corpus-diff: no usable article in ${dir}\n`);
  });

  it('duplicate file stems in different folders get distinct ids, in path order', async () => {
    const dir = folder({ 'monday/story.txt': GOOD, 'tuesday/story.md': GOOD.replace('40', '41'), 'story.txt': GOOD.replace('40', '42') });
    const r = await cli([dir, '--json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.sources.map((s) => [s.id, s.path.slice(dir.length + 1)])).toEqual([
      ['story', 'monday/story.txt'],
      ['story-2', 'story.txt'],
      ['story-3', 'tuesday/story.md'],
    ]);
    // The same file named twice on the command line is read once; the repeat is listed as skipped.
    const twice = JSON.parse((await cli([join(dir, 'story.txt'), join(dir, 'story.txt'), '--json'])).stdout) as Report;
    expect(twice.sources.map((s) => s.id)).toEqual(['story']);
    expect(twice.corpus.skipped).toEqual([{ path: join(dir, 'story.txt'), reason: 'unsupported', message: 'named more than once: read once' }]);
  });
});
