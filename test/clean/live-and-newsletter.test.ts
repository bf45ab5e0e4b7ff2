import { describe, expect, it } from 'vitest';
import { BODY, TITLE, article, clean, keptText, page, removedByText } from './fixtures.js';

// Newsletter boxes, browser notices, live-blog furniture and translation notes:
// [line, reason] that must go when they sit inside or after the story.
const mustGo: [string, string][] = [
  ['Sign up for The Example Evening Briefing', 'promo'],
  ["Sign up for the Courier's Morning Digest", 'promo'],
  ['Sign up to Morning Edition, our free daily newsletter – every weekday at 7am CET', 'promo'],
  ['Subscribe to our weekly roundup of city news', 'promo'],
  ['Privacy Notice: Newsletters may contain information about charities and online ads.', 'promo'],
  ['after newsletter promotion', 'promo'],
  ['skip past newsletter promotion', 'promo'],
  ['Please turn on JavaScript to use this feature', 'promo'],
  ['Enable JavaScript to view this content', 'promo'],
  ['Show key events only', 'navigation'],
  ['Hide all updates', 'navigation'],
  ['22:52 BST', 'dateline'],
  ['9:05 pm CET', 'dateline'],
  ['14:30 GMT+1', 'dateline'],
  ['7.15am', 'dateline'],
  ['Translated automatically from Finnish', 'language-toggle'],
  ['Machine translated from Norwegian', 'language-toggle'],
  ['This article was automatically translated from Polish.', 'language-toggle'],
];

// Story lines that start like that furniture: they must stay in the middle of the story.
const mustStay: string[] = [
  'Sign up for the briefing, officials urged voters on Friday.',
  'Subscribe to the digest and you will hear about every vote, the clerk told residents.',
  'Privacy notice rules were tightened last year, the regulator said.',
  'Please turn on the lights in the hall, the caretaker was told.',
  'Show the key events of the night to the committee, the chairman said.',
  'The 22:52 train was cancelled after the storm, the operator said.',
  'Translated into six languages, the report reached readers across the region.',
  'Machine translation errors have embarrassed the ministry before.',
];

describe('newsletter, notice, live-blog and translation lines', () => {
  it.each(mustGo)('removes "%s" as %s', (line, reason) => {
    const c = clean(article({ middle: [line] }));
    expect(removedByText(c).get(line)).toBe(reason);
    expect(keptText(c)).not.toContain(line);
  });

  it.each(mustStay)('keeps "%s"', (line) => {
    const c = clean(article({ middle: [line] }));
    expect(removedByText(c).has(line)).toBe(false);
    expect(keptText(c)).toContain(line);
  });
});

describe('timestamp lines at the top', () => {
  it.each([
    ['March 4, 2031 6:12 AM GMT+2 Updated 2 hours ago', '2031-03-04'],
    ['04.03.2031 08:15 | Author: Example Agency, red.', '2031-03-04'],
    ['04.03.2031 | Source: Example Agency', '2031-03-04'],
    ['March 4, 2031 Updated just now', '2031-03-04'],
  ])('"%s" is the page date', (line, date) => {
    const c = clean(article({ head: [line] }));
    expect(removedByText(c).get(line)).toBe('dateline');
    expect(c.publishedAt?.value).toBe(date);
  });

  it.each([
    // Free text after the bar is not a byline label: not a bare timestamp.
    '04.03.2031 08:15 | Council approves the bus plan after a long debate',
    // A version-like figure is not a dotted date.
    'Version 1.2.2031 of the timetable is out',
  ])('"%s" is not a timestamp line', (line) => {
    const c = clean(article({ head: [line] }));
    expect(removedByText(c).get(line)).not.toBe('dateline');
    expect(c.publishedAt).toBeNull();
  });
});

describe('live-blog entries and embedded posts', () => {
  it('keeps an embedded post and its entry headline, drops the entry time stamps', () => {
    const post = '"Thank you, voters. Tonight the city chose the buses. Now the work begins." — Jane Roe (@janeroe) March 3, 2031';
    const text = page([TITLE, BODY[0]!, '21:31 BST', 'Her first words on social media', post, '20:48 BST', BODY[1]!, BODY[2]!, BODY[3]!]);
    const c = clean(text);
    const removed = removedByText(c);
    expect(removed.get('21:31 BST')).toBe('dateline');
    expect(removed.get('20:48 BST')).toBe('dateline');
    expect(keptText(c)).toEqual(expect.arrayContaining([post, 'Her first words on social media']));
  });

  it('a dated embedded post before a short title-case line is not a photo caption', () => {
    const post = '"We will not let this seat be taken from us." — John Doe (@johndoe_mp) March 3, 2031';
    const c = clean(page([TITLE, BODY[0]!, BODY[1]!, post, 'Polls Close In The North', BODY[2]!, BODY[3]!]));
    expect(removedByText(c).has(post)).toBe(false);
    expect(keptText(c)).toContain(post);
  });

  it('still takes a dated caption before its credit', () => {
    const caption = 'Jane Roe greets supporters at the depot, March 3, 2031.';
    const c = clean(page([TITLE, BODY[0]!, BODY[1]!, caption, 'Example Agency', BODY[2]!, BODY[3]!]));
    expect(removedByText(c).get(caption)).toBe('photo-caption');
  });
});

describe('summary lists and teaser questions', () => {
  it('keeps a "Key points" list above the story', () => {
    const list = ['Key points', '• The council approves forty new bus routes', '• Fares will stay frozen until the end of next year', '• Opponents say the northern districts gain most'];
    const c = clean(article({ head: list }));
    expect(keptText(c)).toEqual(expect.arrayContaining(list));
  });

  it('a bullet before a picture caption is a list item, not the picture title', () => {
    const bullet = '• Fares will stay frozen until the end of next year';
    const caption = 'Crews clear the road near the port, March 3, 2031. REUTERS/Jane Roe';
    const c = clean(article({ middle: [bullet, caption] }));
    expect(removedByText(c).get(caption)).toBe('photo-caption');
    expect(keptText(c)).toContain(bullet);
  });

  it('a short question in a related block is a teaser', () => {
    const c = clean(article({ tail: ['RELATED COVERAGE', 'Council backs the bus plan after a long night', 'Who is Jane Roe?'] }));
    expect(removedByText(c).get('Who is Jane Roe?')).toBe('navigation');
  });

  it('a question inside the story stays', () => {
    const c = clean(article({ middle: ['Who pays for it?'] }));
    expect(keptText(c)).toContain('Who pays for it?');
  });
});
