import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../src/clean/clean.js';
import type { Document } from '../../src/types.js';
import { makeDoc } from '../helpers.js';
import { BODY, clean, page, TITLE } from './fixtures.js';

describe('title detection', () => {
  it('finds the headline below navigation and removes what is above it', () => {
    const text = ['xq1', 'Skip to content', '', TITLE, '', ...BODY.flatMap((b) => [b, ''])].join('\n').trimEnd();
    const c = clean(text);
    expect(c.title).toEqual({ text: TITLE, line: 4 });
    expect(c.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, 'navigation'],
      [2, 'navigation'],
    ]);
    // The headline is metadata: neither removed nor part of the body.
    expect(c.paragraphs.some((p) => p.text.includes(TITLE))).toBe(false);
  });

  it('takes the first line as headline when nothing comes before it', () => {
    const c = clean(page([TITLE, ...BODY]));
    expect(c.title).toEqual({ text: TITLE, line: 1 });
    expect(c.removed).toEqual([]);
    expect(c.paragraphs).toHaveLength(BODY.length);
  });

  it('finds no headline when the text opens with the story', () => {
    const c = clean(page(BODY));
    expect(c.title).toBeNull();
    expect(c.paragraphs).toHaveLength(BODY.length);
  });

  it('does not take a short opening sentence as the headline', () => {
    const c = clean(page(['Officials confirmed the deal on Monday after long talks.', ...BODY]));
    expect(c.title).toBeNull();
    expect(c.paragraphs).toHaveLength(BODY.length + 1);
  });

  it('uses the container headline when the text repeats it', () => {
    const doc: Document = { ...makeDoc(page(['Menu', 'Local news', TITLE, ...BODY])), meta: { title: TITLE } };
    const [c] = cleanCorpus([doc]);
    expect(c!.title?.line).toBe(5);
  });

  it('guesses no headline from the text when the container gives one the text lacks', () => {
    const doc: Document = { ...makeDoc(page(['Short opening line here', ...BODY])), meta: { title: TITLE } };
    const [c] = cleanCorpus([doc]);
    expect(c!.title).toBeNull();
    expect(c!.paragraphs[0]!.text).toBe('Short opening line here');
  });

  it('removes a repeat of the headline after the story', () => {
    const c = clean(page([TITLE, ...BODY, TITLE]));
    expect(c.removed).toEqual([{ line: 11, text: TITLE, reason: 'repeated-title', evidence: 'matches the title on line 1' }]);
  });
});

describe('title detection past page chrome', () => {
  it('skips a breadcrumb, a byline and a timestamp above the headline', () => {
    const c = clean(page(['Home » Local » Transport', 'By Anna Lindqvist', 'March 5, 2024', TITLE, ...BODY]));
    expect(c.title).toEqual({ text: TITLE, line: 7 });
    expect(c.removed.map((r) => r.reason)).toEqual(['navigation', 'byline', 'dateline']);
    expect(c.byline).toEqual(['Anna Lindqvist']);
  });
});
