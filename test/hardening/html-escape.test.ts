// String-level checks of the HTML report (the browser run is in
// test/render/html.test.ts): article text can land in titles, labels, cells,
// speakers, people, outlets, ids and skipped paths; in each place a payload
// must come out as text, never as a tag, an event handler or a link.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { renderHtml } from '../../src/render/html.js';
import type { Report } from '../../src/types.js';
import { cli } from '../cli/io.js';
import { date, qty, quote, source } from '../compare/sources.js';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const LINK = '<a href="javascript:window.__pwned=3">go</a>';
const ATTR = '" onmouseover="window.__pwned=4" x="';
const SVG = '<svg onload=alert(5)>';
const STYLE = '</style><style>*{background:url(javascript:alert(6))}</style>';
const ALL = [SCRIPT, IMG, LINK, ATTR, SVG, STYLE];
const PAYLOAD = ALL.join(' ');

/** The only elements the renderer writes itself. */
const ELEMENTS = new Set(
  'html head meta title style body header h1 h2 p small span section table thead tbody tr th td ul li code footer svg rect text g line strong em b br div details summary abbr'.split(' '),
);

/** Problems in the markup: unknown elements, event handlers, script URLs, scripts. */
function markupProblems(html: string): string[] {
  const problems: string[] = [];
  // Style content is CSS the renderer wrote; it must not be broken out of.
  const styles = html.match(/<style>[^]*?<\/style>/g) ?? [];
  if (styles.length !== 1) problems.push(`${styles.length} style elements`);
  const body = html.replace(/<style>[^]*?<\/style>/, '<style></style>');
  for (const m of body.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [tag, name, attrs] = m as unknown as [string, string, string];
    if (name.toLowerCase() === 'doctype') continue;
    if (!ELEMENTS.has(name.toLowerCase())) problems.push(`element ${tag}`);
    for (const a of attrs.matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      const [, key, value] = a as unknown as [string, string, string];
      if (/^on/i.test(key)) problems.push(`handler ${key} in ${tag}`);
      if (/^(href|src|xlink:href|action|formaction)$/i.test(key)) problems.push(`link attribute ${key} in ${tag}`);
      if (!/^["']/.test(value)) problems.push(`unquoted attribute ${key} in ${tag}`);
      // A title may say "javascript:" as text; only URL and style values could act on it.
      if (/^style$/i.test(key) && /javascript:|url\(|expression\(/i.test(value)) problems.push(`script URL in ${tag}`);
    }
  }
  if (/<!--|<!\[CDATA\[/.test(body)) problems.push('comment or CDATA');
  return problems;
}

/** A report with the payload in every string an article can fill. */
function hostileReport(): Report {
  const a = source('alpha', [
    qty('n1', 70000, 'troops', ['massed', 'border'], `70,000 troops ${IMG}`),
    date('d1', '2030-03-05', ['call'], `Tuesday ${LINK}`),
    quote('q1', `We stay ${SCRIPT}`, `Ana ${ATTR} Costa`),
  ]);
  const b = source('beta', [
    qty('n1', 94000, 'troops', ['massed', 'border'], `94,000 troops ${SVG}`),
    date('d1', '2030-03-05', ['call'], 'Tuesday'),
    quote('q1', `We stay ${STYLE}`, `Ana ${ATTR} Costa`),
  ]);
  (a.claims[0] as { attributedTo: string | null }).attributedTo = `officials ${IMG}`;
  (a.claims[2] as { speakerText: string | null }).speakerText = `the ${SCRIPT} mayor`;
  a.title = `Title ${PAYLOAD}`;
  a.outlet = `Outlet ${PAYLOAD}`;
  a.byline = [`By ${PAYLOAD}`];
  a.path = `dir/${IMG}.txt`;
  a.people = [{ name: `Ana ${PAYLOAD}`, mentions: [`Ana ${SCRIPT}`, `Costa ${IMG}`], role: `mayor ${LINK}` }];
  b.people = [{ name: `Ana ${PAYLOAD}`, mentions: [`Costa ${ATTR}`], role: null }];
  a.removed = [{ line: 9, text: `Share ${PAYLOAD}`, reason: 'share-widget' }];
  const sources = [a, b];
  const comparison = compare(sources);
  for (const f of comparison.facts) f.label = `${f.label} ${PAYLOAD}`;
  comparison.sameOrigin = [{ sources: ['alpha', 'beta'], similarity: 0.9 }];
  return {
    schemaVersion: 1,
    tool: { name: 'corpus-diff', version: `1.0 ${SCRIPT}` },
    corpus: { inputs: [`in ${IMG}`], files: 3, skipped: [{ path: `x/${PAYLOAD}.txt`, reason: 'binary', message: `bad ${PAYLOAD}` }] },
    sources,
    comparison,
  };
}

describe('HTML report escapes article text wherever it lands', () => {
  const html = renderHtml(hostileReport());

  it('has a strict content security policy and no element, handler or link of the article', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*default-src 'none'/);
    expect(markupProblems(html)).toEqual([]);
  });

  it('shows each payload as text', () => {
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    expect(html).toContain('&lt;a href=&quot;javascript:window.__pwned=3&quot;&gt;go&lt;/a&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;style&gt;');
  });

  it('fact labels: the payload appended to every label never appears raw', () => {
    expect(html.includes(PAYLOAD)).toBe(false);
    expect(html).toContain(`troops`);
  });

  it.each([
    ['title', 'Title &lt;script&gt;'],
    ['figure cell', '70,000 troops &lt;img'],
    ['date cell', 'Tuesday &lt;a href'],
    ['quote cell', 'We stay &lt;script&gt;'],
    ['speaker', 'Ana &quot; onmouseover=&quot;window.__pwned=4&quot; x=&quot; Costa'],
    ['person', 'Ana &lt;script&gt;'],
    ['skipped path', 'x/&lt;script&gt;'],
    ['skipped message', 'bad &lt;script&gt;'],
  ])('%s', (_place, needle) => {
    expect(html).toContain(needle);
  });

  it('catches what it claims to catch', () => {
    expect(markupProblems('<style></style><p>ok</p><img src=x onerror=y>')).toEqual(
      expect.arrayContaining(['element <img src=x onerror=y>', 'handler onerror in <img src=x onerror=y>', 'link attribute src in <img src=x onerror=y>']),
    );
    expect(markupProblems('<style></style><a href="javascript:x">')).toEqual(['element <a href="javascript:x">', 'link attribute href in <a href="javascript:x">']);
    expect(markupProblems('<style></style><td style="background:url(javascript:x)">')).toEqual(['script URL in <td style="background:url(javascript:x)">']);
    expect(markupProblems('<style></style><td title="javascript: as words">')).toEqual([]);
    expect(markupProblems('<style></style><style></style>')).toEqual(['2 style elements']);
  });
});

describe('HTML report of hostile articles through the CLI', () => {
  it('escapes titles, quotes, people and skipped file names from real input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-html-esc-'));
    writeFileSync(
      join(dir, 'story.txt'),
      [
        `Harbour strike ${SCRIPT} closes the port`,
        '',
        `Harbour chief Ana Costa said on Monday that 40 ships ${IMG} were waiting outside the port.`,
        '',
        `“We will reopen the docks ${LINK} soon,” Costa said on Tuesday.`,
        '',
        `Mayor Jon ${ATTR} Berg said 12 bridges would close ${SVG}.`,
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'other.txt'), 'Harbour officials said on Monday that 41 ships were waiting outside the port.\n');
    writeFileSync(join(dir, '<img src=x onerror=alert(1)>.txt'), '');
    const r = await cli([dir, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(markupProblems(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('Harbour strike &lt;script&gt;window.__pwned=1&lt;/script&gt; closes the port');
    expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
  });
});
