import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../src/clean/clean.js';
import type { Document, MetaItem } from '../../src/types.js';
import { makeDoc } from '../helpers.js';
import { article, BODY, clean, page, TITLE } from './fixtures.js';

const pick = (items: MetaItem[] | undefined, kind: MetaItem['kind']): [string, number | null][] =>
  (items ?? []).filter((m) => m.kind === kind).map((m) => [m.value, m.line]);

describe('metadata items with their lines', () => {
  it('lists the headline, byline names and contributor names with their lines', () => {
    const c = clean(article({ head: ['By Anna Lindqvist and Tom Baker'], tail: ['Maria Ortega and Sam Reyes contributed to this report.'] }));
    expect(pick(c.metadata, 'title')).toEqual([[TITLE, 1]]);
    expect(pick(c.metadata, 'byline')).toEqual([['Anna Lindqvist', 3], ['Tom Baker', 3]]);
    expect(pick(c.metadata, 'contributor')).toEqual([['Maria Ortega', 13], ['Sam Reyes', 13]]);
    // The byline field keeps every name, contributors included, as before.
    expect(c.byline).toEqual(['Anna Lindqvist', 'Tom Baker', 'Maria Ortega', 'Sam Reyes']);
  });

  it('takes the name from a dated "Posted … by" line', () => {
    const c = clean(article({ head: ['Posted on March 4, 2031 by Lena Marsh'] }));
    expect(pick(c.metadata, 'byline')).toEqual([['Lena Marsh', 3]]);
    expect(pick(c.metadata, 'published')).toEqual([['2031-03-04', 3]]);
  });

  it.each([
    ['Peter Example-Pool / Agency via Getty Images', 'Peter Example-Pool / Agency via Getty Images'],
    ['Photo: Jane Roe', 'Jane Roe'],
    ['Image source, Getty Images', 'Getty Images'],
    ['Crews clear the road on Tuesday. (Photo: Jane Roe / AFP)', 'Jane Roe / AFP'],
    ['Crews clear the road near the port, March 3, 2031. REUTERS/Jane Roe', 'REUTERS/Jane Roe'],
  ])('reads the photo credit of %j', (line, credit) => {
    const c = clean(article({ middle: [line] }));
    expect(pick(c.metadata, 'photo-credit')).toEqual([[credit, 7]]);
  });

  it('lists no photo credit for a caption without one', () => {
    const c = clean(article({ middle: ['Image caption, Crews worked through the night to clear the road'] }));
    expect(pick(c.metadata, 'photo-credit')).toEqual([]);
  });

  it('lists every outlet the text names, the dateline agency first', () => {
    const text = page([TITLE, 'SPRINGFIELD (Example Wire) — ' + BODY[0], ...BODY.slice(1), '© 2031 Other Daily. All rights reserved.']);
    const c = clean(text);
    expect(pick(c.metadata, 'outlet')).toEqual([['Example Wire', 3], ['Other Daily', 11]]);
    expect(c.outlet).toBe('Example Wire');
  });

  it('lists the publication date the text states', () => {
    const c = clean(article({ head: ['Published: March 5, 2031 10:31 am EST'] }));
    expect(pick(c.metadata, 'published')).toEqual([['2031-03-05', 3]]);
  });

  it('lists a link the removed furniture names', () => {
    const c = clean(article({ tail: ['Source link https://example.org/news/bus-plan'] }));
    expect(pick(c.metadata, 'url')).toEqual([['https://example.org/news/bus-plan', 11]]);
  });
});

describe('container metadata', () => {
  const meta: Document['meta'] = {
    title: 'A headline the text does not repeat',
    publishedAt: '2031-03-05T08:00:00Z',
    outlet: 'Example Daily',
    url: 'https://example.org/a',
    authors: ['Kim Park'],
  };

  it('is listed first with line null and fills outlet and date when the text gives none', () => {
    const c = cleanCorpus([{ ...makeDoc(page(BODY)), meta }])[0]!;
    expect((c.metadata ?? []).slice(0, 5)).toEqual([
      { kind: 'title', value: meta.title, line: null },
      { kind: 'byline', value: 'Kim Park', line: null },
      { kind: 'outlet', value: 'Example Daily', line: null },
      { kind: 'published', value: '2031-03-05', line: null },
      { kind: 'url', value: 'https://example.org/a', line: null },
    ]);
    expect(c.outlet).toBe('Example Daily');
    expect(c.publishedAt).toEqual({ value: '2031-03-05', line: null });
    expect(c.title).toBeNull();
  });

  it('gives way to what the text states', () => {
    const text = page([TITLE, 'Published: March 4, 2031', 'SPRINGFIELD (Example Wire) — ' + BODY[0], ...BODY.slice(1)]);
    const c = cleanCorpus([{ ...makeDoc(text), meta }])[0]!;
    expect(c.outlet).toBe('Example Wire');
    expect(c.publishedAt).toEqual({ value: '2031-03-04', line: 3 });
  });

  it('puts the line on the container title when the first lines repeat it', () => {
    const text = page(['Menu', TITLE, ...BODY]);
    const c = cleanCorpus([{ ...makeDoc(text), meta: { title: TITLE } }])[0]!;
    expect(c.title).toEqual({ text: TITLE, line: 3 });
    expect(pick(c.metadata, 'title')).toEqual([[TITLE, 3]]);
  });

  it('does not take a repeat of the container title at the end of the story as the headline', () => {
    const text = page([...BODY, ...BODY, ...BODY, ...BODY, TITLE]);
    const c = cleanCorpus([{ ...makeDoc(text), meta: { title: TITLE } }])[0]!;
    expect(c.title).toBeNull();
    expect(pick(c.metadata, 'title')).toEqual([[TITLE, null]]);
  });
});
