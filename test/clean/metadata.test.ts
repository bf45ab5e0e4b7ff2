import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../src/clean/clean.js';
import type { Document } from '../../src/types.js';
import { makeDoc } from '../helpers.js';
import { article, BODY, clean, page, removedByText, TITLE } from './fixtures.js';

describe('bylines', () => {
  it.each([
    ['By Anna Lindqvist and Tom Baker', ['Anna Lindqvist', 'Tom Baker']],
    ['Anna Lindqvist', ['Anna Lindqvist']],
    ['Anna Lindqvist | Example Wire', ['Anna Lindqvist']],
    ['By Ana de la Cruz', ['Ana de la Cruz']],
    ['Analysis | By Tomasz Weller, Economics Editor', ['Tomasz Weller']],
  ])('reads %j near the top', (line, names) => {
    const c = clean(article({ head: [line] }));
    expect(c.byline).toEqual(names);
    expect(removedByText(c).get(line)).toBe('byline');
  });

  it.each(['Local News', 'The White House', 'Monday December', 'Breaking News Update'])('does not read %j as a byline', (line) => {
    expect(clean(article({ head: [line] })).byline).toEqual([]);
  });

  it('does not read a name-shaped crosshead inside the story as a byline', () => {
    const c = clean(article({ middle: ['Funding Questions'] }));
    expect(c.byline).toEqual([]);
    expect(c.removed).toEqual([]);
  });

  it('takes names from contributor credits', () => {
    const c = clean(article({ tail: ['Anna Lindqvist and Tom Baker contributed to this report.'] }));
    expect(c.byline).toEqual(['Anna Lindqvist', 'Tom Baker']);
    const r = clean(article({ tail: ['Reporting by Anna Lindqvist in Oslo; Editing by Tom Baker'] }));
    expect(r.byline).toContain('Tom Baker');
  });

  it('keeps container authors', () => {
    const doc: Document = { ...makeDoc(article()), meta: { authors: ['Kim Park'] } };
    expect(cleanCorpus([doc])[0]!.byline).toEqual(['Kim Park']);
  });
});

describe('outlet', () => {
  it('reads the agency of a dateline', () => {
    const text = page([TITLE, 'SPRINGFIELD (Example Wire) - ' + BODY[0], ...BODY.slice(1)]);
    expect(clean(text).outlet).toBe('Example Wire');
    const glued = page([TITLE, 'Springfield (Wirenews)-The city council voted on Wednesday to expand the bus network.', ...BODY]);
    expect(clean(glued).outlet).toBe('Wirenews');
    const dated = page([TITLE, 'OSLO, March 5 (Example Wire) - ' + BODY[0], ...BODY.slice(1)]);
    expect(clean(dated).outlet).toBe('Example Wire');
  });

  it('reads a copyright notice', () => {
    expect(clean(article({ tail: ['© Example Wire 2024'] })).outlet).toBe('Example Wire');
  });

  it('reads the first publisher of a feed footer', () => {
    expect(clean(article({ tail: ['The post Bus plan approved appeared first on Some Daily.'] })).outlet).toBe('Some Daily');
  });

  it('is null when the text names none, even with a parenthesis in the lead', () => {
    const text = page([TITLE, 'The council (which meets weekly) voted on Wednesday to expand the network, officials said.', ...BODY]);
    expect(clean(text).outlet).toBeNull();
  });
});

describe('publication date', () => {
  it('reads a labelled publication date and removes the line', () => {
    const c = clean(article({ head: ['Published: March 5, 2024 10:31 am EST'] }));
    expect(c.publishedAt).toEqual({ value: '2024-03-05', line: 3 });
    expect(removedByText(c).get('Published: March 5, 2024 10:31 am EST')).toBe('dateline');
  });

  it('reads a bare timestamp line', () => {
    expect(clean(article({ head: ['Tuesday, 5 March 2024'] })).publishedAt?.value).toBe('2024-03-05');
  });

  it('uses an update stamp only when no publication date is given', () => {
    expect(clean(article({ head: ['Updated 2024-03-06 09:00 GMT'] })).publishedAt?.value).toBe('2024-03-06');
    const both = clean(article({ head: ['Updated 2024-03-06 09:00 GMT', 'Published March 5, 2024'] }));
    expect(both.publishedAt?.value).toBe('2024-03-05');
  });

  it('does not take a date inside the story', () => {
    const c = clean(article({ middle: ['The new routes will open on April 1, 2024, the operator said in a statement.'] }));
    expect(c.publishedAt).toBeNull();
  });

  it('uses the container date', () => {
    const doc: Document = { ...makeDoc(article()), meta: { publishedAt: '2024-03-05T08:00:00Z' } };
    expect(cleanCorpus([doc])[0]!.publishedAt).toEqual({ value: '2024-03-05', line: null });
  });
});
