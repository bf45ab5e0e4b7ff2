// draftArticle joins the extractors' results: a figure inside a direct quote
// is the speaker's claim when its own sentence names no other source.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Document, QuantityClaim } from '../../src/types.js';

function figures(text: string): Array<[string, string | null]> {
  const doc: Document = { id: 'a', path: 'a.txt', format: 'txt', text, warnings: [] };
  return analyze([doc])
    .sources[0]!.claims.filter((c): c is QuantityClaim => c.kind === 'quantity')
    .map((c) => [c.text, c.attributedTo]);
}

describe('figures in quotes', () => {
  it('are credited to the quote’s speaker', () => {
    const text = 'Hospitals full after the quake\n\nHealth Minister Ana Example visited the ward on Monday.\n\n“We have transferred 27 patients to the capital,” she said.\n';
    expect(figures(text)).toContainEqual(['27 patients', 'Ana Example']);
  });

  it('keep a source their own sentence names', () => {
    const text = 'Port strike\n\n“Officials told us 40 ships were waiting,” said Jan Example, a dock worker.\n';
    expect(figures(text)).toContainEqual(['40 ships', 'Officials']);
  });

  it('outside any quote stay as their sentence says', () => {
    const text = 'Port strike\n\n“We will stay out,” said Jan Example.\n\nAbout 40 ships were waiting outside the harbour.\n';
    expect(figures(text)).toContainEqual(['About 40 ships', null]);
  });
});

describe('figures credited to a pronoun', () => {
  it('take the latest named source of the paragraph before them', () => {
    const text = 'Roads cut after the quake\n\nAna Example said she would travel to the villages on Wednesday. Landslides blocked at least three mountain roads, she said.\n';
    expect(figures(text)).toContainEqual(['at least three mountain roads', 'Ana Example']);
  });

  it('take a named source earlier in their own sentence', () => {
    const text = 'Port strike\n\nHarbour master Jan Example said 40 ships were waiting, and he said 12 more ships were on their way.\n';
    expect(figures(text)).toEqual([
      ['40 ships', 'Jan Example'],
      ['12 more ships', 'Jan Example'],
    ]);
  });

  it('stay uncredited when nothing before names anyone, or the pronoun is "it"', () => {
    expect(figures('Port strike\n\nThe strike went on. About 40 ships were waiting, she said.\n')).toContainEqual(['About 40 ships', null]);
    expect(figures('Budget\n\nThe party campaigned on a tax that it says would raise 1.1 billion euros a year.\n')).toContainEqual(['1.1 billion euros', null]);
  });
});
