import { describe, expect, it } from 'vitest';
import { sentenceStarts } from '../../src/extract/quote-tokens.js';

const sentences = (text: string, masked: [number, number][] = []): string[] => {
  const starts = sentenceStarts(text, masked);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim());
};

describe('sentenceStarts', () => {
  it.each([
    ['The port closed. Ships waited outside.', ['The port closed.', 'Ships waited outside.']],
    ['The port closed... Ships waited outside.', ['The port closed...', 'Ships waited outside.']],
    ['Was it closed?! Nobody knew.', ['Was it closed?!', 'Nobody knew.']],
    ['It reopened!!! 40 ships left.', ['It reopened!!!', '40 ships left.']],
    ['Talks end next month.Russian officials agree.', ['Talks end next month.', 'Russian officials agree.']],
    ['Talks end next month..Russian officials agree.', ['Talks end next month..', 'Russian officials agree.']],
    ['Talks ended.” The minister left.', ['Talks ended.”', 'The minister left.']],
    // Near-misses: no boundary after an abbreviation, before a lower-case word, or at the end.
    ['Mr. Okafor left the U.S. on Monday.', ['Mr. Okafor left the U.S. on Monday.']],
    ['It ended... and then it rained.', ['It ended... and then it rained.']],
    ['The talks ended.', ['The talks ended.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('a mark run that starts after an abbreviation still ends the sentence at its "!"', () => {
    expect(sentences('They flew to the U.S.!! Nobody knew.')).toEqual(['They flew to the U.S.!!', 'Nobody knew.']);
  });

  it('never splits inside a masked quotation; the caller adds the boundary after it', () => {
    const text = 'He said “We stay. They go.” Then he left.';
    const q: [number, number] = [text.indexOf('“'), text.indexOf('”') + 1];
    expect(sentences(text, [q])).toEqual(['He said “We stay. They go.” Then he left.']);
    expect(sentenceStarts(text, [q], [q[1] + 1])).toEqual([0, q[1] + 1]);
  });

  it('does not take the opening mark of a masked quotation as a closer of the sentence before', () => {
    const text = '“No.” He won.“We stay,” he said. “Yes.”';
    const masks: [number, number][] = [[0, 5], [13, 23], [33, 39]];
    expect(text.slice(13, 23)).toBe('“We stay,”');
    expect(sentences(text, masks)).toEqual(['“No.” He won.“We stay,” he said.', '“Yes.”']);
    // Unmasked, the “ reads as a closer and the run-on rule splits before "We".
    expect(sentences(text, [])).toContain('We stay,” he said.');
  });

  // Once quadratic: every "." of a run rescanned the rest of the run (100 KB took ~40 s).
  it('handles a 200 KB run of dots in one line, finding the boundary after it', () => {
    const text = `Ships left${'.'.repeat(200_000)} Then rain fell${'!?'.repeat(50_000)} And the port closed.`;
    expect(sentences(text)).toEqual([`Ships left${'.'.repeat(200_000)}`, `Then rain fell${'!?'.repeat(50_000)}`, 'And the port closed.']);
    expect(sentenceStarts('.'.repeat(200_000), [])).toEqual([0]);
  });
});
