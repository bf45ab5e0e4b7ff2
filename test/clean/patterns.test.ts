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
  ['Breaking News', 'navigation'],
  ['4 min read', 'navigation'],
  ['Our Standards: The Example Trust Principles.', 'navigation'],
  ['Accept all cookies', 'promo'],
  ['Manage preferences', 'promo'],
  ['Get the best stories delivered to your inbox every morning.', 'promo'],
  ['Sign up for our newsletter', 'promo'],
  ['Follow us on Twitter', 'promo'],
  ['2 hours ago', 'dateline'],
  ['Last updated 3 hours ago', 'dateline'],
  ['Updated yesterday at 10:30 am', 'dateline'],
  ['Image caption, Crews worked through the night to clear the road', 'photo-caption'],
  ['Crews clear the road on Tuesday. (Photo: Jane Roe / AFP)', 'photo-caption'],
  ['Crews clear the road near the port, March 3, 2031. REUTERS/Jane Roe', 'photo-caption'],
  ['Image source, Getty Images', 'photo-credit'],
  ['Continue reading the main story', 'navigation'],
  ['Up Next', 'navigation'],
  ['Show more', 'navigation'],
  ['WATCH: Crews battle the blaze overnight', 'navigation'],
  ['Click here to subscribe', 'navigation'],
  ['Trending Topics', 'navigation'],
  ['Print this article', 'share-widget'],
  ['Comments (12)', 'comment-prompt'],
  ['Be the first to comment', 'comment-prompt'],
  ['Report an error', 'promo'],
  ['Download our free news app', 'promo'],
  ['Thanks for reading!', 'promo'],
  ['Got a tip? Email us at tips@example.org', 'promo'],
  ['Support our journalism', 'promo'],
  ['Contact the author at jane@example.org', 'promo'],
  ['Advertisement - scroll to continue', 'promo'],
  ['This story has been updated to include comment from the police.', 'dateline'],
  ['(AP Photo/Jane Roe)', 'photo-credit'],
  ['Home | World | Americas', 'navigation'],
  ['Share 214 | Tweet 87 | Email', 'navigation'],
  ['Related: Ferry crews accept new contract after talks', 'navigation'],
  ['Related coverage: Is the port ready for bigger ships?', 'navigation'],
  ["Don't miss: Rail unions warn of summer walkouts", 'navigation'],
  ['Cookie settings: This website uses cookies to give you the best experience. Accept all | Manage preferences', 'promo'],
  ['Our website uses cookies to improve your experience.', 'promo'],
  ['A man walks past a flooded shop in the old town, Tuesday, March 4, 2031. (AP Photo/Jane Roe)', 'photo-caption'],
  ['Crews clear the road near the port on Tuesday. (Jane Roe/AFP via Getty Images)', 'photo-caption'],
  ['Crews clear the road near the port on Tuesday. (REUTERS/Jane Roe)', 'photo-caption'],
  ['Crews clear the road near the port on Tuesday. Photo: Jane Roe/AFP via Getty Images', 'photo-caption'],
  ['Passengers queue at a ticket desk at the airport, May 4, 2031. EXAMPLE NEWS/Jane Roe', 'photo-caption'],
  ['Cookies on Example News: we use cookies to personalise content and analyse our traffic. Accept all | Reject | Settings', 'promo'],
  ['Market data delayed by at least 15 minutes. Source: Example Stock Exchange.', 'copyright'],
  ['This article is for information only and does not constitute investment advice.', 'copyright'],
  ['The content on this page is provided for information purposes only.', 'copyright'],
  ['Figures as of 16 August 2031.', 'copyright'],
  ["Jane Roe is the Example Ledger's Central Europe columnist. The views expressed are her own.", 'copyright'],
  ['We value your privacy. The Example Sentinel and our partners use cookies to personalise content. Accept all | Manage', 'promo'],
  ['Sign up for the Example Weekly', 'promo'],
  ['Sign up for the Example Morning Note', 'promo'],
  ['Example Herald uses cookies to improve your experience and show personalised ads. Accept | Manage', 'promo'],
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
  'Share of cargo handled by the northern terminals has fallen by almost a third since the dispute began.',
  'Comment from the chief executive was not immediately available.',
  'Follow-up tremors hampered the work through the morning.',
  'Read the warnings carefully, the governor told residents at an evening briefing.',
  'He declined to comment.',
  'The vote is on Friday.',
  'Analysis of the results will take two weeks, the commission said.',
  'Two hours ago the bridge was still open, a driver said.',
  'Accept all the terms or walk away, the union was told.',
  'Voters can get results sent to your inbox, the election office told residents in a letter.',
  'The agency said it would publish the photos (with the consent of the families) later.',
  'Read on.',
  'Share your thoughts, the mayor urged residents at the meeting.',
  'Watch the river, officials told residents.',
  'Updated figures will come on Monday, the agency said.',
  'Topics included the budget and the bus routes.',
  'Sign up sheets were handed out at the door.',
  'Print media lost readers again last year.',
  'Continue to monitor the situation, officials said.',
  'Subscribe now or lose access, the company warned customers in a letter.',
  'No one was hurt.',
  'Police are investigating.',
  'Getty Images photographer Jane Roe was injured in the blast.',
  'Contact between the two sides broke down in March.',
  'Thanks to the new routes, travel times fell by a third.',
  'Related: the two fires were started by the same faulty cable, investigators said.',
  'Rain or shine | the festival will go on, organisers said.',
  'Union leaders met the AFL/CIO delegation on Monday (the second meeting this year).',
  'The figures (42/58) were published by the agency on Friday.',
  'The company said its website uses cookies only for logins.',
  'The fund said the letter does not constitute investment advice, and the regulator agreed on Monday after a long review of the case.',
  'Prices were delayed by 15 minutes on the exchange after a glitch, the operator said.',
  'He said the rate had risen. The split was 60/40',
  'The company uses cookies to track its users, the regulator said in a ruling that the court upheld.',
  'Figures as of last year showed a sharp drop in the number of visitors to the park, the agency said.',
  'Sign up sheets for the relief effort were handed out at the town hall.',
  'The views expressed by the minister were not shared by the cabinet, officials said after the meeting.',
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
      ['Transit strike ends after two weeks', 'navigation'],
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
