// The sieves in front of word-table lookups may let any word through, but
// must never turn away a word the table holds: that would change answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiKeySieve, exactKeySieve } from '../../src/extract/people-strings.js';

const CHARS = ['a', 'b', 's', 'd', 'A', 'S', 'D', 'é', 'É', 'İ', 'K', 'Σ', '.', '-', "'", '’', '1', '😀', '\ud800'];
const wordArb = fc.array(fc.constantFrom(...CHARS), { minLength: 0, maxLength: 20 }).map((c) => c.join(''));
const RUNS = { numRuns: 2000, seed: 20261123 };

describe('asciiKeySieve', () => {
  it('lets through every word whose lower case is a key', () => {
    fc.assert(
      fc.property(fc.array(wordArb, { maxLength: 8 }), wordArb, (keys, word) => {
        const lowered = keys.map((k) => k.toLowerCase());
        const may = asciiKeySieve(lowered);
        if (lowered.includes(word.toLowerCase())) expect(may(word)).toBe(true);
        // A key, and its upper case when that lower-cases back to it.
        for (const k of lowered) {
          expect(may(k)).toBe(true);
          if (k.toUpperCase().toLowerCase() === k) expect(may(k.toUpperCase())).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('turns away words that share neither length nor first and last letters with a key', () => {
    const may = asciiKeySieve(['said', 'told', 'president']);
    expect(may('Said')).toBe(true);
    expect(may('PRESIDENT')).toBe(true);
    expect(may('house')).toBe(false);
    expect(may('Brussels')).toBe(false);
  });

  it('lets everything through when a key is not ASCII', () => {
    const may = asciiKeySieve(['said', 'señor']);
    expect(may('house')).toBe(true);
  });

  it('lets through words with a non-ASCII first or last character', () => {
    const may = asciiKeySieve(['said']);
    expect(may('Élan')).toBe(true);
    expect(may('caf\u00e9')).toBe(true);
  });
});

describe('exactKeySieve', () => {
  it('lets through every key itself', () => {
    fc.assert(
      fc.property(fc.array(wordArb, { maxLength: 8 }), wordArb, (keys, word) => {
        const may = exactKeySieve(keys);
        for (const k of keys) expect(may(k)).toBe(true);
        if (keys.includes(word)) expect(may(word)).toBe(true);
      }),
      RUNS,
    );
  });

  it('turns away words unlike every key', () => {
    const may = exactKeySieve(['Smith', 'von']);
    expect(may('Smith')).toBe(true);
    expect(may('von')).toBe(true);
    expect(may('Jones')).toBe(false);
    expect(may('Vox')).toBe(false);
  });
});
