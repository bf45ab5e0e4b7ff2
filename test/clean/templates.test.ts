// Unseen page templates: picture blocks inside the story (a labelled credit
// above a one-sentence caption, captions closed by an inline agency credit),
// in-story related links and bylines naming an account. Removed captions must
// not feed claims: their dates and names stay out of the paragraphs.
import { describe, expect, it } from 'vitest';
import { authorHandle } from '../../src/clean/byline.js';
import { article, BODY, clean, keptText, page, removedByText, TITLE } from './fixtures.js';

describe('caption under a labelled credit', () => {
  const credits = ['Image: Harbor Gazette / Lea Brandt', 'Photo: Lea Brandt', 'Photo credit: City of Springfield', 'Image source, Getty Images'];
  it.each(credits)('removes the short sentence under %j inside the story', (credit) => {
    const caption = 'Volunteers hand out blankets at the sports hall on Wednesday.';
    const c = clean(article({ middle: [credit, caption] }));
    expect(removedByText(c).get(credit)).toBe('photo-credit');
    expect(removedByText(c).get(caption)).toBe('photo-caption');
    expect(keptText(c)).toEqual(BODY);
  });

  it('keeps a longer paragraph or a quote under the credit', () => {
    const long = 'Volunteers handed out blankets and hot meals at the sports hall on Wednesday, where more than two hundred people spent the night after the river burst its banks.';
    const quote = '"We have never seen water this high," said one volunteer.';
    for (const line of [long, quote]) {
      const c = clean(article({ middle: ['Photo: Lea Brandt', line] }));
      expect(keptText(c)).toContain(line);
    }
  });

  it('keeps the lead under a credit that comes before the story', () => {
    const lead = 'Flood waters rose through the night in the old town.';
    const c = clean(page([TITLE, 'Photo: Lea Brandt', lead, ...BODY]));
    expect(removedByText(c).get('Photo: Lea Brandt')).toBe('photo-credit');
    expect(keptText(c)).toContain(lead);
  });

  it('keeps two sentences under the credit: a caption is one', () => {
    const two = 'The water reached the station. Trains were halted.';
    const c = clean(article({ middle: ['Photo: Lea Brandt', two] }));
    expect(keptText(c)).toContain(two);
  });
});

describe('removed captions do not feed claims', () => {
  it('keeps the date and the photographer of an inline-credited caption out of the body', () => {
    const caption = 'Tom Weller stands in front of his flooded shop in Springfield, Tuesday, March 4, 2031. (AP Photo/Lea Brandt)';
    const c = clean(article({ middle: [caption] }));
    expect(removedByText(c).get(caption)).toBe('photo-caption');
    const body = c.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toMatch(/Weller|Brandt|2031/u);
    // The credit is metadata, not a byline.
    expect(c.metadata?.filter((m) => m.kind === 'photo-credit').map((m) => m.value)).toEqual(['AP Photo/Lea Brandt']);
    expect(c.byline).toEqual([]);
  });
});

describe('bylines that name an account or a desk', () => {
  it.each(['by admin', 'By Staff Writer', 'Posted by newsdesk_2', 'By: Editorial Team'])('removes %j as a byline without a person', (line) => {
    const c = clean(article({ head: [line] }));
    expect(removedByText(c).get(line)).toBe('byline');
    expect(c.byline).toEqual([]);
  });

  it('records the person of "Jane Doe | Reporter"', () => {
    const c = clean(article({ head: ['Paula Ferreira | Reporter'] }));
    expect(removedByText(c).get('Paula Ferreira | Reporter')).toBe('byline');
    expect(c.byline).toEqual(['Paula Ferreira']);
  });

  const handles: [string, boolean][] = [
    ['admin', true],
    ['Staff Writer', true],
    ['web_editor', true],
    ['jdoe2031', true],
    ['the river', false],
    ['nightfall', false],
    ['Tuesday', false],
  ];
  it.each(handles)('authorHandle(%j) is %s', (text, expected) => expect(authorHandle(text)).toBe(expected));

  it('keeps a short opening phrase starting with "by" that is not a handle', () => {
    const c = clean(article({ head: ['By nightfall, the roads were closed.'] }));
    expect(keptText(c)).toContain('By nightfall, the roads were closed.');
  });
});

describe('site name versus byline', () => {
  it('does not record a name-shaped site name that the copyright line repeats', () => {
    const c = clean(page(['Harbor Gazette', TITLE, ...BODY, '© 2031 Harbor Gazette Media Ltd. All rights reserved.']));
    expect(c.byline).toEqual([]);
    expect(c.title?.line).toBe(3);
  });

  it('still records a lone name that no furniture repeats', () => {
    const c = clean(page([TITLE, 'Lea Brandt', ...BODY, '© 2031 Harbor Gazette Media Ltd. All rights reserved.']));
    expect(c.byline).toEqual(['Lea Brandt']);
  });
});

describe('related links inside the story', () => {
  it.each(['Related: Ferry crews accept new contract after talks', 'Related coverage: Is the port ready for bigger ships?'])('removes %j between story paragraphs', (line) => {
    const c = clean(article({ middle: [line] }));
    expect(removedByText(c).get(line)).toBe('navigation');
    expect(keptText(c)).toEqual(BODY);
  });

  it('keeps a story sentence that starts with "Related:"', () => {
    const line = 'Related: the two fires were started by the same faulty cable, investigators said.';
    expect(keptText(clean(article({ middle: [line] })))).toContain(line);
  });
});
