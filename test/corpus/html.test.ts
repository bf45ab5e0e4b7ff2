import { describe, expect, it } from 'vitest';
import { parseHtml, placeTitle, withoutSiteName } from '../../src/corpus/formats/html.js';
import { stripTags } from '../../src/corpus/formats/html-fallback.js';

function page(body: string, head = ''): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

function textOf(html: string): string {
  const r = parseHtml(html);
  if (!r.ok) throw new Error(r.message);
  return r.text;
}

describe('parseHtml: the text of the page', () => {
  it.each([
    ['paragraphs become blank-line-separated blocks', '<p>First one.</p><p>Second one.</p>', 'First one.\n\nSecond one.'],
    ['inline elements join with the spaces the markup has', '<p>The <b>mayor</b> said <a href="#">on   Monday</a>.</p>', 'The mayor said on Monday.'],
    ['adjacent inline elements are not split', '<p>re<i>open</i>ed</p>', 'reopened'],
    ['newlines inside a paragraph are spaces', '<p>A long\n   wrapped\tline.</p>', 'A long wrapped line.'],
    ['a br ends a line, two end a paragraph', '<p>One<br>Two<br><br>Three</p>', 'One\nTwo\n\nThree'],
    ['list items are their own blocks', '<ul><li>Home</li><li>World news</li></ul>', 'Home\n\nWorld news'],
    ['headings, blockquotes and figcaptions are blocks', '<h2>Sub</h2><blockquote>Said.</blockquote><figure><figcaption>Cap</figcaption></figure>', 'Sub\n\nSaid.\n\nCap'],
    ['table rows are lines, cells words apart', '<table><tr><td>Town</td><td>12</td></tr><tr><td>City</td><td>40</td></tr></table>', 'Town 12\nCity 40'],
    ['pre keeps its line breaks', '<pre>line one\nline two</pre>', 'line one\nline two'],
    ['entities are decoded', '<p>&ldquo;Yes,&rdquo; she said &amp; left &#8212; at 5&nbsp;pm&hellip;</p>', '“Yes,” she said & left — at 5 pm…'],
    ['an hr separates blocks', 'Before<hr>After', 'Before\n\nAfter'],
  ])('%s', (_name, body, expected) => {
    expect(textOf(page(body))).toBe(expected);
  });

  it.each([
    ['script', '<script>var secret = "tracker";</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript><p>Please enable JavaScript</p></noscript>'],
    ['template', '<template><p>Later content</p></template>'],
    ['svg', '<svg><title>Share icon</title><text>Icon</text></svg>'],
    ['iframe', '<iframe src="x">Fallback frame</iframe>'],
    ['hidden attribute', '<p hidden>Never shown</p>'],
    ['display:none', '<div style="color: red; display: none">Never shown</div>'],
    ['select options', '<select><option>Choose an edition</option></select>'],
  ])('drops %s content, which a reader never sees', (_name, junk) => {
    expect(textOf(page(`<p>Kept text.</p>${junk}<p>More kept.</p>`))).toBe('Kept text.\n\nMore kept.');
  });

  it('keeps page furniture (nav, footer, share lines) for the clean stage to judge', () => {
    const text = textOf(page('<nav><a href="/">Home</a></nav><p>Story line.</p><div class="share">Share on Facebook</div><footer>© 2024 Paper</footer>'));
    expect(text).toBe('Home\n\nStory line.\n\nShare on Facebook\n\n© 2024 Paper');
  });

  it('drops head content from the text', () => {
    expect(textOf(page('<p>Body.</p>', '<title>Site title</title><meta name="description" content="Desc">'))).toBe('Site title\n\nBody.');
  });

  it('survives nesting deeper than the parser can take, by stripping tags', () => {
    const n = 30_000;
    const html = `<html><body><script>no()</script>${'<div>'.repeat(n)}Deep &amp; buried text.${'</div>'.repeat(n)}<p>After.</p></body></html>`;
    const r = parseHtml(html);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe('Deep & buried text.\n\nAfter.');
    expect(r.warnings[0]).toMatch(/too deeply nested/);
  });

  it('walks a deep but parseable page without recursion trouble', () => {
    const n = 1500;
    expect(textOf(page(`${'<span>'.repeat(n)}inner words${'</span>'.repeat(n)}`))).toBe('inner words');
  });

  it('refuses a page with no visible text', () => {
    expect(parseHtml(page('<script>x()</script>'))).toEqual({ ok: false, message: 'page has no visible text' });
  });
});

describe('parseHtml: container metadata', () => {
  const meta = (head: string, body = '<h1>Dam plan wins final vote in assembly</h1><p>Text.</p>') => {
    const r = parseHtml(page(body, head));
    if (!r.ok) throw new Error(r.message);
    return r.meta;
  };

  it('reads Open Graph, article and author tags and the canonical link', () => {
    expect(
      meta(
        '<meta property="og:title" content="Dam plan wins final vote in assembly">' +
          '<meta property="og:site_name" content="Hill Courier">' +
          '<meta property="article:published_time" content="2024-02-29T23:10:00-05:00">' +
          '<meta name="author" content="Lea Moreau">' +
          '<meta property="og:url" content="https://hill.example/og">' +
          '<link rel="canonical" href="https://hill.example/canonical">',
      ),
    ).toEqual({
      title: 'Dam plan wins final vote in assembly',
      publishedAt: '2024-02-29',
      outlet: 'Hill Courier',
      url: 'https://hill.example/canonical',
      authors: ['Lea Moreau'],
    });
  });

  it.each([
    ['meta name=date', '<meta name="date" content="2020-06-01">', '', '2020-06-01'],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2020-06-02T10:00:00Z">', '', '2020-06-02'],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2020-06-03">', '', '2020-06-03'],
    ['<time datetime>', '', '<time datetime="2020-06-04T09:00">June 4</time>', '2020-06-04'],
    ['JSON-LD', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-06-05"}]}</script>', '', '2020-06-05'],
  ])('publishedAt from %s', (_name, head, body, expected) => {
    expect(meta(head, `${body}<p>Text.</p>`).publishedAt).toBe(expected);
  });

  it('prefers a meta tag over a <time> element elsewhere on the page', () => {
    expect(meta('<meta property="article:published_time" content="2021-01-10">', '<time datetime="2019-03-03">old</time><p>T.</p>').publishedAt).toBe('2021-01-10');
  });

  it('reads outlet from application-name and authors from article:author, skipping profile URLs', () => {
    const m = meta(
      '<meta name="application-name" content="Delta Daily"><meta property="article:author" content="https://social.example/leamoreau">' +
        '<meta property="article:author" content="Sam Hart">',
    );
    expect(m.outlet).toBe('Delta Daily');
    expect(m.authors).toEqual(['Sam Hart']);
  });

  it('takes JSON-LD author and publisher when no tag names them', () => {
    const ld = '{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Ida Berg"},"Noor Aziz"],"publisher":{"@type":"Organization","name":"Fjord Post"}}';
    expect(meta(`<script type="application/ld+json">${ld}</script>`)).toMatchObject({ outlet: 'Fjord Post', authors: ['Ida Berg', 'Noor Aziz'] });
  });

  it('ignores broken JSON-LD and JSON-LD that is not an article', () => {
    expect(meta('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>').publishedAt).toBeUndefined();
    expect(meta('<script type="application/ld+json">{"@type":"Organization","name":"Not An Outlet"}</script>').outlet).toBeUndefined();
  });

  it('warns about a date it cannot read instead of guessing', () => {
    const r = parseHtml(page('<p>T.</p>', '<meta name="date" content="last Tuesday">'));
    expect(r.ok && r.meta.publishedAt).toBeFalsy();
    expect(r.ok && r.warnings[0]).toMatch(/unrecognised date/);
  });

  it('matches a "Headline | Site" title to the headline line of the page', () => {
    const r = parseHtml(page('<h1>Dam plan wins final vote in assembly</h1><p>Body.</p>', '<title>Dam plan wins final vote in assembly | Hill Courier</title>'));
    expect(r.ok && r.meta.title).toBe('Dam plan wins final vote in assembly');
  });

  it('uses the h1 when the social title differs from the headline shown', () => {
    const r = parseHtml(page('<h1>Assembly backs dam plan after long night</h1><p>Body.</p>', '<meta property="og:title" content="You will not believe this vote">'));
    expect(r.ok && r.meta.title).toBe('Assembly backs dam plan after long night');
  });

  it('puts the title on line 1 when the page body never shows it', () => {
    const r = parseHtml(page('<p>The assembly voted late on Monday.</p>', '<title>Dam plan wins vote - Hill Courier</title><meta property="og:site_name" content="Hill Courier">'));
    expect(r.ok && r.text).toBe('Dam plan wins vote\n\nThe assembly voted late on Monday.');
    expect(r.ok && r.meta.title).toBe('Dam plan wins vote');
  });

  it('gives no title when the page states none', () => {
    const r = parseHtml(page('<p>Just a paragraph.</p>'));
    expect(r.ok && r.meta).toEqual({});
  });
});

describe('withoutSiteName / placeTitle', () => {
  it.each([
    ['Flood waters recede in the valley | Valley Times', undefined, 'Flood waters recede in the valley'],
    ['Valley Times - Flood waters recede', 'Valley Times', 'Flood waters recede'],
    ['Flood waters recede – Valley Times', 'Valley Times', 'Flood waters recede'],
    // Near-misses: a dash inside the headline, or a long last part, is kept.
    ['Flood - what we know', undefined, 'Flood - what we know'],
    ['Floods recede | Officials warn of new storms next week across region', undefined, 'Floods recede | Officials warn of new storms next week across region'],
    ['No separator at all', undefined, 'No separator at all'],
  ])('%s', (title, outlet, expected) => {
    expect(withoutSiteName(title, outlet)).toBe(expected);
  });

  it('returns the exact line the text holds, whatever its punctuation', () => {
    expect(placeTitle('Menu\n\nStorm hits coast: 3 dead\n\nBody.', ['Storm hits coast - 3 dead'], [], undefined)).toEqual({
      title: 'Storm hits coast: 3 dead',
      text: 'Menu\n\nStorm hits coast: 3 dead\n\nBody.',
    });
  });
});

describe('stripTags (fallback for pages the parser cannot take)', () => {
  it.each([
    ['blocks and br', '<div>One<br>two</div><p>Three &amp; &#x2014; &eacute;</p>', 'One\ntwo\n\nThree & — é'],
    ['comments and invisible elements', 'A<!-- note --><script type="x">s()</script><STYLE>p{}</STYLE>B', 'A B'],
    ['an unclosed script hides the rest', '<p>Seen</p><script>never closed <p>Unseen</p>', 'Seen'],
    ['an unknown entity stays as written', '<p>&bogus; &#0;</p>', '&bogus; &#0;'],
  ])('%s', (_name, html, expected) => {
    expect(stripTags(html)).toBe(expected);
  });

  it('stays linear on hostile input (many unclosed openings)', () => {
    const t = Date.now();
    stripTags('<!--'.repeat(50_000) + '<script'.repeat(50_000) + '<'.repeat(200_000));
    stripTags('<div '.repeat(100_000));
    expect(Date.now() - t).toBeLessThan(2000);
  });
});

describe('parseHtml on a large page', () => {
  it('extracts a 1 MB page in reasonable time', () => {
    const para = '<p>The committee met on <b>Thursday</b> and approved the plan, officials said.</p>\n';
    const html = page('<div>' + para.repeat(Math.ceil(1_000_000 / para.length)) + '</div>');
    const t = Date.now();
    const r = parseHtml(html);
    expect(r.ok && r.text.startsWith('The committee met on Thursday and approved the plan, officials said.\n\n')).toBe(true);
    expect(Date.now() - t).toBeLessThan(15_000);
  });
});
