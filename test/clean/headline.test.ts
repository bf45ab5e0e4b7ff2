// Headlines below site names, breadcrumbs, section labels and banners: the
// page templates where line 1 is not the headline.
import { describe, expect, it } from 'vitest';
import { breadcrumbShaped } from '../../src/clean/title.js';
import { BODY, clean, keptText, page, TITLE } from './fixtures.js';

const BYLINE = 'By Marta Lindgren';

describe('headline below page chrome', () => {
  // [case, lines before the headline, lines after the body]
  const cases: [string, string[], string[]][] = [
    ['a site name the copyright line repeats', ['The Harbor Gazette', 'March 4, 2031'], ['© 2031 The Harbor Gazette Media Ltd. All rights reserved.']],
    ['a site name the newsletter pitch repeats', ['The Northfield Courier', 'Updated 4 March 2031, 10:05 CET'], ['Get the best of The Northfield Courier in your inbox every morning.']],
    ['a site name followed by more chrome', ['Harbor Gazette', 'Skip to content'], []],
    ['a pipe breadcrumb of three labels', ['Home | Europe | Nordics'], []],
    ['a slash breadcrumb of two labels', ['News / Local Politics'], []],
    ['a two-label breadcrumb with an arrow', ['Regions › Coast'], []],
    ['a cookie banner behind a label', ['Cookie settings: This website uses cookies to give you the best experience. Accept all | Manage preferences'], []],
    ['a section label, then a site name, then a breadcrumb', ['Latest', 'Harbor Gazette', 'Home | City | Transport'], []],
  ];
  it.each(cases)('finds the headline after %s', (_name, before, after) => {
    const c = clean(page([...before, TITLE, BYLINE, ...BODY, ...after]));
    expect(c.title).toEqual({ text: TITLE, line: 2 * before.length + 1 });
    // Everything above the headline is removed, nothing of the story is.
    expect(c.removed.filter((r) => r.line < c.title!.line).map((r) => r.text)).toEqual(before);
    expect(keptText(c)).toEqual(BODY);
  });

  it('prefers a line the page states again at its end over an earlier label', () => {
    const label = 'Latin America and the Caribbean';
    const c = clean(page([label, TITLE, BYLINE, ...BODY, TITLE]));
    expect(c.title?.line).toBe(3);
    expect(c.removed.map((r) => [r.text, r.reason])).toEqual([
      [label, 'navigation'],
      [BYLINE, 'byline'],
      [TITLE, 'repeated-title'],
    ]);
  });

  it('prefers the headline a feed footer restates', () => {
    const label = 'Latin America and the Caribbean';
    const footer = `The post ${TITLE} appeared first on Example Daily.`;
    const c = clean(page([label, TITLE, ...BODY, footer]));
    expect(c.title?.line).toBe(3);
  });

  it('takes the first line when nothing restates any line (no repeat evidence to follow)', () => {
    const label = 'Latin America and the Caribbean';
    const c = clean(page([label, TITLE, BYLINE, ...BODY]));
    // Without the repeat, a five-word label reads like a headline: documented limit.
    expect(c.title?.line).toBe(1);
  });

  it('keeps a short headline when the byline or the story follows it', () => {
    expect(clean(page(['Quake kills dozens', BYLINE, ...BODY])).title).toEqual({ text: 'Quake kills dozens', line: 1 });
    expect(clean(page(['Ferries resume', ...BODY])).title).toEqual({ text: 'Ferries resume', line: 1 });
    expect(clean(page(['Ferries resume', 'March 4, 2031', ...BODY])).title?.line).toBe(1);
  });

  it('does not take a short label before more chrome as the headline', () => {
    const c = clean(page(['Coastal Edition', 'Skip to content', TITLE, ...BODY]));
    expect(c.title?.line).toBe(5);
  });

  it('still finds no headline when the text opens with the story', () => {
    const c = clean(page(['Harbor Gazette', 'Menu', ...BODY]));
    expect(c.title).toBeNull();
    expect(keptText(c)).toEqual(BODY);
  });
});

describe('breadcrumb shape', () => {
  const crumbs = ['Home | World | Americas', 'News › Europe', 'Sport / Football / Results', 'Home » Local » Transport', 'World > Asia'];
  const notCrumbs = [
    TITLE,
    'Ukraine / Russia talks resume after a long pause in Geneva',
    'Q&A: what the new rules mean for renters',
    'Rain or shine | the festival will go on, organisers say.',
    'Home',
  ];
  it.each(crumbs)('%j is a breadcrumb', (line) => expect(breadcrumbShaped(line)).toBe(true));
  it.each(notCrumbs)('%j is not a breadcrumb', (line) => expect(breadcrumbShaped(line)).toBe(false));
});
