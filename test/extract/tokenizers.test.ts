// The tokenizers of the extractors read text one character at a time for
// speed. Their specification is the regular expression each replaced; these
// properties hold them to it on generated text (mixed scripts, marks,
// apostrophes, digits, currency signs, astral characters and lone surrogates).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize as peopleTokens, splitGlued } from '../../src/extract/people-tokens.js';
import { tokenize as quoteTokens } from '../../src/extract/quote-tokens.js';
import { tokenize as dateTokens } from '../../src/extract/dates/find.js';
import { tokenize as quantityTokens } from '../../src/extract/quantity-numbers.js';
import { tokens as wordTokens } from '../../src/util/words.js';
import { PART_WORDS } from '../../src/extract/dates/lexicon.js';
import { loadData } from '../../src/data.js';

const PEOPLE_SPEC = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_SPEC = /[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu;
const DATE_SPEC = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// The quantity tokenizer's full expression, with the currency symbols of units.json in front of a figure.
const SYMBOL_SPEC = loadData<{ currencySymbols: { symbol: string }[] }>('units')
  .currencySymbols.map((c) => c.symbol)
  .sort((a, b) => b.length - a.length)
  .map((c) => c.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&'))
  .join('|');
const QUANTITY_SPEC = new RegExp(
  String.raw`(?:${SYMBOL_SPEC})?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d))?)|\p{L}[\p{L}\p{N}]*(?:['’.-][\p{L}\p{N}]+)*|%`,
  'gu',
);
const QUOTE_SPEC = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*(?:\.\d+)*/gu;

const PIECES = ['US$', 'HK$', 'C$', '€', '$', '₹', '%', '1,234', '4.000', '1,5', "'s", '’s', 'mid-', 'a', 'Z', 'é', 'e\u0301', 'Ł', 'ß', 'İ', 'Ж', 'ж', '中', '٣', '7', '0', '²', "'", '’', '-', '&', '.', ',', ' ', '\n', '\u00a0', '\u2028', '"', '“', '(', 'McKay', 'Democrats', 'U.S.', '3.5', '😀', '\ud800', '\udc00', '𝐀', 'Σ', 'ΟΔΟΣ'];
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

  it('words: the tokens of util/words, lower-cased with curly apostrophes folded', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const folded = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
        expect(wordTokens(text)).toEqual(folded.match(WORD_SPEC) ?? []);
      }),
      RUNS,
    );
  });

  it('dates: the regex words, a possessive dropped and a hyphenated part word ("mid-") split off', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const spec = [...text.matchAll(DATE_SPEC)].flatMap((m) => {
          const raw = /['’]s$/.test(m[0]) ? m[0].slice(0, -2) : m[0];
          const at = 100 + m.index;
          const dash = raw.indexOf('-');
          if (dash > 0 && PART_WORDS.has(raw.slice(0, dash).toLowerCase())) {
            const rest = raw.slice(dash + 1);
            return [
              { s: at, e: at + dash, raw: raw.slice(0, dash), low: raw.slice(0, dash).toLowerCase() },
              { s: at + dash + 1, e: at + raw.length, raw: rest, low: rest.toLowerCase() },
            ];
          }
          return [{ s: at, e: at + raw.length, raw, low: raw.toLowerCase() }];
        });
        expect(dateTokens(text, 100)).toEqual(spec);
      }),
      RUNS,
    );
  });

  it('quantities: the same tokens as a global scan with the full expression', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const spec = [...text.matchAll(QUANTITY_SPEC)].map((m) => ({
          s: 100 + m.index,
          e: 100 + m.index + m[0].length,
          raw: m[0],
          low: m[0].toLowerCase(),
        }));
        expect(quantityTokens(text, 100)).toEqual(spec);
      }),
      RUNS,
    );
  });
});
