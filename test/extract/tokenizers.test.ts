// The people and quote tokenizers read text one character at a time for
// speed. Their specification is the regular expression each replaced; these
// properties hold them to it on generated text (mixed scripts, marks,
// apostrophes, digits, astral characters and lone surrogates).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize as peopleTokens, splitGlued } from '../../src/extract/people-tokens.js';
import { tokenize as quoteTokens } from '../../src/extract/quote-tokens.js';

const PEOPLE_SPEC = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
const QUOTE_SPEC = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*(?:\.\d+)*/gu;

const PIECES = ['a', 'Z', 'é', 'e\u0301', 'Ł', 'ß', 'İ', 'Ж', 'ж', '中', '٣', '7', '0', '²', "'", '’', '-', '&', '.', ',', ' ', '\n', '\u00a0', '\u2028', '"', '“', '(', 'McKay', 'Democrats', 'U.S.', '3.5', '😀', '\ud800', '\udc00', '𝐀'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const RUNS = { numRuns: 2000, seed: 20261122 };

describe('hand-written tokenizers match their regular-expression specification', () => {
  it('people: the regex tokens, each word then split where a name is glued to the next word', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const spec = [...text.matchAll(PEOPLE_SPEC)].flatMap((m) =>
          /^[\p{L}\p{M}]/u.test(m[0])
            ? splitGlued(m[0], 100 + m.index)
            : [{ text: m[0], start: 100 + m.index, end: 100 + m.index + m[0].length, word: false }],
        );
        expect(peopleTokens(text, 100)).toEqual(spec);
      }),
      RUNS,
    );
  });

  it('quotes: same tokens as the regex, lower-cased with ’ folded', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const spec = [...text.matchAll(QUOTE_SPEC)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          lower: m[0].toLowerCase().replace(/’/g, "'"),
        }));
        expect(quoteTokens(text)).toEqual(spec);
      }),
      RUNS,
    );
  });
});
