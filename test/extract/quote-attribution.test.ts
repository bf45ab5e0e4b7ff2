import { describe, expect, it } from 'vitest';
import { buildPara, isFullQuote, leading } from '../../src/extract/quote-attribution.js';

const fullness = (text: string): boolean[] => {
  const p = buildPara(text, 0, 0);
  return p.quotes.map((_, qi) => isFullQuote(p, qi));
};

describe('isFullQuote', () => {
  it.each([
    ['“We will stay.”', [true]],
    ['   “We will stay.”', [true]],
    ['The mayor said: “We will stay.”', [true]],
    ['The port closed. “We will stay,” the mayor said.', [true]],
    ['“We will stay.” “And we will win,” she said.', [true, true]],
    ['“We will stay.”  \t “And we will win,” she said.', [true, true]],
    ['“We will stay,” she said, “and we will win.”', [true, false]],
    // A quote after a comma-ended quote continues it; after a word, it is embedded.
    ['“We will stay,” “and win,” she said.', [true, false]],
    ['The mayor called it a “temporary measure” on Monday.', [false]],
    ['Okafor said last month “Our concern is the harbour.”', [true]],
  ])('%s', (text, expected) => {
    expect(fullness(text)).toEqual(expected);
  });

  // Once quadratic: every quote copied and regex-tested the paragraph before it (1 MB took ~40 s).
  it('reads a 200 KB paragraph of quotes and attributions', () => {
    const unit = '“We stay.” “And win,” she said, “today.” ';
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const got = fullness(text);
    expect(got.length).toBe(3 * Math.ceil(200_000 / unit.length));
    expect(got.slice(0, 6)).toEqual([true, true, false, true, true, false]);
    expect(got.every((f, i) => f === (i % 3 !== 2))).toBe(true);
  });
});

describe('leading', () => {
  const speakers = (text: string, fresh: boolean): (string | null)[] => {
    const shared = buildPara(text, 0, 0);
    return shared.quotes.map((_, qi) => {
      const p = fresh ? buildPara(text, 0, 0) : shared;
      const span = leading(p, qi, isFullQuote(p, qi));
      return span ? p.toks.slice(span.start, span.end + 1).map((t) => t.text).join(' ') : null;
    });
  };

  // The scan of one sentence is continued from quote to quote; it must find what a fresh scan finds.
  it.each([
    'The mayor said the port was “closed” and the ships were “waiting” and that “nothing” would change, according to Ana Lima, who called it “a pause”',
    'Dr. Vogt said that “the dock” was shut, and the harbour master, Luis Vega, said “the tide” was late and “the cranes” were idle',
    'Mr. Okafor told reporters: “We stay.” The council voted to “wait” on Monday, the clerk said “for now”',
  ])('%s', (text) => {
    expect(speakers(text, false)).toEqual(speakers(text, true));
    expect(speakers(text, false).some((s) => s !== null)).toBe(true);
  });

  // Once quadratic: every quote of one long sentence rescanned it from its start.
  it('attributes the quotes of a 200 KB sentence', () => {
    const unit = 'the mayor said “a”, and ';
    const text = `In the port, ${unit.repeat(Math.ceil(200_000 / unit.length))}.`;
    const got = speakers(text, false);
    expect(got.length).toBe(Math.ceil(200_000 / unit.length));
    expect(got.every((s) => s === 'the mayor')).toBe(true);
  });
});
