// Article text (and file names) must never act on the user's terminal: the
// text, markdown, clean and check outputs are checked byte by byte for
// escape sequences, C0/C1 controls and bidi overrides, and the words around
// them must still be there.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/exit-codes.js';
import { safeStem } from '../../src/corpus/load.js';
import { renderText } from '../../src/render/text.js';
import type { Report } from '../../src/types.js';
import { cli } from '../cli/io.js';
import { sampleReport } from '../render/report.js';

const ESC = '\u001b';
const HOSTILE = [
  `Harbour strike${ESC}[2J${ESC}[31m closes the port${ESC}[0m`,
  '',
  `Harbour chief Ana Lima said on Monday that 40 ships${ESC}]8;;http://evil.test/x${ESC}\\ were waiting${ESC}]8;;${ESC}\\ outside the port.`,
  '',
  `“We will reopen${ESC}]52;c;ZXZpbA==\u0007 the docks soon,” Lima said\b\b\b\b on Tuesday.`,
  '',
  `The council said\u009b31m that 12 bridges\u202e would close\u202c in May.\u0085 Officials${ESC}P1$r${ESC}\\ added that 300 workers\u0007 were sent\u2066 north\u2069.`,
  '',
  `A title change${ESC}]0;pwned\u0007 and a cursor move${ESC}[10;10H and${ESC}c a reset came last\u200f.\u009d8;;x\u009c\u061c`,
  '',
].join('\n');

const FRIENDLY = [
  'Harbour strike closes the port',
  '',
  'Harbour officials said on Monday that 40 ships were waiting outside the port.',
  '',
  '“We will reopen the docks soon,” the harbour chief said on Tuesday.',
  '',
].join('\n');

/** Every control and format character a terminal could act on, except the line feed. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function unsafeAt(out: string): string | null {
  const m = UNSAFE.exec(out);
  if (!m) return null;
  const code = m[0].codePointAt(0)!.toString(16).padStart(4, '0');
  return `U+${code} at ${m.index}: ${JSON.stringify(out.slice(Math.max(0, m.index - 30), m.index + 30))}`;
}

const dir = mkdtempSync(join(tmpdir(), 'cd-term-'));
const hostile = join(dir, `evil${ESC}]8;;x${ESC}\\name${ESC}[2J.txt`);
writeFileSync(hostile, HOSTILE);
writeFileSync(join(dir, 'friendly.txt'), FRIENDLY);
// An unusable file whose name is hostile: its skipped line shows the path.
writeFileSync(join(dir, `empty${ESC}[31m\u009b2J.txt`), '');

describe('no escape sequence or control character from an article reaches the terminal', () => {
  it.each<[string, string[], number]>([
    ['text', [], EXIT_OK],
    ['text, side by side with colour forced', ['--color', '--width', '200', '--provenance'], EXIT_OK],
    ['text, narrow (stacked blocks)', ['--width', '40'], EXIT_OK],
    ['markdown', ['--format', 'markdown'], EXIT_OK],
    ['clean', ['clean'], EXIT_OK],
    ['clean --explain', ['clean', '--explain'], EXIT_OK],
    ['check (text)', ['check', '--fail-on', 'all'], -1],
  ])('%s', async (_name, args, code) => {
    const sub = args[0] === 'clean' || args[0] === 'check' ? [args[0], dir, ...args.slice(1)] : [dir, ...args];
    const r = await cli(sub, {}, false);
    if (code >= 0) expect(r.code).toBe(code);
    else expect([0, 1]).toContain(r.code);
    // Colour codes of our own are allowed when forced; strip exactly those (SGR) first.
    const stdout = args.includes('--color') ? r.stdout.replace(/\u001b\[[0-9;]*m/g, '') : r.stdout;
    expect(unsafeAt(stdout), 'stdout').toBeNull();
    expect(unsafeAt(r.stderr), 'stderr').toBeNull();
    expect(stdout.length).toBeGreaterThan(0);
  });

  it('--color adds only SGR colour sequences of its own', async () => {
    const r = await cli([dir, '--color', '--width', '200']);
    const sequences = new Set(r.stdout.match(/\u001b[^m]{0,12}m?/g) ?? []);
    for (const s of sequences) expect(s).toMatch(/^\u001b\[[0-9;]*m$/);
  });

  it('keeps the visible words around the removed sequences', async () => {
    const clean = (await cli(['clean', dir])).stdout;
    expect(clean).toContain('40 ships were waiting outside the port.');
    expect(clean).toContain('“We will reopen the docks soon,” Lima said on Tuesday.');
    expect(clean).toContain('12 bridges would close in May.');
    expect(clean).toContain('a reset came last.');
    const text = (await cli([dir, '--width', '240'])).stdout;
    expect(text).toContain('40 ships');
    expect(text).toContain('We will reopen the docks soon');
    expect(text).toMatch(/evil/);
  });

  it('a file name with escapes is shown without them in messages on stderr', async () => {
    const r = await cli([join(dir, `empty${ESC}[31m\u009b2J.txt`)]);
    expect(r.code).toBe(EXIT_USAGE);
    expect(unsafeAt(r.stderr)).toBeNull();
    expect(r.stderr).toMatch(/skipped .*empty.*: empty \(file is empty\)/);
  });

  it('an article with a UTF-8 BOM and CRLF line ends prints no carriage return', async () => {
    const d = mkdtempSync(join(tmpdir(), 'cd-term-crlf-'));
    writeFileSync(join(d, 'crlf.txt'), `\ufeff${FRIENDLY.replace(/\n/g, '\r\n')}`);
    for (const args of [[d], ['clean', d], [d, '--format', 'markdown']]) {
      const r = await cli(args);
      expect(unsafeAt(r.stdout), args.join(' ')).toBeNull();
    }
  });
});

describe('source ids made from hostile file names', () => {
  it('the loader strips control, escape and bidi characters from the stem', () => {
    expect(safeStem(`evil${ESC}]8;;x${ESC}\\name${ESC}[2J`)).toBe('evil]8;;x\\name[2J');
    expect(safeStem('a\u202eb\u009bc\u0007d')).toBe('abcd');
    expect(safeStem(`${ESC}\u0007`)).toBe('file');
    expect(safeStem('plain_story-1')).toBe('plain_story-1');
  });

  it('a hostile file name gives a printable id in the JSON report', async () => {
    const r = await cli([dir, '--json']);
    const ids = (JSON.parse(r.stdout) as Report).sources.map((s) => s.id);
    expect(ids).toEqual(['evil]8;;x\\name[2J', 'friendly']);
  });

  // BUG (render, suspected src/render/view.ts: `short: shorts[i]` and the
  // same-origin names are not passed through oneLine): a Report whose source
  // id holds an escape sequence (a report built by another tool, or a
  // `--baseline`) prints it raw in the text table header. The loader now
  // keeps ids printable, so only hand-made reports hit this. Remove .fails
  // when view.ts sanitizes ids.
  it('renderText sanitizes source ids it did not make', () => {
    const report = sampleReport();
    const hostileId = `x${ESC}]52;c;ZXZpbA==\u0007y`;
    for (const s of report.sources) if (s.id === 'beta_0002') s.id = hostileId;
    for (const f of report.comparison.facts) {
      if (f.claims.beta_0002) {
        f.claims[hostileId] = f.claims.beta_0002;
        delete f.claims.beta_0002;
      }
    }
    expect(unsafeAt(renderText(report, { width: 200 }))).toBeNull();
  });
});
