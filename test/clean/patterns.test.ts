import { describe, expect, it } from 'vitest';
import { article, clean, keptText, removedByText } from './fixtures.js';

// [line, reason]: page furniture that must go when it closes an article.
const mustGo: [string, string][] = [
  ['Please enter your comment!', 'comment-prompt'],
  ['Please enter your name here', 'comment-prompt'],
  ['Leave a Reply', 'comment-prompt'],
  ['Leave a comment', 'comment-prompt'],
  ['Comments are closed.', 'comment-prompt'],
  ['Your email address will not be published. Required fields are marked *', 'comment-prompt'],
  ['Save my name, email, and website in this browser for the next time I comment.', 'comment-prompt'],
  ['Share post:', 'share-widget'],
  ['Share this article', 'share-widget'],
  ['Share on Facebook', 'share-widget'],
  ['1,204 shares', 'share-widget'],
  ['Skip to content', 'navigation'],
  ['More like this', 'navigation'],
  ['Related Articles', 'navigation'],
  ['You may also like', 'navigation'],
  ['READ MORE: Transit strike ends after two weeks', 'navigation'],
  ['Home > Local > Transport', 'navigation'],
  ['Tags: transport, council, buses', 'navigation'],
  ['Advertisement', 'promo'],
  ['Sign up for our daily newsletter to get the top stories.', 'promo'],
  ['Source link', 'source-link'],
  ['Source link City council approves bus network expansion after long debate', 'source-link'],
  ['The post City council approves bus network expansion appeared first on Some Daily.', 'syndication-footer'],
  ['This article was originally published on The Example Review.', 'syndication-footer'],
  ['Anna Lindqvist and Tom Baker contributed to this report.', 'contributor-credit'],
  ['• Maria Ortega contributed to this article, which is based in part on wire service reports.', 'contributor-credit'],
  ['Reporting by Anna Lindqvist; Editing by Tom Baker', 'contributor-credit'],
  ['Jane Roe / AFP via Getty Images', 'photo-credit'],
  ['Photo: Jane Roe', 'photo-credit'],
  ['REUTERS/Jane Roe', 'photo-credit'],
  ['© 2024 Example Wire. All rights reserved.', 'copyright'],
  ['Leer en Español', 'language-toggle'],
  ['[Lire en français]', 'language-toggle'],
  ['English | Español', 'language-toggle'],
];

// Story sentences that start like boilerplate but are prose: must stay even in the middle of the body.
const mustStay: string[] = [
  'Please enter the country legally, the minister said.',
  'Share prices fell sharply on Thursday after the company warned that profits would shrink.',
  'Leave a reply to the council by Friday, the notice told residents who object to the new routes.',
  'Comments are closed to the public until the review ends, a spokeswoman said.',
  'The source, who asked not to be named, said the link between the two offices had been cut.',
  'More than 300 people attended the hearing, the largest crowd in a decade.',
  'Photo identification will be required at every polling station, the election board said.',
  'The post office on Main Street will close early on Friday.',
  'Tags on the new buses will show the route number in large print, the operator said.',
  'Home prices rose for the third month in a row, according to the agency.',
  'By Tuesday, crews had cleared most of the debris from the main road.',
  'Total spending on the project has reached 12 million dollars.',
  'Follow the money, the auditor told the committee.',
  'Copyright law in the region changed last year, the court noted.',
  'Reporting by the local newspaper showed that the contract had been signed in secret.',
  'The ministry released the statement via Reuters.',
  'Photo-sharing apps were blocked for two days during the protests.',
  'File-sharing services were also affected by the outage, the regulator said.',
  'Photos by residents show flooded streets in the old town.',
  'Next story lines will be decided by the writers, the studio said.',
];

describe('pattern families', () => {
  it.each(mustGo)('removes %j as %s', (line, reason) => {
    const c = clean(article({ tail: [line] }));
    expect(removedByText(c).get(line)).toBe(reason);
  });

  it.each(mustStay)('keeps the story sentence %j', (line) => {
    const c = clean(article({ middle: [line] }));
    expect(removedByText(c).has(line)).toBe(false);
    expect(keptText(c)).toContain(line);
  });

  it('removes widget words only inside a cluster of share furniture', () => {
    const c = clean(article({ tail: ['Leave a Reply', 'Total', '0', 'Share'] }));
    const removed = removedByText(c);
    expect([...removed.keys()]).toEqual(['Leave a Reply', 'Total', '0', 'Share']);
    // The same words alone inside the story are not widgets.
    const alone = clean(article({ middle: ['Total', '12'] }));
    expect(alone.removed).toEqual([]);
  });

  it('gives evidence naming the rule', () => {
    const c = clean(article({ tail: ['Please enter your comment!'] }));
    expect(c.removed[0]!.evidence).toMatch(/comment/u);
  });
});

describe('line scores and neighbours', () => {
  it('removes headline-like links inside a related block in the middle of the page', () => {
    const block = ['Related Articles', 'Transit strike ends after two weeks', 'Advertisement'];
    const c = clean(article({ middle: block }));
    expect([...removedByText(c)]).toEqual([
      ['Related Articles', 'navigation'],
      ['Transit strike ends after two weeks', 'low-score'],
      ['Advertisement', 'promo'],
    ]);
  });

  it('removes label-like lines after the story but keeps a short closing sentence', () => {
    const c = clean(article({ tail: ['Analysts said the vote was expected.', 'Transport Council Budget', 'Springfield'] }));
    expect([...removedByText(c).keys()]).toEqual(['Transport Council Budget', 'Springfield']);
    expect(keptText(c)).toContain('Analysts said the vote was expected.');
  });

  it('keeps a crosshead between story paragraphs', () => {
    const c = clean(article({ middle: ['What happens next'] }));
    expect(c.removed).toEqual([]);
  });
});
