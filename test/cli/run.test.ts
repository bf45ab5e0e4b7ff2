import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/exit-codes.js';
import type { Report } from '../../src/types.js';
import { splitLines } from '../../src/util/lines.js';
import { cli } from './io.js';

const SEEDS = 'fixtures/seeds';
let report: Report;
let jsonOut: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  jsonOut = await cli([SEEDS, '--format', 'json']);
  report = JSON.parse(jsonOut.stdout) as Report;
});

describe('corpus-diff --format json', () => {
  it('prints only the report on stdout, and it validates against the schema', () => {
    expect(jsonOut.code).toBe(EXIT_OK);
    const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object;
    const ajv = new Ajv.default({ allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(report.sources).toHaveLength(5);
    expect(report.corpus.files).toBe(5);
  });

  it('gives every claim text that equals the file at its offset, with matching line and column', () => {
    let checked = 0;
    for (const source of report.sources) {
      const text = readFileSync(source.path, 'utf8');
      const lines = splitLines(text);
      for (const claim of source.claims) {
        expect(text.slice(claim.offset, claim.offset + claim.text.length)).toBe(claim.text);
        const line = lines[claim.line - 1]!;
        expect(line.start + claim.column - 1).toBe(claim.offset);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('finds claims of every kind and facts across sources', () => {
    const kinds = new Set(report.sources.flatMap((s) => s.claims.map((c) => c.kind)));
    expect([...kinds].sort()).toEqual(['date', 'quantity', 'quote']);
    expect(report.comparison.facts.some((f) => f.status === 'agree')).toBe(true);
  });

  it('--json is the same as --format json', async () => {
    const r = await cli([SEEDS, '--json']);
    expect(r.stdout).toBe(jsonOut.stdout);
  });
});

describe('other formats', () => {
  it('ndjson: one line per source, then the comparison', async () => {
    const r = await cli([SEEDS, '--format', 'ndjson']);
    const types = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types).toEqual(['source', 'source', 'source', 'source', 'source', 'comparison']);
  });

  it('markdown: tables with a column per source', async () => {
    const r = await cli([SEEDS, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^\| Fact \| `000_29eef3dc` \| `001_9e92e5e2` \| `002_6ab8abe3` \| `003_bbe2f984`|^\| Fact \|/m);
    expect(r.stdout).toContain('## Figures');
  });

  it('text: no colour when stdout is not a TTY, colour with FORCE_COLOR, none with NO_COLOR', async () => {
    expect((await cli([SEEDS])).stdout).not.toMatch(/\u001b\[/);
    expect((await cli([SEEDS], { FORCE_COLOR: '1' })).stdout).toMatch(/\u001b\[/);
    expect((await cli([SEEDS], { NO_COLOR: '1' }, true)).stdout).not.toMatch(/\u001b\[/);
    expect((await cli([SEEDS], {}, true)).stdout).toMatch(/\u001b\[/);
  });

  it('-o writes the output to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cd-out-')), 'r.json');
    const r = await cli([SEEDS, '--json', '-o', out]);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as Report).schemaVersion).toBe(1);
  });
});

describe('clean', () => {
  it('prints the cleaned body, and with --explain every removed line with its number and reason', async () => {
    const file = join(SEEDS, '000_29eef3dcc8056f18.txt');
    const plain = await cli(['clean', file]);
    expect(plain.code).toBe(EXIT_OK);
    expect(plain.stdout).not.toContain('Please enter your comment!');
    const explained = await cli(['clean', '--explain', file]);
    expect(explained.stdout).toMatch(/L48 +comment-prompt +Please enter your comment!/);
    expect(explained.stdout).toMatch(/-- per rule: .*comment-prompt 2/);
  });
});

describe('errors', () => {
  it.each([
    [['--frobnicate', SEEDS], /unknown option '--frobnicate'/],
    [['/no/such/folder'], /no such file or directory: \/no\/such\/folder/],
    [[SEEDS, '--format', 'yaml'], /argument 'yaml' is invalid/],
    [[SEEDS, '--reference-date', '2021-02-30'], /YYYY-MM-DD/],
    [[], /no input/],
    [[SEEDS, '--only', 'figures,gossip'], /expected some of conflicts, figures/],
  ])('%j → one line on stderr, exit 2', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a folder with no usable file is an input error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-empty-'));
    writeFileSync(join(dir, 'a.txt'), '');
    const r = await cli([dir]);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/no usable article/);
  });

  it('a binary file is listed as skipped and the others are still compared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-mixed-'));
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(SEEDS, '002_6ab8abe3402cda41.txt')));
    writeFileSync(join(dir, 'b.txt'), readFileSync(join(SEEDS, '003_bbe2f9fbb2847205.txt')));
    writeFileSync(join(dir, 'c.dat'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
    const r = await cli([dir, '--json']);
    expect(r.code).toBe(EXIT_OK);
    const rep = JSON.parse(r.stdout) as Report;
    expect(rep.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(rep.corpus.skipped).toEqual([{ path: join(dir, 'c.dat'), reason: 'binary', message: expect.any(String) }]);
    expect(rep.corpus.files).toBe(3);
  });

  it('--help and --version exit 0', async () => {
    expect((await cli(['--help'])).code).toBe(EXIT_OK);
    const v = await cli(['--version']);
    expect(v.code).toBe(EXIT_OK);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('check', () => {
  it('exits 1 with findings, 0 with --no-exit-code, 0 when clean', async () => {
    const all = await cli(['check', SEEDS, '--fail-on', 'conflict']);
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/conflict: /);
    expect((await cli(['check', SEEDS, '--fail-on', 'conflict', '--no-exit-code'])).code).toBe(EXIT_OK);
    expect((await cli(['check', SEEDS, '--fail-on', 'no-claims'])).code).toBe(EXIT_OK);
  });

  it('writes a baseline, then reports no new conflict against it', async () => {
    const baseline = join(mkdtempSync(join(tmpdir(), 'cd-base-')), 'baseline.json');
    const first = await cli(['check', SEEDS, '--write-baseline', baseline, '--fail-on', 'new-conflict', '--format', 'json']);
    expect((JSON.parse(first.stdout) as { count: number }).count).toBe(0);
    expect((JSON.parse(readFileSync(baseline, 'utf8')) as Report).schemaVersion).toBe(1);
    const second = await cli(['check', SEEDS, '--baseline', baseline, '--fail-on', 'new-conflict']);
    expect(second.code).toBe(EXIT_OK);
    expect(second.stdout).toBe('no findings\n');
  });

  it('a conflict missing from the baseline is new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-base2-'));
    const baseline = join(dir, 'b.json');
    await cli([join(SEEDS, '000_29eef3dcc8056f18.txt'), '--json', '-o', baseline]);
    const r = await cli(['check', SEEDS, '--baseline', baseline, '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=fixtures\/seeds\/.*title=corpus-diff new-conflict::new conflict: /m);
  });

  it('rejects an unknown rule and a baseline that is not a report', async () => {
    const bad = await cli(['check', SEEDS, '--fail-on', 'conflict,typo']);
    expect(bad.code).toBe(EXIT_USAGE);
    expect(bad.stderr).toMatch(/unknown rule typo/);
    const file = join(mkdtempSync(join(tmpdir(), 'cd-base3-')), 'x.json');
    writeFileSync(file, '{"hello": 1}');
    const r = await cli(['check', SEEDS, '--baseline', file]);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/not a corpus-diff JSON report/);
  });
});
