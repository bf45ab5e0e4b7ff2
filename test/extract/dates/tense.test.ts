import { describe, expect, it } from 'vitest';
import { tensesFor } from '../../../src/extract/dates/tense.js';

const spanOf = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, withWords: false };
};

describe('tensesFor', () => {
  it('reads the tense of the clause around each date', () => {
    const s = 'The minister said on Friday that the leaders will meet on Tuesday.';
    expect(tensesFor(s, 0, [spanOf(s, 'Friday'), spanOf(s, 'Tuesday')])).toEqual(['past', 'future']);
  });

  it('still reads it inside one huge run-on "sentence" (tagged in windows around each date)', () => {
    const filler = 'and the crowd gathered near the old square '.repeat(120);
    const s = `${filler}the minister said on Friday ${filler}the leaders will meet on Tuesday ${filler}`;
    expect(s.length).toBeGreaterThan(2000);
    const base = 1000;
    const spans = [spanOf(s, 'Friday'), spanOf(s, 'Tuesday')].map((x) => ({ ...x, start: x.start + base, end: x.end + base }));
    expect(tensesFor(s, base, spans)).toEqual(['past', 'future']);
  });
});
