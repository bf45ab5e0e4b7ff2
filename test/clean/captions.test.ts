import { describe, expect, it } from 'vitest';
import { article, clean, keptText, removedByText } from './fixtures.js';

describe('photo captions and credits', () => {
  it('removes a picture title, a caption with position markers and its credit', () => {
    const lines = [
      'Budget Talks at City Hall 2024',
      'Mayor Jane Roe (left) and council leader Tom Baker met at City Hall on March 4, 2024 in Springfield.',
      'Jane Roe / AFP via Getty Images',
    ];
    const c = clean(article({ middle: lines }));
    expect([...removedByText(c)]).toEqual([
      [lines[0], 'photo-caption'],
      [lines[1], 'photo-caption'],
      [lines[2], 'photo-credit'],
    ]);
  });

  it('removes a dated caption followed by a credit-shaped label', () => {
    const caption = 'Mayor Jane Roe speaks to residents at the town hall in Springfield on Tuesday, March 5, 2024.';
    const c = clean(article({ middle: [caption, 'Springfield City Hall'] }));
    expect(removedByText(c).get(caption)).toBe('photo-caption');
    expect(removedByText(c).get('Springfield City Hall')).toBe('photo-credit');
  });

  it('removes a "File photo:" caption', () => {
    const caption = 'File photo: A bus leaves the central depot in Springfield, March 1, 2023.';
    expect(removedByText(clean(article({ middle: [caption] }))).get(caption)).toBe('photo-caption');
  });

  it('keeps a story sentence that ends with a date when no credit follows', () => {
    const line = 'The new timetable takes effect on Monday, April 1, 2024.';
    const c = clean(article({ middle: [line] }));
    expect(c.removed).toEqual([]);
    expect(keptText(c)).toContain(line);
  });

  it('keeps a story sentence about a photo and a short crosshead', () => {
    const lines = ['The council posted a photo of the mayor signing the order on its website.', 'Funding questions'];
    const c = clean(article({ middle: lines }));
    expect(c.removed).toEqual([]);
  });
});
