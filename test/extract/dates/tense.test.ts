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

  it('a quote with a verb of its own does not borrow the tense of "said X" after it', () => {
    const s = '"Both sides know the season starts in June," said the economist.';
    expect(tensesFor(s, 0, [spanOf(s, 'June')])).not.toEqual(['past']);
    const fronted = 'On Friday, the minister said the talks had failed.';
    expect(tensesFor(fronted, 0, [spanOf(fronted, 'Friday')])).toEqual(['past']);
  });

  it('still reads it inside one huge run-on "sentence" (tagged in windows around each date)', () => {
    const filler = 'and the crowd gathered near the old square '.repeat(120);
    const s = `${filler}the minister said on Friday ${filler}the leaders will meet on Tuesday ${filler}`;
    expect(s.length).toBeGreaterThan(2000);
    const base = 1000;
    const spans = [spanOf(s, 'Friday'), spanOf(s, 'Tuesday')].map((x) => ({ ...x, start: x.start + base, end: x.end + base }));
    expect(tensesFor(s, base, spans)).toEqual(['past', 'future']);
  });

  it('reads the same tenses when only the chunks around the dates are tagged', () => {
    const s = 'Officials said, after a long night of talks in the capital, that the vote on Tuesday will go ahead, and the count, which began on Monday, continued.';
    expect(tensesFor(s, 0, [spanOf(s, 'Tuesday'), spanOf(s, 'Monday')])).toEqual(['future', 'past']);
    const f = 'On Friday, officials said the count was over, and the results, which arrive later, will be final.';
    expect(tensesFor(f, 0, [spanOf(f, 'Friday')])).toEqual(['past']);
  });

  it('tags the whole sentence when a colon follows its first word ("Update: …")', () => {
    const s = 'Update: the talks, which began on Monday, will resume on Friday.';
    expect(tensesFor(s, 0, [spanOf(s, 'Monday'), spanOf(s, 'Friday')])).toEqual(['past', 'future']);
  });
});
