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
